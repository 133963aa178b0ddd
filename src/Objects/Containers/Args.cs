namespace ProtoPython.Objects;

/// <summary>
/// Argument checks of the container methods, with CPython's messages (<c>_PyArg_CheckPositional</c>,
/// <c>_PyArg_NoKeywords</c>). Method arguments arrive as args[0] = self, positionals, keyword values.
/// </summary>
internal static class Args
{
    /// <summary>The positional arguments after self.</summary>
    public static ReadOnlySpan<PyValue> Positional(ReadOnlySpan<PyValue> args, PyTuple? kwnames, int skip = 1) =>
        args[skip..(args.Length - (kwnames?.Length ?? 0))];

    /// <summary>No keywords, between <paramref name="min"/> and <paramref name="max"/> positionals.</summary>
    public static bool Check(ThreadState ts, int count, PyTuple? kwnames, string name, string keywordName, int min, int max)
    {
        if (kwnames is { Length: > 0 })
        {
            ts.SetError(PyExc.TypeError, keywordName + "() takes no keyword arguments");
            return false;
        }

        return CheckCount(ts, count, name, min, max);
    }

    /// <summary>"name expected at least 1 argument, got 0" and its kin.</summary>
    public static bool CheckCount(ThreadState ts, int count, string name, int min, int max)
    {
        if (count < min)
        {
            ts.SetError(PyExc.TypeError, name + " expected " + (min == max ? "" : "at least ") + min + " argument" + (min == 1 ? "" : "s") + ", got " + count);
            return false;
        }

        if (count > max)
        {
            ts.SetError(PyExc.TypeError, name + " expected " + (min == max ? "" : "at most ") + max + " argument" + (max == 1 ? "" : "s") + ", got " + count);
            return false;
        }

        return true;
    }

    /// <summary><c>_PyEval_SliceIndexNotNone</c>: the start/stop of <c>index()</c>.</summary>
    public static bool SliceIndexNotNone(ThreadState ts, PyValue v, out long result)
    {
        if (v.IsInt64)
        {
            result = v.RawBits;
            return true;
        }

        if (!PyInt.IsInt(v) && v.Type.Index is null)
        {
            result = 0;
            ts.SetError(PyExc.TypeError, "slice indices must be integers or have an __index__ method");
            return false;
        }

        return PyOps.TryIndexAsInt64(ts, v, null, out result);
    }

    /// <summary>The [start, stop) of <c>seq.index(x, start, stop)</c> clamped for <paramref name="length"/>.</summary>
    public static bool IndexRange(ThreadState ts, ReadOnlySpan<PyValue> pos, long length, out long start, out long stop)
    {
        start = 0;
        stop = long.MaxValue;
        if ((pos.Length > 1 && !SliceIndexNotNone(ts, pos[1], out start)) || (pos.Length > 2 && !SliceIndexNotNone(ts, pos[2], out stop)))
        {
            return false;
        }

        if (start < 0)
        {
            start = Math.Max(start + length, 0);
        }

        if (stop < 0)
        {
            stop = Math.Max(stop + length, 0);
        }

        return true;
    }

    /// <summary>Keyword argument <paramref name="name"/> of a keyword-only signature, or Null.</summary>
    public static PyValue Keyword(ReadOnlySpan<PyValue> args, PyTuple? kwnames, string name)
    {
        if (kwnames is null)
        {
            return PyValue.Null;
        }

        var first = args.Length - kwnames.Length;
        for (var i = 0; i < kwnames.Length; i++)
        {
            if (kwnames[i].AsObject is PyStr s && s.Value == name)
            {
                return args[first + i];
            }
        }

        return PyValue.Null;
    }

    /// <summary>"f() got an unexpected keyword argument 'x'" for any keyword not in <paramref name="allowed"/>.</summary>
    public static bool OnlyKeywords(ThreadState ts, PyTuple? kwnames, string function, params string[] allowed)
    {
        if (kwnames is null)
        {
            return true;
        }

        foreach (var k in kwnames.Items)
        {
            var name = ((PyStr)k.AsObject).Value;
            if (Array.IndexOf(allowed, name) < 0)
            {
                ts.SetError(PyExc.TypeError, function + "() got an unexpected keyword argument '" + name + "'" + KeywordSuggestions.Hint(allowed, name));
                return false;
            }
        }

        return true;
    }
}

/// <summary>CPython's <c>type->tp_init == Base.tp_init</c> test of float/tuple/frozenset's __new__: keywords go to a subclass's own __init__.</summary>
internal static class InitOverride
{
    private static readonly PyStr s_init = PyStr.Intern("__init__");

    /// <summary>False when <paramref name="type"/>'s <c>__init__</c> is object's (the builtin base defines none).</summary>
    public static bool HasOwnInit(PyType type) =>
        type.TryLookup(s_init, out var init) && PyType.Object.TryGetOwn(s_init, out var objectInit) && !PyValue.Is(init, objectInit);
}
