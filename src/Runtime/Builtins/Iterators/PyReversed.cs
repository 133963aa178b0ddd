using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins.Iterators;

/// <summary><c>reversed(sequence)</c>: <c>__reversed__</c> when the type has one, else indexes len-1 down to 0.</summary>
public sealed class PyReversed : PyObject
{
    public static readonly PyType TypeObject = NativeTypes.Iterator("reversed", New, Next,
        doc: "Return a reverse iterator over the values of the given sequence.");

    private PyValue _sequence;
    private long _index;

    private PyReversed(PyValue sequence, long index)
        : base(TypeObject)
    {
        _sequence = sequence;
        _index = index;
    }

    /// <summary><c>reversed(seq)</c> for the builtin function and the type's constructor.</summary>
    public static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (ReferenceEquals(type, TypeObject) && !ArgParser.NoKeywords(ts, "reversed", kwnames))
        {
            return PyValue.Error;
        }

        var npos = args.Length - (kwnames?.Length ?? 0);
        if (!ArgParser.CheckPositional(ts, "reversed", args[..npos], null, 1, 1))
        {
            return PyValue.Error;
        }

        var seq = args[0];
        var r = PyOps.LookupSpecial(ts, seq, Names.Reversed, out var method);
        if (r < 0)
        {
            return PyValue.Error;
        }

        if (r > 0 && !method.IsNone)
        {
            return PyOps.Call0(ts, method);
        }

        if (r > 0 || seq.Type.GetItem is null || seq.Type.IsSubtypeOf(PyType.Dict))
        {
            return ts.SetError(PyExc.TypeError, "'" + seq.Type.Name + "' object is not reversible");
        }

        var n = PyOps.Length(ts, seq);
        return n < 0 ? PyValue.Error : NativeTypes.As(new PyReversed(seq, n - 1), type);
    }

    private static int Next(ThreadState ts, PyValue self, out PyValue item)
    {
        var rev = (PyReversed)self.AsObject;
        if (rev._index >= 0 && !rev._sequence.IsNull)
        {
            item = PyOps.GetItem(ts, rev._sequence, PyValue.FromInt64(rev._index));
            if (!item.IsError)
            {
                rev._index--;
                return 1;
            }

            if (!ts.ErrorMatches(PyExc.IndexError) && !ts.ErrorMatches(PyExc.StopIteration))
            {
                return -1;
            }

            ts.ClearError();
        }

        rev._index = -1;
        rev._sequence = PyValue.Null;
        item = default;
        return 0;
    }
}
