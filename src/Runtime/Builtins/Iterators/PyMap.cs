using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins.Iterators;

/// <summary><c>map(function, iterable, *iterables, strict=False)</c>.</summary>
public sealed class PyMap : PyObject
{
    public static readonly PyType TypeObject = NativeTypes.Iterator("map", New, Next,
        doc: "map(function, iterable, /, *iterables, strict=False)\n--\n\nMake an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\nraise a ValueError.");

    private static readonly string[] s_keywords = ["strict"];

    private readonly PyValue _function;
    private readonly PyValue[] _iterators;
    private readonly bool _strict;

    private PyMap(PyValue function, PyValue[] iterators, bool strict)
        : base(TypeObject)
    {
        _function = function;
        _iterators = iterators;
        _strict = strict;
    }

    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var nkw = kwnames?.Length ?? 0;
        var nargs = args.Length - nkw;
        var strict = false;
        if (nkw > 0)
        {
            var parsedBuffer = default(ArgBuffer);
            Span<PyValue> parsed = parsedBuffer;
            if (!ArgParser.Parse(ts, "map", args[nargs..], kwnames, s_keywords, 0, 0, parsed, 0))
            {
                return PyValue.Error;
            }

            if (!parsed[0].IsNull)
            {
                var truth = PyOps.IsTrue(ts, parsed[0]);
                if (truth < 0)
                {
                    return PyValue.Error;
                }

                strict = truth > 0;
            }
        }

        if (nargs < 2)
        {
            return ts.SetError(PyExc.TypeError, "map() must have at least two arguments.");
        }

        var iterators = new PyValue[nargs - 1];
        for (var i = 0; i < iterators.Length; i++)
        {
            iterators[i] = PyOps.GetIter(ts, args[i + 1]);
            if (iterators[i].IsError)
            {
                return PyValue.Error;
            }
        }

        return NativeTypes.As(new PyMap(args[0], iterators, strict), type);
    }

    private static int Next(ThreadState ts, PyValue self, out PyValue item)
    {
        var m = (PyMap)self.AsObject;
        item = default;
        var its = m._iterators;
        var args = new PyValue[its.Length];
        for (var i = 0; i < its.Length; i++)
        {
            var r = m._strict ? NativeTypes.Step(ts, its[i], out args[i]) : PyOps.Next(ts, its[i], out args[i]);
            if (r < 0)
            {
                return -1;
            }

            if (r == 0)
            {
                return m._strict ? PyZip.StrictCheck(ts, "map", its, i) : 0;
            }
        }

        item = PyOps.Call(ts, m._function, args);
        return item.IsError ? -1 : 1;
    }
}
