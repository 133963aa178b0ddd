using System.Runtime.InteropServices;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>resource</c> (Linux): getrlimit/setrlimit through libc, getpagesize, the RLIMIT_* and
/// RUSAGE_* numbers. RLIM_INFINITY shows as -1, as in CPython. getrusage is not written yet.
/// </summary>
internal sealed partial class ResourceModule : INativeModule
{
    private static readonly (string Name, int Value)[] s_limits =
    [
        ("RLIMIT_CPU", 0), ("RLIMIT_FSIZE", 1), ("RLIMIT_DATA", 2), ("RLIMIT_STACK", 3), ("RLIMIT_CORE", 4),
        ("RLIMIT_RSS", 5), ("RLIMIT_NPROC", 6), ("RLIMIT_NOFILE", 7), ("RLIMIT_MEMLOCK", 8), ("RLIMIT_AS", 9),
        ("RLIMIT_LOCKS", 10), ("RLIMIT_SIGPENDING", 11), ("RLIMIT_MSGQUEUE", 12), ("RLIMIT_NICE", 13),
        ("RLIMIT_RTPRIO", 14), ("RLIMIT_RTTIME", 15),
    ];

    public string Name => "resource";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("resource");
        foreach (var (name, value) in s_limits)
        {
            m.Add(name, PyValue.FromInt64(value));
        }

        m.Add("RLIM_INFINITY", PyValue.FromInt64(-1));
        m.Add("RUSAGE_SELF", PyValue.FromInt64(0));
        m.Add("RUSAGE_CHILDREN", PyValue.FromInt64(-1));
        m.Add("RUSAGE_THREAD", PyValue.FromInt64(1));
        m.Add("error", PyValue.FromObject(PyExc.OSError));
        m.AddFunction("getpagesize", static (ts, a, kw) => PyValue.FromInt64(Environment.SystemPageSize), NativeArity.NoArgs);
        m.AddFunction("getrlimit", static (ts, a, kw) => GetLimit(ts, a[0]), NativeArity.One);
        m.AddFunction("setrlimit", static (ts, a, kw) => SetLimit(ts, a), NativeArity.Positional);
        return m;
    }

    private static bool TryResource(ThreadState ts, PyValue v, out int resource)
    {
        resource = 0;
        if (!PyOps.TryIndexAsInt64(ts, v, PyExc.OverflowError, out var r))
        {
            return false;
        }

        if (r < 0 || r >= s_limits.Length)
        {
            ts.SetError(PyExc.ValueError, "invalid resource specified");
            return false;
        }

        resource = (int)r;
        return true;
    }

    private static PyValue Limit(ulong v) => PyValue.FromInt64(v == ulong.MaxValue ? -1 : (long)v);

    private static PyValue GetLimit(ThreadState ts, PyValue resource)
    {
        if (!TryResource(ts, resource, out var r))
        {
            return PyValue.Error;
        }

        var limits = new ulong[2];
        if (GetRLimit(r, limits) != 0)
        {
            return PosixErrors.Raise(ts);
        }

        return PyValue.FromObject(new PyTuple([Limit(limits[0]), Limit(limits[1])]));
    }

    private static PyValue SetLimit(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        if (a.Length != 2)
        {
            return ts.SetError(PyExc.TypeError, "setrlimit expected 2 arguments, got " + a.Length);
        }

        if (!TryResource(ts, a[0], out var r))
        {
            return PyValue.Error;
        }

        var pair = PyOps.Call(ts, PyValue.FromObject(PyType.Tuple), [a[1]]);
        if (pair.IsError || pair.AsObject is not PyTuple { Length: 2 } t)
        {
            ts.ClearError();
            return ts.SetError(PyExc.ValueError, "expected a tuple of 2 integers");
        }

        var limits = new ulong[2];
        for (var i = 0; i < 2; i++)
        {
            if (!PyOps.TryIndexAsInt64(ts, t[i], PyExc.OverflowError, out var n))
            {
                return PyValue.Error;
            }

            limits[i] = n < 0 ? ulong.MaxValue : (ulong)n;
        }

        if (SetRLimit(r, limits) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno == 22 ? ts.SetError(PyExc.ValueError, "current limit exceeds maximum limit")
                : errno == 1 ? ts.SetError(PyExc.ValueError, "not allowed to raise maximum limit")
                : PosixErrors.Raise(ts, errno);
        }

        return PyValue.None;
    }

    [LibraryImport("libc.so.6", EntryPoint = "getrlimit", SetLastError = true)]
    private static partial int GetRLimit(int resource, [Out] ulong[] limits);

    [LibraryImport("libc.so.6", EntryPoint = "setrlimit", SetLastError = true)]
    private static partial int SetRLimit(int resource, ulong[] limits);
}
