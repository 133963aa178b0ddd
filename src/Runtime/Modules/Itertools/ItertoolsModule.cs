using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>itertools</c>: every iterator type of CPython 3.14's module, and <c>tee</c>.</summary>
internal sealed class ItertoolsModule : INativeModule
{
    public string Name => "itertools";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("itertools");
        m.Add("__doc__", NativeTypes.Str("Functional tools for creating and using iterators."));
        Add(m, AccumulateIterator.TypeObject.Value);
        Add(m, BatchedIterator.TypeObject.Value);
        Add(m, ChainIterator.TypeObject.Value);
        Add(m, CombinatoricIterator.CombinationsType.Value);
        Add(m, CombinatoricIterator.CombinationsWithReplacementType.Value);
        Add(m, CompressIterator.TypeObject.Value);
        Add(m, CountIterator.TypeObject.Value);
        Add(m, CycleIterator.TypeObject.Value);
        Add(m, PredicateIterator.DropWhileType.Value);
        Add(m, PredicateIterator.FilterFalseType.Value);
        Add(m, GroupbyIterator.TypeObject.Value);
        Add(m, GroupbyIterator.GrouperType.Value);
        Add(m, IsliceIterator.TypeObject.Value);
        Add(m, PairwiseIterator.TypeObject.Value);
        Add(m, CombinatoricIterator.PermutationsType.Value);
        Add(m, CombinatoricIterator.ProductType.Value);
        Add(m, RepeatIterator.TypeObject.Value);
        Add(m, StarmapIterator.TypeObject.Value);
        Add(m, PredicateIterator.TakeWhileType.Value);
        Add(m, TeeIterator.TypeObject.Value);
        Add(m, TeeIterator.DataObjectType.Value);
        Add(m, ZipLongestIterator.TypeObject.Value);
        m.AddFunction("tee", Tee);
        return m;
    }

    private static void Add(PyModule m, PyType t) => m.Add(t.Name, PyValue.FromObject(t));

    // tee(iterable, n=2): n independent iterators; a copyable iterator is copied, else wrapped in a _tee.
    private static PyValue Tee(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (!ArgParser.CheckPositional(ts, "tee", args, kw, 1, 2))
        {
            return PyValue.Error;
        }

        long n = 2;
        if (args.Length == 2 && !PyOps.TryIndexAsInt64(ts, args[1], PyExc.OverflowError, out n))
        {
            return PyValue.Error;
        }

        if (n < 0)
        {
            return ts.SetError(PyExc.ValueError, "n must be >= 0");
        }

        if (n == 0)
        {
            return PyValue.FromObject(PyTuple.Empty);
        }

        var it = PyOps.GetIter(ts, args[0]);
        if (it.IsError)
        {
            return it;
        }

        var copy = PyStr.Intern("__copy__");
        var found = PyOps.TryGetAttr(ts, it, copy, out var copyFunc);
        if (found < 0)
        {
            return PyValue.Error;
        }

        var first = it;
        if (found == 0)
        {
            first = PyValue.FromObject(TeeIterator.FromIterator(it));
            copyFunc = PyOps.GetAttr(ts, first, copy);
        }

        var result = new PyValue[n];
        result[0] = first;
        for (var i = 1; i < n; i++)
        {
            result[i] = PyOps.Call0(ts, copyFunc);
            if (result[i].IsError)
            {
                return PyValue.Error;
            }
        }

        return PyValue.FromObject(new PyTuple(result));
    }
}
