using System.Runtime.InteropServices;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>time.get_clock_info(name)</c>: a read-only namespace(implementation, monotonic, adjustable,
/// resolution) describing the clock as CPython on Linux does; and the thread CPU clock.
/// </summary>
internal sealed class ClockInfo : PyObject
{
    private const int ClockThreadCpuTimeId = 3;

    private static readonly Lazy<PyType> s_type = new(CreateType);

    private ClockInfo(string implementation, bool monotonic, bool adjustable)
        : base(s_type.Value)
    {
        Implementation = implementation;
        Monotonic = monotonic;
        Adjustable = adjustable;
    }

    public string Implementation { get; }

    public bool Monotonic { get; }

    public bool Adjustable { get; }

    public static PyValue Get(ThreadState ts, PyValue name)
    {
        if (name.AsObject is not PyStr s)
        {
            return ts.SetError(PyExc.TypeError, "get_clock_info() argument must be str, not " + name.Type.Name);
        }

        ClockInfo? info = s.Value switch
        {
            "time" => new("clock_gettime(CLOCK_REALTIME)", false, true),
            "monotonic" or "perf_counter" => new("clock_gettime(CLOCK_MONOTONIC)", true, false),
            "process_time" => new("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
            "thread_time" => new("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false),
            _ => null,
        };
        return info is null ? ts.SetError(PyExc.ValueError, "unknown clock") : PyValue.FromObject(info);
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("SimpleNamespace", module: "types");
        t.AddGetSet("implementation", static (ts, v) => PyValue.FromObject(new PyStr(((ClockInfo)v.AsObject).Implementation)));
        t.AddGetSet("monotonic", static (ts, v) => PyValue.FromBool(((ClockInfo)v.AsObject).Monotonic));
        t.AddGetSet("adjustable", static (ts, v) => PyValue.FromBool(((ClockInfo)v.AsObject).Adjustable));
        t.AddGetSet("resolution", static (ts, v) => PyValue.FromDouble(1e-09));
        t.Repr = static (ts, v) =>
        {
            var c = (ClockInfo)v.AsObject;
            return PyValue.FromObject(new PyStr("namespace(implementation='" + c.Implementation + "', monotonic="
                + (c.Monotonic ? "True" : "False") + ", adjustable=" + (c.Adjustable ? "True" : "False") + ", resolution=1e-09)"));
        };
        SlotTable.AddWrappers(t);
        return t;
    }

    /// <summary>CPU time of the calling thread (clock_gettime(CLOCK_THREAD_CPUTIME_ID)); the process's where that is unavailable.</summary>
    public static long ThreadCpuNanoseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out var spec) == 0)
        {
            return (spec.Seconds * 1_000_000_000) + spec.Nanoseconds;
        }

        return Environment.CpuUsage.TotalTime.Ticks * 100;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc.so.6", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec spec);
}
