using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>The <c>errno</c> module: Linux's error numbers (<see cref="ErrnoCodes"/>) and <c>errorcode</c>.</summary>
internal sealed class ErrnoModule : INativeModule
{
    public string Name => "errno";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("errno");
        foreach (var (name, value) in ErrnoCodes.All)
        {
            m.Add(name, PyValue.FromInt64(value));
        }

        var codes = new PyDict();
        foreach (var (value, name) in ErrnoCodes.ErrorCode)
        {
            codes.SetItem(ts, PyValue.FromInt64(value), PyValue.FromObject(PyStr.Intern(name)));
        }

        m.Add("errorcode", PyValue.FromObject(codes));
        return m;
    }

    /// <summary>os.strerror's text: "Unknown error N" for values Linux does not name.</summary>
    public static string StrError(int errno)
    {
        foreach (var (value, text) in ErrnoCodes.Messages)
        {
            if (value == errno)
            {
                return text;
            }
        }

        return "Unknown error " + errno;
    }
}
