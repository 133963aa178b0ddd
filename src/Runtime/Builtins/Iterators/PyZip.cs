using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins.Iterators;

/// <summary><c>zip(*iterables, strict=False)</c>: tuples of one item from each; strict checks the lengths agree.</summary>
public sealed class PyZip : PyObject
{
    public static readonly PyType TypeObject = NativeTypes.Iterator("zip", New, Next,
        doc: "zip(*iterables, strict=False)\n--\n\nThe zip object yields n-length tuples, where n is the number of iterables\npassed as positional arguments to zip().  The i-th element in every tuple\ncomes from the i-th iterable argument to zip().  This continues until the\nshortest argument is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\nraise a ValueError.\n\n   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]");

    private static readonly string[] s_keywords = ["strict"];

    private readonly PyValue[] _iterators;
    private readonly bool _strict;

    private PyZip(PyValue[] iterators, bool strict)
        : base(TypeObject)
    {
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
            if (!ArgParser.Parse(ts, "zip", args[nargs..], kwnames, s_keywords, 0, 0, parsed, 0))
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

        var iterators = new PyValue[nargs];
        for (var i = 0; i < nargs; i++)
        {
            iterators[i] = PyOps.GetIter(ts, args[i]);
            if (iterators[i].IsError)
            {
                return PyValue.Error;
            }
        }

        return NativeTypes.As(new PyZip(iterators, strict), type);
    }

    private static int Next(ThreadState ts, PyValue self, out PyValue item)
    {
        var z = (PyZip)self.AsObject;
        item = default;
        var its = z._iterators;
        if (its.Length == 0)
        {
            return 0;
        }

        var items = new PyValue[its.Length];
        for (var i = 0; i < its.Length; i++)
        {
            var r = z._strict ? NativeTypes.Step(ts, its[i], out items[i]) : PyOps.Next(ts, its[i], out items[i]);
            if (r < 0)
            {
                return -1;
            }

            if (r == 0)
            {
                return z._strict ? StrictCheck(ts, "zip", its, i) : 0;
            }
        }

        item = PyValue.FromObject(new PyTuple(items));
        return 1;
    }

    /// <summary>
    /// Argument <paramref name="exhausted"/> ran out: an error unless it is the first and every
    /// other one is exhausted too ("zip() argument 2 is shorter than argument 1").
    /// </summary>
    internal static int StrictCheck(ThreadState ts, string fname, PyValue[] iterators, int exhausted)
    {
        if (exhausted > 0)
        {
            ts.SetError(PyExc.ValueError, fname + "() argument " + (exhausted + 1) + " is shorter than argument" + (exhausted == 1 ? " " : "s 1-") + exhausted);
            return -1;
        }

        for (var i = 1; i < iterators.Length; i++)
        {
            var r = NativeTypes.Step(ts, iterators[i], out _);
            if (r < 0)
            {
                return -1;
            }

            if (r > 0)
            {
                ts.SetError(PyExc.ValueError, fname + "() argument " + (i + 1) + " is longer than argument" + (i == 1 ? " " : "s 1-") + i);
                return -1;
            }
        }

        return 0;
    }
}
