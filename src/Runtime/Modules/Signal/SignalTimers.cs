using System.Runtime.InteropServices;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>setitimer/getitimer (ITIMER_REAL/VIRTUAL/PROF) and signal.ItimerError.</summary>
internal static partial class SignalTimers
{
    private static PyType? s_itimerError;

    [LibraryImport("libc.so.6", EntryPoint = "setitimer", SetLastError = true)]
    private static unsafe partial int SetITimer(int which, long* value, long* old);

    [LibraryImport("libc.so.6", EntryPoint = "getitimer", SetLastError = true)]
    private static unsafe partial int GetITimer(int which, long* value);

    public static bool Register(ThreadState ts, PyModule m)
    {
        if (s_itimerError is null)
        {
            var ns = new PyDict();
            ns.SetStr(PyStr.Intern("__module__"), NativeTypes.Str("signal"));
            var t = PyOps.Call(ts, PyValue.FromObject(PyType.TypeType), [NativeTypes.Str("ItimerError"), NativeTypes.Tuple(PyValue.FromObject(PyExc.OSError)), PyValue.FromObject(ns)]);
            if (t.IsError)
            {
                return false;
            }

            s_itimerError = (PyType)t.AsObject;
        }

        m.Add("ItimerError", PyValue.FromObject(s_itimerError));
        m.Add("ITIMER_REAL", PyValue.FromInt64(0));
        m.Add("ITIMER_VIRTUAL", PyValue.FromInt64(1));
        m.Add("ITIMER_PROF", PyValue.FromInt64(2));
        m.AddFunction("setitimer", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "setitimer", a, kw, 2, 3) || !ClinicArgs.TryInt(ts, a[0], 0, out var which)
                || !Seconds(ts, a[1], out var value) || !Seconds(ts, a.Length > 2 ? a[2] : PyValue.Null, out var interval))
            {
                return PyValue.Error;
            }

            Span<long> set = [interval.Sec, interval.Usec, value.Sec, value.Usec];
            Span<long> old = stackalloc long[4];
            int rc;
            unsafe
            {
                fixed (long* s = set, o = old)
                {
                    rc = SetITimer(which, s, o);
                }
            }

            return rc != 0 ? Fail(ts) : Result(old);
        });
        m.AddFunction("getitimer", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "getitimer", a, kw, 1, 1) || !ClinicArgs.TryInt(ts, a[0], 0, out var which))
            {
                return PyValue.Error;
            }

            Span<long> current = stackalloc long[4];
            int rc;
            unsafe
            {
                fixed (long* c = current)
                {
                    rc = GetITimer(which, c);
                }
            }

            return rc != 0 ? Fail(ts) : Result(current);
        });
        return true;
    }

    // itimerval: {it_interval, it_value}; the result is (delay, interval) as CPython's itimer_retval.
    private static PyValue Result(ReadOnlySpan<long> v) =>
        NativeTypes.Tuple(PyValue.FromDouble(v[2] + (v[3] / 1e6)), PyValue.FromDouble(v[0] + (v[1] / 1e6)));

    private static PyValue Fail(ThreadState ts)
    {
        var errno = Marshal.GetLastPInvokeError();
        // Called, not just raised with args: OSError's constructor sets errno and strerror.
        var exc = PyOps.Call(ts, PyValue.FromObject(s_itimerError!), [PyValue.FromInt64(errno), NativeTypes.Str(Marshal.GetPInvokeErrorMessage(errno))]);
        if (!exc.IsError)
        {
            ts.SetError((PyBaseException)exc.AsObject);
        }

        return PyValue.Error;
    }

    private static bool Seconds(ThreadState ts, PyValue v, out (long Sec, long Usec) tv)
    {
        tv = (0, 0);
        if (v.IsNull)
        {
            return true;
        }

        var f = PyOps.Call(ts, PyValue.FromObject(PyType.Float), [v]);
        if (f.IsError)
        {
            return false;
        }

        var seconds = f.AsDouble;
        var sec = (long)Math.Floor(seconds);
        var usec = (long)Math.Round((seconds - sec) * 1e6, MidpointRounding.ToEven);
        if (usec >= 1_000_000)
        {
            sec++;
            usec -= 1_000_000;
        }

        // A positive value under a microsecond still arms the timer (CPython rounds up to 1 µs).
        if (sec == 0 && usec == 0 && seconds > 0)
        {
            usec = 1;
        }

        tv = (sec, usec);
        return true;
    }
}
