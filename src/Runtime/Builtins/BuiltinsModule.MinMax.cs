using System.Runtime.Intrinsics;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins;

/// <summary><c>min</c>/<c>max</c>: one iterable (with <c>default=</c>) or several arguments, <c>key=</c>; the first of equal items wins.</summary>
public static partial class BuiltinsModule
{
    private static readonly string[] s_minMaxNames = ["key", "default"];

    private static void AddMinMaxFunctions(PyModule m)
    {
        Add(m, "min", static (ts, a, kw) => MinMax(ts, a, kw, CompareOp.Lt, "min"));
        Add(m, "max", static (ts, a, kw) => MinMax(ts, a, kw, CompareOp.Gt, "max"));
    }

    private static PyValue MinMax(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames, CompareOp op, string name)
    {
        var nkw = kwnames?.Length ?? 0;
        var nargs = args.Length - nkw;
        if (nargs == 0)
        {
            return ts.SetError(PyExc.TypeError, name + " expected at least 1 argument, got 0");
        }

        var pBuffer = default(ArgBuffer);
        Span<PyValue> p = pBuffer;
        if (nkw > 0 && !ArgParser.Parse(ts, name, args[nargs..], kwnames, s_minMaxNames, 0, 0, p, 0))
        {
            return PyValue.Error;
        }

        var key = p[0].IsNone ? PyValue.Null : p[0];
        var defaultValue = p[1];
        if (nargs > 1)
        {
            if (!defaultValue.IsNull)
            {
                return ts.SetError(PyExc.TypeError, "Cannot specify a default for " + name + "() with multiple positional arguments");
            }

            return Best(ts, args[..nargs], PyValue.Null, key, op, name, defaultValue);
        }

        // An all-int list: a vector scan (equal ints are the same value, so which one wins is moot).
        if (key.IsNull && args[0].AsObject is PyList list && args[0].Type == PyType.List && list.Strategy == ListStrategy.Int64 && list.Count > 0)
        {
            return PyValue.FromInt64(Extreme(list.Int64Items, op == CompareOp.Gt));
        }

        var it = PyOps.GetIter(ts, args[0]);
        return it.IsError ? it : Best(ts, default, it, key, op, name, defaultValue);
    }

    private static long Extreme(ReadOnlySpan<long> items, bool max)
    {
        var i = 0;
        var best = items[0];
        if (Vector256.IsHardwareAccelerated && items.Length >= 2 * Vector256<long>.Count)
        {
            var acc = Vector256.Create(items[..Vector256<long>.Count]);
            for (i = Vector256<long>.Count; i <= items.Length - Vector256<long>.Count; i += Vector256<long>.Count)
            {
                var x = Vector256.Create(items.Slice(i, Vector256<long>.Count));
                acc = max ? Vector256.Max(acc, x) : Vector256.Min(acc, x);
            }

            best = acc.GetElement(0);
            for (var lane = 1; lane < Vector256<long>.Count; lane++)
            {
                var v = acc.GetElement(lane);
                best = max ? Math.Max(best, v) : Math.Min(best, v);
            }
        }

        for (; i < items.Length; i++)
        {
            best = max ? Math.Max(best, items[i]) : Math.Min(best, items[i]);
        }

        return best;
    }

    // Walks the arguments (iterator Null) or the iterator; keeps the first item whose key compares best.
    private static PyValue Best(ThreadState ts, ReadOnlySpan<PyValue> items, PyValue iterator, PyValue key, CompareOp op, string name, PyValue defaultValue)
    {
        PyValue bestItem = default, bestKey = default;
        var index = 0;
        while (true)
        {
            PyValue item;
            if (iterator.IsNull)
            {
                if (index >= items.Length)
                {
                    break;
                }

                item = items[index++];
            }
            else
            {
                var r = PyOps.Next(ts, iterator, out item);
                if (r < 0)
                {
                    return PyValue.Error;
                }

                if (r == 0)
                {
                    break;
                }
            }

            var value = item;
            if (!key.IsNull)
            {
                value = PyOps.Call1(ts, key, item);
                if (value.IsError)
                {
                    return value;
                }
            }

            if (bestKey.IsNull)
            {
                bestItem = item;
                bestKey = value;
                continue;
            }

            var cmp = PyOps.RichCompareBool(ts, value, bestKey, op);
            if (cmp < 0)
            {
                return PyValue.Error;
            }

            if (cmp > 0)
            {
                bestItem = item;
                bestKey = value;
            }
        }

        if (bestKey.IsNull)
        {
            return !defaultValue.IsNull ? defaultValue : ts.SetError(PyExc.ValueError, name + "() iterable argument is empty");
        }

        return bestItem;
    }
}
