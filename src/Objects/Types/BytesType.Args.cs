namespace ProtoPython.Objects;

/// <summary>
/// Argument checks with Argument Clinic's messages, for the bytes methods (until a shared
/// ArgParser lands): positional-only functions (<c>_PyArg_CheckPositional</c>) and functions
/// taking keywords (<c>_PyArg_UnpackKeywords</c>).
/// </summary>
internal static class BytesArgs
{
    /// <summary>"name expected at least 1 argument, got 0" and friends; <paramref name="args"/> includes self.</summary>
    public static bool CheckPositional(ThreadState ts, string name, ReadOnlySpan<PyValue> args, int min, int max)
    {
        var given = args.Length - 1;
        if (given >= min && given <= max)
        {
            return true;
        }

        var message = min == max ? name + " expected " + Plural(min) + ", got " + given
            : given < min ? name + " expected at least " + Plural(min) + ", got " + given
            : name + " expected at most " + Plural(max) + ", got " + given;
        ts.SetError(PyExc.TypeError, message);
        return false;
    }

    /// <summary>
    /// Fills <paramref name="result"/> (one slot per name, Null when absent) from positional
    /// arguments (after self when <paramref name="hasSelf"/>) and keywords. The first
    /// <paramref name="positionalOnly"/> names cannot be given by keyword; the first
    /// <paramref name="required"/> must be given.
    /// </summary>
    public static bool Parse(ThreadState ts, string fname, ReadOnlySpan<PyValue> args, PyTuple? kwnames, bool hasSelf,
        string[] names, int required, int positionalOnly, Span<PyValue> result)
    {
        var nkw = kwnames?.Length ?? 0;
        var first = hasSelf ? 1 : 0;
        var npos = args.Length - nkw - first;
        result.Clear();
        if (npos + nkw > names.Length)
        {
            ts.SetError(PyExc.TypeError, fname + "() takes at most " + Plural(names.Length) + " (" + (npos + nkw) + " given)");
            return false;
        }

        for (var i = 0; i < npos; i++)
        {
            result[i] = args[first + i];
        }

        for (var k = 0; k < nkw; k++)
        {
            var key = ((PyStr)kwnames![k].AsObject).Value;
            var index = Array.IndexOf(names, key);
            if (index < positionalOnly)
            {
                ts.SetError(PyExc.TypeError, fname + "() got an unexpected keyword argument '" + key + "'" + KeywordSuggestions.Hint(names.AsSpan(positionalOnly), key));
                return false;
            }

            if (!result[index].IsNull)
            {
                ts.SetError(PyExc.TypeError, "argument for " + fname + "() given by name ('" + key + "') and position (" + (index + 1) + ")");
                return false;
            }

            result[index] = args[args.Length - nkw + k];
        }

        for (var i = 0; i < required; i++)
        {
            if (result[i].IsNull)
            {
                ts.SetError(PyExc.TypeError, i < positionalOnly
                    ? fname + "() takes at least " + required + " positional argument" + (required == 1 ? "" : "s") + " (" + npos + " given)"
                    : fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
                return false;
            }
        }

        return true;
    }

    /// <summary>A str argument: "decode() argument 'encoding' must be str, not int".</summary>
    public static bool TryString(ThreadState ts, string fname, string argName, PyValue v, string defaultValue, out string value)
    {
        if (v.IsNull)
        {
            value = defaultValue;
            return true;
        }

        if (v.AsObject is PyStr s)
        {
            value = s.Value;
            return true;
        }

        value = defaultValue;
        ts.SetError(PyExc.TypeError, fname + "() argument '" + argName + "' must be str, not " + v.Type.Name);
        return false;
    }

    /// <summary>An index argument (<c>PyNumber_AsSsize_t</c> with OverflowError).</summary>
    public static bool TryIndex(ThreadState ts, PyValue v, out long value)
    {
        if (!PyInt.IsInt(v) && v.Type.Index is null)
        {
            value = 0;
            ts.SetError(PyExc.TypeError, "'" + v.Type.Name + "' object cannot be interpreted as an integer");
            return false;
        }

        return PyOps.TryIndexAsInt64(ts, v, PyExc.OverflowError, out value);
    }

    /// <summary>An int that must be a byte: as <see cref="TryIndex"/>, but an int too large for 64 bits is clamped, so the range check says ValueError as CPython's does.</summary>
    public static bool TryByteIndex(ThreadState ts, PyValue v, out long value)
    {
        if (!PyInt.IsInt(v) && v.Type.Index is null)
        {
            value = 0;
            ts.SetError(PyExc.TypeError, "'" + v.Type.Name + "' object cannot be interpreted as an integer");
            return false;
        }

        return PyOps.TryIndexAsInt64(ts, v, null, out value);
    }

    /// <summary>Optional start/end of find/count/startswith: None or absent means the default; clamped like slice indices.</summary>
    public static bool TrySliceBounds(ThreadState ts, ReadOnlySpan<PyValue> args, int at, int length, out int start, out int end, bool noneAllowed = true)
    {
        start = 0;
        end = length;
        long s = 0, e = length;
        if (args.Length > at && !(noneAllowed && args[at].IsNone) && !TrySliceIndex(ts, args[at], noneAllowed, out s))
        {
            return false;
        }

        if (args.Length > at + 1 && !(noneAllowed && args[at + 1].IsNone) && !TrySliceIndex(ts, args[at + 1], noneAllowed, out e))
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

        start = (int)Math.Min(s, int.MaxValue);
        end = (int)e;
        return true;
    }

    private static bool TrySliceIndex(ThreadState ts, PyValue v, bool noneAllowed, out long value)
    {
        if (!PyInt.IsInt(v) && v.Type.Index is null)
        {
            value = 0;
            ts.SetError(PyExc.TypeError, noneAllowed
                ? "slice indices must be integers or None or have an __index__ method"
                : "slice indices must be integers or have an __index__ method");
            return false;
        }

        return PyOps.TryIndexAsInt64(ts, v, null, out value);
    }

    private static string Plural(int n) => n + (n == 1 ? " argument" : " arguments");
}
