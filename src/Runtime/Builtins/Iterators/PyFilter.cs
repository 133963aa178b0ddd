using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins.Iterators;

/// <summary><c>filter(function or None, iterable)</c>: the items for which function(item) is true (the item itself for None or bool).</summary>
public sealed class PyFilter : PyObject
{
    public static readonly PyType TypeObject = NativeTypes.Iterator("filter", New, Next,
        doc: "filter(function, iterable, /)\n--\n\nReturn an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true.");

    private readonly PyValue _function;
    private readonly PyValue _iterator;

    private PyFilter(PyValue function, PyValue iterator)
        : base(TypeObject)
    {
        _function = function;
        _iterator = iterator;
    }

    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (ReferenceEquals(type, TypeObject) && !ArgParser.NoKeywords(ts, "filter", kwnames))
        {
            return PyValue.Error;
        }

        if (!ArgParser.CheckPositional(ts, "filter", args[..(args.Length - (kwnames?.Length ?? 0))], null, 2, 2))
        {
            return PyValue.Error;
        }

        var it = PyOps.GetIter(ts, args[1]);
        return it.IsError ? it : NativeTypes.As(new PyFilter(args[0], it), type);
    }

    private static int Next(ThreadState ts, PyValue self, out PyValue item)
    {
        var f = (PyFilter)self.AsObject;
        var truthOfItem = f._function.IsNone || ReferenceEquals(f._function.AsObject, PyType.Bool);
        while (true)
        {
            var r = PyOps.Next(ts, f._iterator, out item);
            if (r <= 0)
            {
                return r;
            }

            int ok;
            if (truthOfItem)
            {
                ok = PyOps.IsTrue(ts, item);
            }
            else
            {
                var good = PyOps.Call1(ts, f._function, item);
                ok = good.IsError ? -1 : PyOps.IsTrue(ts, good);
            }

            if (ok != 0)
            {
                return ok;
            }
        }
    }
}
