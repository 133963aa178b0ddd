using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>pthread_sigmask and sigpending: signal sets as Python sets of ints (glibc's sigset_t bits).</summary>
internal static class SignalMasks
{
    public static void Register(PyModule m)
    {
        m.AddFunction("pthread_sigmask", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "pthread_sigmask", a, kw, 2, 2) || !ZlibModule.TryInt(ts, a[0], 0, out var how)
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
        var iter = PyOps.GetIter(ts, signals);
        if (iter.IsError)
        {
            return false;
        }

        while (true)
        {
            var r = PyOps.Next(ts, iter, out var item);
            if (r <= 0)
            {
                return r == 0;
            }

            if (!ZlibModule.TryInt(ts, item, 0, out var n))
            {
                return false;
            }

            if (n < 1 || n >= SignalDispatch.NSig)
            {
                ts.SetError(PyExc.ValueError, "signal number " + n + " out of range [1; " + (SignalDispatch.NSig - 1) + "]");
                return false;
            }

            set[(n - 1) / 8] |= (byte)(1 << ((n - 1) % 8));
        }
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
