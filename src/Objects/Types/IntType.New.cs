namespace ProtoPython.Objects;

/// <summary>
/// <c>int(x=0, /, base=10)</c>: <c>long_vectorcall</c> for calls of int itself without keywords,
/// else <c>long_new</c> (Argument Clinic's messages); subclasses get an instance holding the exact value.
/// </summary>
internal static partial class IntType
{
    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var nkw = kwnames?.Length ?? 0;
        var npos = args.Length - nkw;
        if (nkw == 0 && ReferenceEquals(type, PyType.Int) && npos > 2)
        {
            return ts.SetError(PyExc.TypeError, "int expected at most 2 arguments, got " + npos);
        }

        if (args.Length > 2)
        {
            return ts.SetError(PyExc.TypeError, "int() takes at most 2 arguments (" + args.Length + " given)");
        }

        var x = npos > 0 ? args[0] : PyValue.Null;
        var numberBase = npos > 1 ? args[1] : PyValue.Null;
        for (var k = 0; k < nkw; k++)
        {
            var name = ((PyStr)kwnames![k].AsObject).Value;
            if (name != "base")
            {
                return ts.SetError(PyExc.TypeError, "int() got an unexpected keyword argument '" + name + "'" + KeywordSuggestions.Hint(["base"], name));
            }

            if (npos > 1)
            {
                return ts.SetError(PyExc.TypeError, "argument for int() given by name ('base') and position (2)");
            }

            numberBase = args[npos + k];
        }

        var value = NewExact(ts, x, numberBase);
        if (value.IsError || ReferenceEquals(type, PyType.Int))
        {
            return value;
        }

        return PyValue.FromObject(new PyIntSubclassInstance(type, PyInt.Exact(value)));
    }

    // long_new_impl for int itself.
    private static PyValue NewExact(ThreadState ts, PyValue x, PyValue numberBase)
    {
        if (x.IsNull)
        {
            return numberBase.IsNull ? PyValue.FromInt64(0) : ts.SetError(PyExc.TypeError, "int() missing string argument");
        }

        if (numberBase.IsNull)
        {
            return ToInt(ts, x);
        }

        if (!PyOps.TryIndexAsInt64(ts, numberBase, null, out var nb))
        {
            return PyValue.Error;
        }

        if ((nb != 0 && nb < 2) || nb > 36)
        {
            return ts.SetError(PyExc.ValueError, "int() base must be >= 2 and <= 36, or 0");
        }

        if (x.AsObject is PyStr s)
        {
            return PyInt.FromString(ts, s.Value, (int)nb);
        }

        if (x.AsObject is PyBytes or PyByteArray)
        {
            return FromBytesText(ts, x, (int)nb);
        }

        return ts.SetError(PyExc.TypeError, "int() can't convert non-string with explicit base");
    }

    /// <summary>
    /// <c>PyNumber_Long</c> (3.14 rules): exact ints as they are, then <c>__int__</c>, then
    /// <c>__index__</c>, then str parsing; <c>__trunc__</c> is no longer consulted.
    /// </summary>
    public static PyValue ToInt(ThreadState ts, PyValue x)
    {
        if (x.IsExactInt)
        {
            return x;
        }

        if (x.Type.ToInt is { } toInt)
        {
            var r = toInt(ts, x);
            if (r.IsError || r.IsExactInt)
            {
                return r;
            }

            // A strict subclass of int is accepted (CPython warns) and copied to an exact int.
            return PyInt.IsInt(r) ? PyInt.Exact(r) : ts.SetError(PyExc.TypeError, "__int__ returned non-int (type " + r.Type.Name + ")");
        }

        if (x.Type.Index is not null)
        {
            return PyOps.Index(ts, x);
        }

        if (x.AsObject is PyStr s)
        {
            return PyInt.FromString(ts, s.Value, 10);
        }

        if (BytesLike.IsBuffer(x))
        {
            return FromBytesText(ts, x, 10);
        }

        return ts.SetError(PyExc.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '" + x.Type.Name + "'");
    }

    // int(b'42'): the bytes parsed as ASCII text; errors quote them as bytes (b'x').
    private static PyValue FromBytesText(ThreadState ts, PyValue x, int numberBase)
    {
        if (x.AsObject is PyMemoryView mv && !mv.CheckReleased(ts))
        {
            return PyValue.Error;
        }

        var data = x.AsObject is PyMemoryView m ? m.ToArray() : BytesLike.TryGetSpan(x, out var span) ? span.ToArray() : [];
        return PyInt.FromString(ts, BytesLike.AsNumberText(data), numberBase, Formatting.BytesRepr.Format(data));
    }
}
