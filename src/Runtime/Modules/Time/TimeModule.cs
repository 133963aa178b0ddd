using System.Diagnostics;
using System.Numerics;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// The <c>time</c> module: clocks (time, monotonic, perf_counter, process_time, thread_time and
/// their _ns forms), sleep, and the calendar functions gmtime, localtime, mktime, asctime, ctime,
/// strftime (in <see cref="TimeFormat"/>) over <see cref="StructTime"/>.
/// </summary>
internal sealed class TimeModule : INativeModule
{
    private const string OutOfRange = "timestamp out of range for platform time_t";

    public string Name => "time";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime) => Build();

    public static PyModule Build()
    {
        var m = new PyModule("time");
        AddClock(m, "time", WallNanoseconds);
        AddClock(m, "monotonic", MonotonicNanoseconds);
        AddClock(m, "perf_counter", MonotonicNanoseconds);
        AddClock(m, "process_time", static () => Environment.CpuUsage.TotalTime.Ticks * 100);
        AddClock(m, "thread_time", ClockInfo.ThreadCpuNanoseconds);
        m.AddFunction("sleep", static (ts, a, kw) => MathArgs.CheckOne(ts, "time.sleep", a, kw) ? Sleep(ts, a[0]) : PyValue.Error);
        m.AddFunction("gmtime", static (ts, a, kw) => Convert(ts, "gmtime", a, kw, BrokenDownTime.Utc));
        m.AddFunction("localtime", static (ts, a, kw) => Convert(ts, "localtime", a, kw, BrokenDownTime.Local));
        m.AddFunction("mktime", static (ts, a, kw) =>
            MathArgs.CheckOne(ts, "time.mktime", a, kw) && TimeFormat.TryGetTm(ts, a[0], "mktime", out var tm)
                ? PyValue.FromDouble(LocalToTimestamp(tm)) : PyValue.Error);
        m.AddFunction("get_clock_info", static (ts, a, kw) =>
            MathArgs.CheckOne(ts, "time.get_clock_info", a, kw) ? ClockInfo.Get(ts, a[0]) : PyValue.Error);
        m.Add("struct_time", PyValue.FromObject(StructTime.TypeObject));
        TimeFormat.Register(m);
        AddZoneConstants(m);
        return m;
    }

    public static long WallNanoseconds() => (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100;

    private static long MonotonicNanoseconds()
    {
        var ticks = Stopwatch.GetTimestamp();
        return Stopwatch.Frequency == 1_000_000_000 ? ticks : (long)((Int128)ticks * 1_000_000_000 / Stopwatch.Frequency);
    }

    // f() as float seconds and f_ns() as int nanoseconds.
    private static void AddClock(PyModule m, string name, Func<long> nanoseconds)
    {
        m.AddFunction(name, (ts, a, kw) => NoArgs(ts, name, a, kw) ? PyValue.FromDouble(nanoseconds() / 1e9) : PyValue.Error);
        m.AddFunction(name + "_ns", (ts, a, kw) => NoArgs(ts, name + "_ns", a, kw) ? PyValue.FromInt64(nanoseconds()) : PyValue.Error);
    }

    private static bool NoArgs(ThreadState ts, string name, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (a.Length == 0 && kw is null or { Length: 0 })
        {
            return true;
        }

        ts.SetError(PyExc.TypeError, kw is { Length: > 0 }
            ? "time." + name + "() takes no keyword arguments"
            : "time." + name + "() takes no arguments (" + a.Length + " given)");
        return false;
    }

    private static void AddZoneConstants(PyModule m)
    {
        var zone = TimeZoneInfo.Local;
        var standard = -(long)zone.BaseUtcOffset.TotalSeconds;
        var hasDst = zone.SupportsDaylightSavingTime;
        m.Add("timezone", PyValue.FromInt64(standard));
        m.Add("altzone", PyValue.FromInt64(hasDst ? standard - 3600 : standard));
        m.Add("daylight", PyValue.FromInt64(hasDst ? 1 : 0));
        var names = new PyTuple([
            PyValue.FromObject(new PyStr(BrokenDownTime.ZoneName(zone, false))),
            PyValue.FromObject(new PyStr(hasDst ? BrokenDownTime.ZoneName(zone, true) : BrokenDownTime.ZoneName(zone, false))),
        ]);
        m.Add("tzname", PyValue.FromObject(names));
    }

    /// <summary>_PyTime_ObjectToTime_t with floor rounding: a float or an int as whole seconds.</summary>
    public static bool TryTimestamp(ThreadState ts, PyValue v, out long t)
    {
        t = 0;
        if (v.IsFloat)
        {
            var d = v.AsDouble;
            if (double.IsNaN(d))
            {
                ts.SetError(PyExc.ValueError, "Invalid value NaN (not a number)");
                return false;
            }

            d = Math.Floor(d);
            if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
            {
                ts.SetError(PyExc.OverflowError, OutOfRange);
                return false;
            }

            t = (long)d;
            return true;
        }

        if (!MathArgs.TryIndex(ts, v, out var big))
        {
            return false;
        }

        if (big < long.MinValue || big > long.MaxValue)
        {
            ts.SetError(PyExc.OverflowError, OutOfRange);
            return false;
        }

        t = (long)big;
        return true;
    }

    // gmtime([secs]) / localtime([secs]): now when absent or None.
    private static PyValue Convert(ThreadState ts, string name, ReadOnlySpan<PyValue> a, PyTuple? kw, Func<long, BrokenDownTime> convert)
    {
        if (!MathArgs.CheckPositional(ts, "time." + name, name, a, kw, 0, 1))
        {
            return PyValue.Error;
        }

        long t;
        if (a.Length == 0 || a[0].IsNone)
        {
            t = Math.DivRem(WallNanoseconds(), 1_000_000_000L, out var rest) - (rest < 0 ? 1 : 0);
        }
        else if (!TryTimestamp(ts, a[0], out t))
        {
            return PyValue.Error;
        }

        return convert(t).ToStructTime();
    }

    /// <summary>mktime: the local fields back to a timestamp (the zone's offset at that moment).</summary>
    public static double LocalToTimestamp(BrokenDownTime tm)
    {
        var asUtc = tm.ToUtcSeconds();
        var zone = TimeZoneInfo.Local;
        var offset = (long)zone.BaseUtcOffset.TotalSeconds;
        if (asUtc - offset >= BrokenDownTime.DateTimeMinSeconds && asUtc - offset <= BrokenDownTime.DateTimeMaxSeconds)
        {
            offset = (long)zone.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(asUtc - offset)).TotalSeconds;
        }

        return asUtc - offset;
    }

    private static PyValue Sleep(ThreadState ts, PyValue v)
    {
        double seconds;
        if (v.IsFloat)
        {
            seconds = v.AsDouble;
            if (double.IsNaN(seconds))
            {
                return ts.SetError(PyExc.ValueError, "Invalid value NaN (not a number)");
            }
        }
        else if (PyInt.TryGetBigInteger(v, out var whole) || (v.Type.Index is not null && MathArgs.TryIndex(ts, v, out whole)))
        {
            seconds = whole > new BigInteger(long.MaxValue) ? double.PositiveInfinity : whole < 0 ? -1 : (double)whole;
        }
        else if (ts.HasError)
        {
            return PyValue.Error;
        }
        else
        {
            return ts.SetError(PyExc.TypeError, "'" + v.Type.Name + "' object cannot be interpreted as an integer or float");
        }

        if (seconds * 1e9 >= 9.223372036854775807e18)
        {
            return ts.SetError(PyExc.OverflowError, "timestamp too large to convert to C PyTime_t");
        }

        if (seconds < 0)
        {
            return ts.SetError(PyExc.ValueError, "sleep length must be non-negative");
        }

        // The GIL is released meanwhile; Ctrl-C interrupts the sleep.
        return BlockingWait.Sleep(ts, seconds) ? PyValue.None : PyValue.Error;
    }
}
