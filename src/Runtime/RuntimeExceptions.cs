using ProtoPython.Objects;

namespace ProtoPython.Runtime;

/// <summary>
/// Exception types Runtime raises that <see cref="PyExc"/> may not define yet (EOFError,
/// UnicodeEncodeError...): looked up by name among the builtin types, else a stand-in base.
/// Replace with the PyExc fields once they all exist.
/// </summary>
internal static class RuntimeExceptions
{
    private static readonly Dictionary<string, PyType> s_byName = Load();

    public static PyType EOFError => Get("EOFError", PyExc.Exception);

    public static PyType UnicodeEncodeError => Get("UnicodeEncodeError", PyExc.ValueError);

    public static PyType OSError => Get("OSError", PyExc.Exception);

    private static PyType Get(string name, PyType fallback) => s_byName.TryGetValue(name, out var t) ? t : fallback;

    private static Dictionary<string, PyType> Load()
    {
        var map = new Dictionary<string, PyType>(StringComparer.Ordinal);
        foreach (var t in BuiltinTypes.AllTypes())
        {
            map.TryAdd(t.Name, t);
        }

        return map;
    }
}
