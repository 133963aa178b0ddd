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

        var it = PyOps.GetIter(ts, args[0]);
        return it.IsError ? it : Best(ts, default, it, key, op, name, defaultValue);
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
