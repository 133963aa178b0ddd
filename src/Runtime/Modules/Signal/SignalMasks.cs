using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>pthread_sigmask and sigpending: signal sets as Python sets of ints (glibc's sigset_t bits).</summary>
internal static class SignalMasks
{
    public static void Register(PyModule m)
    {
        m.AddFunction("pthread_sigmask", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "pthread_sigmask", a, kw, 2, 2) || !ClinicArgs.TryInt(ts, a[0], 0, out var how)
                || !ToSet(ts, a[1], out var set))
            {
                return PyValue.Error;
            }

            var old = new byte[SignalNative.SigSetBytes];
            int rc;
            unsafe
            {
                fixed (byte* s = set, o = old)
                {
                    rc = SignalNative.PthreadSigmask(how, s, o);
                }
            }

            return rc != 0 ? PosixErrors.Raise(ts, rc) : FromSet(ts, old);
        });
        m.AddFunction("sigpending", static (ts, a, kw) =>
        {
            var set = new byte[SignalNative.SigSetBytes];
            int rc;
            unsafe
            {
                fixed (byte* s = set)
                {
                    rc = SignalNative.SigPending(s);
                }
            }

            return rc != 0 ? PosixErrors.Raise(ts) : FromSet(ts, set);
        }, NativeArity.NoArgs);
    }

    private static bool ToSet(ThreadState ts, PyValue signals, out byte[] set)
    {
        set = new byte[SignalNative.SigSetBytes];
        if (!ClinicArgs.TryIntItems(ts, signals, out var numbers, InRange))
        {
            return false;
        }

        foreach (var n in numbers)
        {
            set[(n - 1) / 8] |= (byte)(1 << ((n - 1) % 8));
        }

        return true;
    }

    private static bool InRange(ThreadState ts, int n)
    {
        if (n is >= 1 and < SignalDispatch.NSig)
        {
            return true;
        }

        ts.SetError(PyExc.ValueError, "signal number " + n + " out of range [1; " + (SignalDispatch.NSig - 1) + "]");
        return false;
    }

    private static PyValue FromSet(ThreadState ts, byte[] set)
    {
        var result = new PySet();
        for (var n = 1; n < SignalDispatch.NSig; n++)
        {
            if ((set[(n - 1) / 8] & (1 << ((n - 1) % 8))) != 0 && !result.Add(ts, PyValue.FromInt64(n)))
            {
                return PyValue.Error;
            }
        }

        return PyValue.FromObject(result);
    }
}
