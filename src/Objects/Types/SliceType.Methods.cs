namespace ProtoPython.Objects;

/// <summary>slice: constructor, attributes, indices(), repr, comparison as (start, stop, step) tuples, hash.</summary>
internal static partial class SliceType
{
    // xxHash's primes, as CPython's slicehash (the tuple hash without the length term).
    private const ulong XxPrime1 = 11400714785074694791UL;
    private const ulong XxPrime2 = 14029467366897019727UL;
    private const ulong XxPrime5 = 2870177450012600261UL;

    private static PySlice Self(PyValue v) => (PySlice)v.AsObject;

    static partial void InstallAll()
    {
        var t = PyType.Slice;
        t.New = static (ts, type, args, kw) =>
        {
            if (!Args.Check(ts, args.Length - (kw?.Length ?? 0), kw, "slice", "slice", 1, 3))
            {
                return PyValue.Error;
            }

            return PyValue.FromObject(args.Length == 1
                ? new PySlice(PyValue.None, args[0], PyValue.None)
                : new PySlice(args[0], args[1], args.Length == 3 ? args[2] : PyValue.None));
        };
        t.Repr = static (ts, v) =>
        {
            var s = Self(v);
            var a = PyOps.Repr(ts, s.Start);
            var b = a is null ? null : PyOps.Repr(ts, s.Stop);
            var c = b is null ? null : PyOps.Repr(ts, s.Step);
            return c is null ? PyValue.Error : PyValue.FromObject(new PyStr("slice(" + a!.Value + ", " + b!.Value + ", " + c.Value + ")"));
        };
        t.RichCompare = static (ts, a, b, op) =>
        {
            if (a.AsObject is not PySlice x || b.AsObject is not PySlice y)
            {
                return PyValue.NotImplemented;
            }

            return PyOps.RichCompare(ts, PyValue.FromObject(AsTuple(x)), PyValue.FromObject(AsTuple(y)), op);
        };
        t.HashFunction = Hash;
        t.AddGetSet("start", static (ts, v) => Self(v).Start);
        t.AddGetSet("stop", static (ts, v) => Self(v).Stop);
        t.AddGetSet("step", static (ts, v) => Self(v).Step);
        t.AddMethod1("indices", static (ts, self, length) => Self(self).Indices(ts, length) is { } r ? PyValue.FromObject(r) : PyValue.Error);
        t.AddMethod0("__reduce__", static (ts, self) =>
            PyValue.FromObject(new PyTuple([PyValue.FromObject(PyType.Slice), PyValue.FromObject(AsTuple(Self(self)))])));
    }

    private static PyTuple AsTuple(PySlice s) => new([s.Start, s.Stop, s.Step]);

    private static bool Hash(ThreadState ts, PyValue v, out long hash)
    {
        var s = Self(v);
        var acc = XxPrime5;
        foreach (var item in (ReadOnlySpan<PyValue>)[s.Start, s.Stop, s.Step])
        {
            if (!item.TryHash(ts, out var lane))
            {
                hash = 0;
                return false;
            }

            unchecked
            {
                acc += (ulong)lane * XxPrime2;
                acc = (acc << 31) | (acc >> 33);
                acc *= XxPrime1;
            }
        }

        hash = acc == ulong.MaxValue ? 1546275796 : (long)acc;
        return true;
    }
}
