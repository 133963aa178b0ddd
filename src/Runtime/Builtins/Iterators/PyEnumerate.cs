using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins.Iterators;

/// <summary><c>enumerate(iterable, start=0)</c>: (index, item) pairs; the index grows past 64 bits if it must.</summary>
public sealed class PyEnumerate : PyObject
{
    public static readonly PyType TypeObject = NativeTypes.Iterator("enumerate", New, Next,
        doc: "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...");

    private readonly PyValue _iterator;
    private PyValue _index;

    private PyEnumerate(PyValue iterator, PyValue index)
        : base(TypeObject)
    {
        _iterator = iterator;
        _index = index;
    }

    // enum_vectorcall's hand-written parsing, with its messages.
    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var nkw = kwnames?.Length ?? 0;
        var nargs = args.Length - nkw;
        if (args.Length == 2)
        {
            if (nkw == 1 && !CheckKeyword(ts, kwnames!, 0, "start"))
            {
                return PyValue.Error;
            }

            if (nkw == 2)
            {
                if (KeywordIs(kwnames!, 0, "start"))
                {
                    return CheckKeyword(ts, kwnames!, 1, "iterable") ? Create(ts, type, args[1], args[0]) : PyValue.Error;
                }

                if (!CheckKeyword(ts, kwnames!, 0, "iterable") || !CheckKeyword(ts, kwnames!, 1, "start"))
                {
                    return PyValue.Error;
                }
            }

            return Create(ts, type, args[0], args[1]);
        }

        if (args.Length == 1)
        {
            return nkw == 1 && !CheckKeyword(ts, kwnames!, 0, "iterable") ? PyValue.Error : Create(ts, type, args[0], PyValue.Null);
        }

        if (nargs == 0)
        {
            return ts.SetError(PyExc.TypeError, "enumerate() missing required argument 'iterable'");
        }

        return ts.SetError(PyExc.TypeError, "enumerate() takes at most 2 arguments (" + args.Length + " given)");
    }

    private static bool KeywordIs(PyTuple kwnames, int index, string name) => kwnames[index].AsObject is PyStr s && s.Value == name;

    private static bool CheckKeyword(ThreadState ts, PyTuple kwnames, int index, string name)
    {
        if (KeywordIs(kwnames, index, name))
        {
            return true;
        }

        var text = PyOps.Str(ts, kwnames[index]);
        if (text is not null)
        {
            ts.SetError(PyExc.TypeError, "'" + text.Value + "' is an invalid keyword argument for enumerate()");
        }

        return false;
    }

    private static PyValue Create(ThreadState ts, PyType type, PyValue iterable, PyValue start)
    {
        var index = PyValue.FromInt64(0);
        if (!start.IsNull)
        {
            index = PyOps.Index(ts, start);
            if (index.IsError)
            {
                return index;
            }
        }

        var it = PyOps.GetIter(ts, iterable);
        return it.IsError ? it : NativeTypes.As(new PyEnumerate(it, index), type);
    }

    private static int Next(ThreadState ts, PyValue self, out PyValue item)
    {
        var e = (PyEnumerate)self.AsObject;
        var r = PyOps.Next(ts, e._iterator, out var inner);
        if (r <= 0)
        {
            item = default;
            return r;
        }

        var index = e._index;
        e._index = index.IsInt64 && index.RawBits != long.MaxValue ? PyValue.FromInt64(index.RawBits + 1) : PyInt.Add(index, PyValue.FromInt64(1));
        item = PyValue.FromObject(new PyTuple([index, inner]));
        return 1;
    }
}
