namespace ProtoPython.Objects;

/// <summary>
/// Argument helpers of the str methods, with CPython's messages (Argument Clinic and
/// <c>stringlib</c>). Kept private to str until a shared ArgParser lands.
/// </summary>
internal static class StrArgs
{
    /// <summary>"find expected at least 1 argument, got 0" (<c>_PyArg_CheckPositional</c>), no keywords.</summary>
    public static bool Positional(ThreadState ts, string name, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int min, int max)
    {
        if (kwnames is { Length: > 0 })
        {
            ts.SetError(PyExc.TypeError, "str." + name + "() takes no keyword arguments");
            return false;
        }

        var n = args.Length - 1;
        if (n < min)
        {
            ts.SetError(PyExc.TypeError, name + " expected " + (min == max ? "" : "at least ") + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
            return false;
        }

        if (n > max)
        {
            ts.SetError(PyExc.TypeError, name + " expected " + (min == max ? "" : "at most ") + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
            return false;
        }

        return true;
    }

    /// <summary>
    /// Clinic's keyword unpacking for <c>(self, /, a=..., b=...)</c>-shaped methods: fills
    /// <paramref name="result"/> (Null where not given). <paramref name="posOnly"/> leading
    /// parameters cannot be named; <paramref name="min"/> are required.
    /// </summary>
    public static bool Keywords(ThreadState ts, string name, ReadOnlySpan<PyValue> args, PyTuple? kwnames, ReadOnlySpan<string> names, int posOnly, int min, Span<PyValue> result)
    {
        var nkw = kwnames?.Length ?? 0;
        var npos = args.Length - 1 - nkw;
        result.Clear();
        if (npos + nkw > names.Length)
        {
            ts.SetError(PyExc.TypeError, name + "() takes at most " + names.Length + (npos == 0 ? " keyword" : "") + " argument" + (names.Length == 1 ? "" : "s") + " (" + (npos + nkw) + " given)");
            return false;
        }

        if (npos < Math.Min(posOnly, min))
        {
            var m = Math.Min(posOnly, min);
            ts.SetError(PyExc.TypeError, name + "() takes " + (m < names.Length ? "at least" : "exactly") + " " + m + " positional argument" + (m == 1 ? "" : "s") + " (" + npos + " given)");
            return false;
        }

        for (var i = 0; i < npos; i++)
        {
            result[i] = args[1 + i];
        }

        for (var k = 0; k < nkw; k++)
        {
            var key = ((PyStr)kwnames![k].AsObject).Value;
            var index = -1;
            for (var i = posOnly; i < names.Length; i++)
            {
                if (names[i] == key)
                {
                    index = i;
                }
            }

            if (index < 0)
            {
                ts.SetError(PyExc.TypeError, name + "() got an unexpected keyword argument '" + key + "'" + KeywordSuggestions.Hint(names[posOnly..], key));
                return false;
            }

            if (index < npos)
            {
                ts.SetError(PyExc.TypeError, "argument for " + name + "() given by name ('" + key + "') and position (" + (index + 1) + ")");
                return false;
            }

            result[index] = args[1 + npos + k];
        }

        for (var i = 0; i < min; i++)
        {
            if (result[i].IsNull)
            {
                ts.SetError(PyExc.TypeError, name + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
                return false;
            }
        }

        return true;
    }

    /// <summary>"find() argument 1 must be str, not int".</summary>
    public static PyStr? Str(ThreadState ts, PyValue v, string name, int position)
    {
        if (v.AsObject is PyStr s)
        {
            return s;
        }

        ts.SetError(PyExc.TypeError, name + "() argument " + position + " must be str, not " + ClinicTypeName(v));
        return null;
    }

    /// <summary>Argument Clinic's <c>_PyArg_BadArgument</c> names None "None", other values by type.</summary>
    public static string ClinicTypeName(PyValue v) => v.IsNone ? "None" : v.Type.Name;

    /// <summary>A Py_ssize_t argument (<c>__index__</c>), or a C int one with <paramref name="cInt"/>: OverflowError past its range.</summary>
    public static bool Size(ThreadState ts, PyValue v, out long value, bool cInt = false)
    {
        if (v.IsInt64 && (!cInt || v.RawBits == (int)v.RawBits))
        {
            value = v.RawBits;
            return true;
        }

        if (v.IsFloat)
        {
            value = 0;
            ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            return false;
        }

        var index = PyOps.Index(ts, v);
        value = 0;
        if (index.IsError)
        {
            return false;
        }

        PyInt.TryGetBigInteger(index, out var big);
        var limit = cInt ? int.MaxValue : long.MaxValue;
        if (big > limit || big < -limit - 1)
        {
            ts.SetError(PyExc.OverflowError, cInt ? "Python int too large to convert to C int" : "Python int too large to convert to C ssize_t");
            return false;
        }

        value = (long)big;
        return true;
    }

    /// <summary>
    /// <c>_PyEval_SliceIndex</c> for start/end arguments: None or absent keeps <paramref name="value"/>,
    /// huge values clamp.
    /// </summary>
    public static bool SliceIndex(ThreadState ts, PyValue v, ref long value)
    {
        if (v.IsNull || v.IsNone)
        {
            return true;
        }

        if (v.IsInt64)
        {
            value = v.RawBits;
            return true;
        }

        if (!PyInt.IsInt(v) && v.Type.Index is null)
        {
            ts.SetError(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }

        return PyOps.TryIndexAsInt64(ts, v, null, out value);
    }

    /// <summary>start/end arguments adjusted like a slice of a sequence of <paramref name="length"/> items.</summary>
    public static bool Range(ThreadState ts, ReadOnlySpan<PyValue> args, int first, int length, out int start, out int end)
    {
        long s = 0;
        long e = long.MaxValue;
        start = end = 0;
        if ((args.Length > first && !SliceIndex(ts, args[first], ref s)) || (args.Length > first + 1 && !SliceIndex(ts, args[first + 1], ref e)))
        {
            return false;
        }

        if (e > length)
        {
            e = length;
        }
        else if (e < 0)
        {
            e = Math.Max(0, e + length);
        }

        if (s < 0)
        {
            s = Math.Max(0, s + length);
        }

        start = (int)Math.Min(s, length + 1L);
        end = (int)e;
        return true;
    }
}
