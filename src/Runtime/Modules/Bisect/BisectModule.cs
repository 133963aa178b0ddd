using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>_bisect</c>: bisect_left/right and insort_left/right with lo, hi and key.</summary>
internal sealed class BisectModule : INativeModule
{
    private static readonly string[] s_names = ["a", "x", "lo", "hi", "key"];

    public string Name => "_bisect";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_bisect");
        m.Add("__doc__", NativeTypes.Str("Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n"));
        m.AddFunction("bisect_left", static (ts, a, kw) => Bisect(ts, "bisect_left", a, kw, right: false, insert: false));
        m.AddFunction("bisect_right", static (ts, a, kw) => Bisect(ts, "bisect_right", a, kw, right: true, insert: false));
        m.AddFunction("insort_left", static (ts, a, kw) => Bisect(ts, "insort_left", a, kw, right: false, insert: true));
        m.AddFunction("insort_right", static (ts, a, kw) => Bisect(ts, "insort_right", a, kw, right: true, insert: true));
        return m;
    }

    private static PyValue Bisect(ThreadState ts, string name, ReadOnlySpan<PyValue> args, PyTuple? kw, bool right, bool insert)
    {
        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        if (!ArgParser.Parse(ts, name, args, kw, s_names, 2, 0, p, maxPos: 4))
        {
            return PyValue.Error;
        }

        var seq = p[0];
        var x = p[1];
        long lo = 0, hi = -1;
        if (!p[2].IsNull && !PyOps.TryIndexAsInt64(ts, p[2], PyExc.OverflowError, out lo))
        {
            return PyValue.Error;
        }

        if (!p[3].IsNull && !p[3].IsNone && !PyOps.TryIndexAsInt64(ts, p[3], PyExc.OverflowError, out hi))
        {
            return PyValue.Error;
        }

        var key = p[4].IsNull ? PyValue.None : p[4];
        if (lo < 0)
        {
            return ts.SetError(PyExc.ValueError, "lo must be non-negative");
        }

        if (hi == -1)
        {
            hi = PyOps.Length(ts, seq);
            if (hi < 0)
            {
                return PyValue.Error;
            }
        }

        var probe = x;
        if (insert && !key.IsNone)
        {
            probe = PyOps.Call1(ts, key, x);
            if (probe.IsError)
            {
                return probe;
            }
        }

        while (lo < hi)
        {
            var mid = (long)(((ulong)lo + (ulong)hi) / 2);
            var item = PyOps.GetItem(ts, seq, PyValue.FromInt64(mid));
            if (!item.IsError && !key.IsNone)
            {
                item = PyOps.Call1(ts, key, item);
            }

            if (item.IsError)
            {
                return PyValue.Error;
            }

            var lt = right ? PyOps.RichCompareBool(ts, probe, item, CompareOp.Lt) : PyOps.RichCompareBool(ts, item, probe, CompareOp.Lt);
            if (lt < 0)
            {
                return PyValue.Error;
            }

            if (right == (lt > 0))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        if (!insert)
        {
            return PyValue.FromInt64(lo);
        }

        if (ReferenceEquals(seq.Type, PyType.List))
        {
            ((PyList)seq.AsObject).Insert(lo, x);
            return PyValue.None;
        }

        var r = PyOps.CallMethod(ts, seq, PyStr.Intern("insert"), [PyValue.FromInt64(lo), x]);
        return r.IsError ? r : PyValue.None;
    }
}
