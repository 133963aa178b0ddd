namespace ProtoPython.Objects;

/// <summary>
/// Argument binding for the numeric types' methods with Argument Clinic's messages
/// (<c>_PyArg_UnpackKeywords</c>): positional-or-keyword parameters first, then keyword-only ones.
/// Kept private to the numeric types until a shared parser lands.
/// </summary>
internal static class NumberArgs
{
    /// <summary>
    /// Binds <paramref name="args"/> (from <paramref name="first"/> on, keyword values last, named by
    /// <paramref name="kwnames"/>) to <paramref name="names"/>; the first <paramref name="maxPositional"/>
    /// may be given by position, the first <paramref name="required"/> must be given. Unbound
    /// entries of <paramref name="bound"/> stay Null.
    /// </summary>
    public static bool Bind(ThreadState ts, string fname, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int first,
        ReadOnlySpan<string> names, int maxPositional, int required, Span<PyValue> bound)
    {
        var nkw = kwnames?.Length ?? 0;
        var npos = args.Length - nkw - first;
        var total = npos + nkw;
        if (total > names.Length)
        {
            ts.SetError(PyExc.TypeError, fname + "() takes at most " + names.Length + " " + (npos == 0 ? "keyword " : "")
                + "argument" + (names.Length == 1 ? "" : "s") + " (" + total + " given)");
            return false;
        }

        if (npos > maxPositional)
        {
            ts.SetError(PyExc.TypeError, maxPositional == 0
                ? fname + "() takes no positional arguments"
                : fname + "() takes " + (required < maxPositional ? "at most" : "exactly") + " " + maxPositional
                    + " positional argument" + (maxPositional == 1 ? "" : "s") + " (" + npos + " given)");
            return false;
        }

        for (var i = 0; i < npos; i++)
        {
            bound[i] = args[first + i];
        }

        for (var k = 0; k < nkw; k++)
        {
            var key = ((PyStr)kwnames![k].AsObject).Value;
            var index = names.IndexOf(key);
            if (index < 0)
            {
                ts.SetError(PyExc.TypeError, fname + "() got an unexpected keyword argument '" + key + "'" + KeywordSuggestions.Hint(names, key));
                return false;
            }

            if (index < npos)
            {
                ts.SetError(PyExc.TypeError, "argument for " + fname + "() given by name ('" + key + "') and position (" + (index + 1) + ")");
                return false;
            }

            bound[index] = args[first + npos + k];
        }

        for (var i = 0; i < required; i++)
        {
            if (bound[i].IsNull)
            {
                ts.SetError(PyExc.TypeError, i < maxPositional
                    ? fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")"
                    : fname + "() missing required keyword-only argument '" + names[i] + "'");
                return false;
            }
        }

        return true;
    }

    /// <summary>A str argument's text, or Clinic's "f() argument 'name' must be str, not T".</summary>
    public static string? Str(ThreadState ts, string fname, string name, PyValue v)
    {
        if (v.AsObject is PyStr s)
        {
            return s.Value;
        }

        ts.SetError(PyExc.TypeError, fname + "() argument '" + name + "' must be str, not " + TypeName(v));
        return null;
    }

    /// <summary>The name Clinic prints for an argument's type (None for None).</summary>
    public static string TypeName(PyValue v) => v.IsNone ? "None" : v.Type.Name;
}
