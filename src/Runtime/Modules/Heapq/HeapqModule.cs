using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_heapq</c>: binary heaps on lists, min-heaps and (3.14) max-heaps; CPython's sift algorithms,
/// so the lists end up in the same order, and its "list changed size during iteration" check.
/// </summary>
internal sealed class HeapqModule : INativeModule
{
    public string Name => "_heapq";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_heapq");
        m.Add("__doc__", NativeTypes.Str("Heap queue algorithm (a.k.a. priority queue)."));
        foreach (var max in new[] { false, true })
        {
            var suffix = max ? "_max" : "";
            var isMax = max;
            m.AddFunction("heappush" + suffix, (ts, a, kw) => Push(ts, "heappush" + suffix, a, kw, isMax));
            m.AddFunction("heappop" + suffix, (ts, a, kw) => Pop(ts, "heappop" + suffix, a, isMax), NativeArity.One);
            m.AddFunction("heapreplace" + suffix, (ts, a, kw) => Replace(ts, "heapreplace" + suffix, a, kw, isMax));
            m.AddFunction("heappushpop" + suffix, (ts, a, kw) => PushPop(ts, "heappushpop" + suffix, a, kw, isMax));
            m.AddFunction("heapify" + suffix, (ts, a, kw) => Heapify(ts, "heapify" + suffix, a[0], isMax), NativeArity.One);
        }

        return m;
    }

    private static bool TryList(ThreadState ts, string name, ReadOnlySpan<PyValue> a, PyTuple? kw, int count, out PyList list)
    {
        list = null!;
        if (!ArgParser.CheckPositional(ts, name, a, kw, count, count))
        {
            return false;
        }

        if (a[0].AsObject is not PyList l)
        {
            ArgParser.BadArgument(ts, name, count == 1 ? "argument" : "argument 1", "list", a[0]);
            return false;
        }

        list = l;
        return true;
    }

    private static PyValue At(ThreadState ts, PyList heap, int index) =>
        heap.TryGetItem(ts, index, out var v) ? v : PyValue.None;

    // a < b for a min-heap, b < a for a max-heap: 1/0/-1.
    private static int Less(ThreadState ts, PyValue a, PyValue b, bool max) =>
        max ? PyOps.RichCompareBool(ts, b, a, CompareOp.Lt) : PyOps.RichCompareBool(ts, a, b, CompareOp.Lt);

    private static PyValue Push(ThreadState ts, string name, ReadOnlySpan<PyValue> a, PyTuple? kw, bool max)
    {
        if (!TryList(ts, name, a, kw, 2, out var heap))
        {
            return PyValue.Error;
        }

        heap.Append(a[1]);
        return SiftDown(ts, heap, 0, heap.Count - 1, max) ? PyValue.None : PyValue.Error;
    }

    private static PyValue Pop(ThreadState ts, string name, ReadOnlySpan<PyValue> a, bool max)
    {
        if (!TryList(ts, name, a, null, 1, out var heap))
        {
            return PyValue.Error;
        }

        if (heap.Count == 0)
        {
            return ts.SetError(PyExc.IndexError, "index out of range");
        }

        var last = heap.Pop(ts);
        if (heap.Count == 0)
        {
            return last;
        }

        var result = At(ts, heap, 0);
        heap.SetItem(ts, 0, last);
        return SiftUp(ts, heap, 0, max) ? result : PyValue.Error;
    }

    private static PyValue Replace(ThreadState ts, string name, ReadOnlySpan<PyValue> a, PyTuple? kw, bool max)
    {
        if (!TryList(ts, name, a, kw, 2, out var heap))
        {
            return PyValue.Error;
        }

        if (heap.Count == 0)
        {
            return ts.SetError(PyExc.IndexError, "index out of range");
        }

        var result = At(ts, heap, 0);
        heap.SetItem(ts, 0, a[1]);
        return SiftUp(ts, heap, 0, max) ? result : PyValue.Error;
    }

    private static PyValue PushPop(ThreadState ts, string name, ReadOnlySpan<PyValue> a, PyTuple? kw, bool max)
    {
        if (!TryList(ts, name, a, kw, 2, out var heap))
        {
            return PyValue.Error;
        }

        var item = a[1];
        if (heap.Count == 0)
        {
            return item;
        }

        var top = At(ts, heap, 0);
        var lt = Less(ts, top, item, max);
        if (lt <= 0)
        {
            return lt < 0 ? PyValue.Error : item;
        }

        if (heap.Count == 0)
        {
            return ts.SetError(PyExc.IndexError, "index out of range");
        }

        var result = At(ts, heap, 0);
        heap.SetItem(ts, 0, item);
        return SiftUp(ts, heap, 0, max) ? result : PyValue.Error;
    }

    private static PyValue Heapify(ThreadState ts, string name, PyValue arg, bool max)
    {
        if (arg.AsObject is not PyList heap)
        {
            return ArgParser.BadArgument(ts, name, "argument", "list", arg);
        }

        for (var i = (heap.Count / 2) - 1; i >= 0; i--)
        {
            if (!SiftUp(ts, heap, i, max))
            {
                return PyValue.Error;
            }
        }

        return PyValue.None;
    }

    // Moves the item at pos up toward startpos while it is smaller than its parent.
    private static bool SiftDown(ThreadState ts, PyList heap, int startPos, int pos, bool max)
    {
        var size = heap.Count;
        var item = At(ts, heap, pos);
        while (pos > startPos)
        {
            var parentPos = (pos - 1) >> 1;
            var parent = At(ts, heap, parentPos);
            var lt = Less(ts, item, parent, max);
            if (lt < 0)
            {
                return false;
            }

            if (size != heap.Count)
            {
                ts.SetError(PyExc.RuntimeError, "list changed size during iteration");
                return false;
            }

            if (lt == 0)
            {
                break;
            }

            heap.SetItem(ts, pos, At(ts, heap, parentPos));
            heap.SetItem(ts, parentPos, item);
            pos = parentPos;
        }

        return true;
    }

    // Moves the smaller child up until a leaf, then sifts the item down from there (Knuth's variant).
    private static bool SiftUp(ThreadState ts, PyList heap, int pos, bool max)
    {
        var end = heap.Count;
        var startPos = pos;
        var limit = end >> 1;
        while (pos < limit)
        {
            var child = (2 * pos) + 1;
            if (child + 1 < end)
            {
                var lt = Less(ts, At(ts, heap, child), At(ts, heap, child + 1), max);
                if (lt < 0)
                {
                    return false;
                }

                child += lt == 0 ? 1 : 0;
                if (end != heap.Count)
                {
                    ts.SetError(PyExc.RuntimeError, "list changed size during iteration");
                    return false;
                }
            }

            var tmp = At(ts, heap, child);
            heap.SetItem(ts, child, At(ts, heap, pos));
            heap.SetItem(ts, pos, tmp);
            pos = child;
        }

        return SiftDown(ts, heap, startPos, pos, max);
    }
}
