using ProtoPython.Objects;
using ProtoPython.Runtime.Builtins.Iterators;

namespace ProtoPython.Runtime.Builtins;

/// <summary>iter, next, len, all, any, sorted.</summary>
public static partial class BuiltinsModule
{
    private static readonly PyStr s_sort = PyStr.Intern("sort");

    private static void AddIterationFunctions(PyModule m)
    {
        Add(m, "iter", Iter, NativeArity.Positional);
        Add(m, "next", Next, NativeArity.Positional);
        Add(m, "len", static (ts, a, kw) => PyOps.Length(ts, a[0]) is var n and >= 0 ? PyValue.FromInt64(n) : PyValue.Error, NativeArity.One);
        Add(m, "all", static (ts, a, kw) => AllAny(ts, a[0], stopOn: false), NativeArity.One);
        Add(m, "any", static (ts, a, kw) => AllAny(ts, a[0], stopOn: true), NativeArity.One);
        Add(m, "sorted", Sorted);
    }

    private static PyValue Iter(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (!ArgParser.CheckPositional(ts, "iter", args, kwnames, 1, 2))
        {
            return PyValue.Error;
        }

        if (args.Length == 1)
        {
            return PyOps.GetIter(ts, args[0]);
        }

        return args[0].Type.Call is null
            ? ts.SetError(PyExc.TypeError, "iter(v, w): v must be callable")
            : PyValue.FromObject(new PyCallableIterator(args[0], args[1]));
    }

    private static PyValue Next(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (!ArgParser.CheckPositional(ts, "next", args, kwnames, 1, 2))
        {
            return PyValue.Error;
        }

        var it = args[0];
        if (it.Type.IterNext is null)
        {
            return ts.SetError(PyExc.TypeError, "'" + it.Type.Name + "' object is not an iterator");
        }

        // The slot itself (tp_iternext), not PyOps.Next: a StopIteration it raises keeps its value.
        var r = it.Type.IterNext(ts, it, out var item);
        if (r > 0)
        {
            return item;
        }

        if (args.Length > 1)
        {
            if (r < 0)
            {
                if (!ts.ErrorMatches(PyExc.StopIteration))
                {
                    return PyValue.Error;
                }

                ts.ClearError();
            }

            return args[1];
        }

        return r < 0 ? PyValue.Error : ts.SetError(PyExc.StopIteration, []);
    }

    // all() stops at the first false item, any() at the first true one.
    private static PyValue AllAny(ThreadState ts, PyValue iterable, bool stopOn)
    {
        var it = PyOps.GetIter(ts, iterable);
        if (it.IsError)
        {
            return it;
        }

        while (true)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r <= 0)
            {
                return r < 0 ? PyValue.Error : PyValue.FromBool(!stopOn);
            }

            var truth = PyOps.IsTrue(ts, item);
            if (truth < 0)
            {
                return PyValue.Error;
            }

            if ((truth > 0) == stopOn)
            {
                return PyValue.FromBool(stopOn);
            }
        }
    }

    /// <summary><c>sorted(iterable, /, *, key=None, reverse=False)</c>: a new list, sorted by its own <c>sort</c> (keywords passed through).</summary>
    private static PyValue Sorted(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var nkw = kwnames?.Length ?? 0;
        if (!ArgParser.CheckPositional(ts, "sorted", args[..(args.Length - nkw)], null, 1, 1))
        {
            return PyValue.Error;
        }

        return SortedList(ts, args[0], args[1..], kwnames);
    }

    private static PyValue SortedList(ThreadState ts, PyValue iterable, ReadOnlySpan<PyValue> sortArgs, PyTuple? kwnames)
    {
        var list = ToList(ts, iterable);
        if (list is null)
        {
            return PyValue.Error;
        }

        var value = PyValue.FromObject(list);
        var sort = PyOps.GetAttr(ts, value, s_sort);
        if (sort.IsError)
        {
            return sort;
        }

        var r = PyOps.Call(ts, sort, sortArgs, kwnames);
        return r.IsError ? r : value;
    }

    /// <summary><c>list(iterable)</c> (<c>PySequence_List</c>); null with a pending exception.</summary>
    public static PyList? ToList(ThreadState ts, PyValue iterable)
    {
        var it = PyOps.GetIter(ts, iterable);
        if (it.IsError)
        {
            return null;
        }

        var list = new PyList();
        while (true)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r <= 0)
            {
                return r < 0 ? null : list;
            }

            list.Append(item);
        }
    }
}
