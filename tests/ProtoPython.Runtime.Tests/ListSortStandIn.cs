using ProtoPython.Objects;
using ThreadState = ProtoPython.Objects.ThreadState;

namespace ProtoPython.Runtime.Tests;

/// <summary>
/// sorted() calls <c>list.sort</c>, which another branch implements. Until it is merged these
/// tests install a plain stable insertion sort with key/reverse (CPython's semantics: keys first,
/// reverse keeps equal items in order); once list has its own sort, nothing is installed.
/// </summary>
internal static class ListSortStandIn
{
    private static readonly string[] s_names = ["key", "reverse"];

    public static void EnsureInstalled()
    {
        lock (s_names)
        {
            if (PyType.List.TryLookup("sort", out _))
            {
                return;
            }

            PyType.List.AddMethod("sort", Sort);
        }
    }

    private static PyValue Sort(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        if (!ArgParser.Parse(ts, "sort", args[1..], kwnames, s_names, 0, 0, p, 0))
        {
            return PyValue.Error;
        }

        var list = (PyList)args[0].AsObject;
        var n = list.Count;
        var items = new PyValue[n];
        var keys = new PyValue[n];
        for (var i = 0; i < n; i++)
        {
            list.TryGetItem(ts, i, out items[i]);
            keys[i] = p[0].IsNull || p[0].IsNone ? items[i] : PyOps.Call1(ts, p[0], items[i]);
            if (keys[i].IsError)
            {
                return PyValue.Error;
            }
        }

        var reverse = !p[1].IsNull && PyOps.IsTrue(ts, p[1]) > 0;
        for (var i = 1; i < n; i++)
        {
            var j = i;
            while (j > 0)
            {
                // Reverse sorts as if comparisons were flipped, keeping equal items stable.
                var lt = reverse ? PyOps.RichCompareBool(ts, keys[j - 1], keys[j], CompareOp.Lt) : PyOps.RichCompareBool(ts, keys[j], keys[j - 1], CompareOp.Lt);
                if (lt < 0)
                {
                    return PyValue.Error;
                }

                if (lt == 0)
                {
                    break;
                }

                (keys[j], keys[j - 1]) = (keys[j - 1], keys[j]);
                (items[j], items[j - 1]) = (items[j - 1], items[j]);
                j--;
            }
        }

        list.Clear();
        foreach (var item in items)
        {
            list.Append(item);
        }

        return PyValue.None;
    }
}
