namespace ProtoPython.Objects;

/// <summary>
/// Argument parsing for C# functions with CPython's exact error messages. Two styles, as in CPython:
/// <list type="bullet">
/// <item><see cref="Parse"/>: Argument Clinic's <c>_PyArg_UnpackKeywords</c> for functions taking
/// keywords (<c>str.split(sep=None, maxsplit=-1)</c>, <c>list.sort(*, key, reverse)</c>);</item>
/// <item><see cref="CheckPositional"/>: <c>_PyArg_CheckPositional</c> for positional-only builtins
/// (<c>divmod</c>, <c>getattr</c>): "divmod expected 2 arguments, got 1".</item>
/// </list>
/// Arguments come in vectorcall form: positional values, then the keyword values named by
/// <c>kwnames</c>. Methods pass <c>args[1..]</c> (without self); the keyword tail is unaffected.
/// Type errors of single arguments use <see cref="BadArgument"/> ("split() argument 'sep' must be str or None, not int").
/// </summary>
public static class ArgParser
{
    /// <summary>
    /// Unpacks <paramref name="args"/> into <paramref name="result"/> (one slot per entry of
    /// <paramref name="names"/>, <see cref="PyValue.Null"/> where not given).
    /// <paramref name="names"/>: every parameter in order; the first <paramref name="posOnly"/> are
    /// positional-only (their names are never matched against keywords, so "" is fine).
    /// <paramref name="minArgs"/>: how many leading parameters are required.
    /// <paramref name="maxPos"/>: how many may be passed positionally (-1: all; 0 for <c>(*, key, reverse)</c>);
    /// parameters after it are keyword-only.
    /// Example: <c>ArgParser.Parse(ts, "split", args[1..], kwnames, ["sep", "maxsplit"], 0, 0, result)</c>.
    /// False with a pending TypeError.
    /// </summary>
    public static bool Parse(
        ThreadState ts,
        string fname,
        ReadOnlySpan<PyValue> args,
        PyTuple? kwnames,
        ReadOnlySpan<string> names,
        int minArgs,
        int posOnly,
        Span<PyValue> result,
        int maxPos = -1)
    {
        var maxArgs = names.Length;
        if (maxPos < 0)
        {
            maxPos = maxArgs;
        }

        var nkw = kwnames?.Length ?? 0;
        var nargs = args.Length - nkw;
        result[..maxArgs].Clear();
        if (nkw == 0 && minArgs <= nargs && nargs <= maxPos)
        {
            args.CopyTo(result);
            return true;
        }

        if (nargs + nkw > maxArgs)
        {
            ts.SetError(PyExc.TypeError, fname + "() takes at most " + maxArgs + " " + (nargs == 0 ? "keyword " : "") + "argument" + Plural(maxArgs) + " (" + (nargs + nkw) + " given)");
            return false;
        }

        if (nargs > maxPos)
        {
            ts.SetError(PyExc.TypeError, maxPos == 0
                ? fname + "() takes no positional arguments"
                : fname + "() takes " + (minArgs < maxPos ? "at most" : "exactly") + " " + maxPos + " positional argument" + Plural(maxPos) + " (" + nargs + " given)");
            return false;
        }

        var minPosOnly = Math.Min(posOnly, minArgs);
        if (nargs < minPosOnly)
        {
            ts.SetError(PyExc.TypeError, fname + "() takes " + (minPosOnly < maxPos ? "at least" : "exactly") + " " + minPosOnly + " positional argument" + Plural(minPosOnly) + " (" + nargs + " given)");
            return false;
        }

        args[..nargs].CopyTo(result);
        var kwValues = args[nargs..];
        var remaining = nkw;
        for (var i = Math.Max(nargs, posOnly); i < maxArgs; i++)
        {
            var found = remaining > 0 ? FindKeyword(kwnames!, kwValues, names[i]) : PyValue.Null;
            if (remaining == 0 && i >= minArgs)
            {
                break;
            }

            result[i] = found;
            if (!found.IsNull)
            {
                remaining--;
            }
            else if (i < minArgs)
            {
                ts.SetError(PyExc.TypeError, fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
                return false;
            }
        }

        if (remaining > 0)
        {
            for (var i = posOnly; i < nargs; i++)
            {
                if (!FindKeyword(kwnames!, kwValues, names[i]).IsNull)
                {
                    ts.SetError(PyExc.TypeError, "argument for " + fname + "() given by name ('" + names[i] + "') and position (" + (i + 1) + ")");
                    return false;
                }
            }

            UnexpectedKeyword(ts, fname, kwnames!, names[posOnly..]);
            return false;
        }

        return true;
    }

    /// <summary>
    /// The keyword-only parameters after <c>*args</c> (<c>_PyArg_UnpackKeywordsWithVararg</c>, e.g.
    /// <c>print(*args, sep, end, file, flush)</c>): <paramref name="args"/> holds the positional
    /// values (left to the caller) and the keyword values; only <paramref name="names"/> are accepted,
    /// with no "takes at most" check. Unset slots of <paramref name="result"/> are Null.
    /// </summary>
    public static bool ParseVarArgKeywords(ThreadState ts, string fname, ReadOnlySpan<PyValue> args, PyTuple? kwnames, ReadOnlySpan<string> names, Span<PyValue> result)
    {
        result[..names.Length].Clear();
        var nkw = kwnames?.Length ?? 0;
        if (nkw == 0)
        {
            return true;
        }

        var kwValues = args[(args.Length - nkw)..];
        var remaining = nkw;
        for (var i = 0; i < names.Length && remaining > 0; i++)
        {
            result[i] = FindKeyword(kwnames!, kwValues, names[i]);
            if (!result[i].IsNull)
            {
                remaining--;
            }
        }

        if (remaining > 0)
        {
            UnexpectedKeyword(ts, fname, kwnames!, names);
            return false;
        }

        return true;
    }

    /// <summary>
    /// <c>_PyArg_CheckPositional</c> plus <c>_PyArg_NoKwnames</c>: between <paramref name="min"/> and
    /// <paramref name="max"/> positional arguments and no keywords ("getattr expected at least 2 arguments, got 1").
    /// </summary>
    public static bool CheckPositional(ThreadState ts, string name, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int min, int max)
    {
        if (!NoKeywords(ts, name, kwnames))
        {
            return false;
        }

        var nargs = args.Length;
        if (nargs < min)
        {
            ts.SetError(PyExc.TypeError, name + " expected " + (min == max ? "" : "at least ") + min + " argument" + Plural(min) + ", got " + nargs);
            return false;
        }

        if (nargs > max)
        {
            ts.SetError(PyExc.TypeError, name + " expected " + (min == max ? "" : "at most ") + max + " argument" + Plural(max) + ", got " + nargs);
            return false;
        }

        return true;
    }

    /// <summary><c>_PyArg_NoKwnames</c>: "len() takes no keyword arguments".</summary>
    public static bool NoKeywords(ThreadState ts, string fname, PyTuple? kwnames)
    {
        if (kwnames is null || kwnames.Length == 0)
        {
            return true;
        }

        ts.SetError(PyExc.TypeError, fname + "() takes no keyword arguments");
        return false;
    }

    /// <summary><c>_PyArg_NoPositional</c>: "sort() takes no positional arguments".</summary>
    public static bool NoPositional(ThreadState ts, string fname, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (args.Length - (kwnames?.Length ?? 0) == 0)
        {
            return true;
        }

        ts.SetError(PyExc.TypeError, fname + "() takes no positional arguments");
        return false;
    }

    /// <summary>
    /// <c>_PyArg_BadArgument</c>: "<paramref name="fname"/>() argument 'sep' must be str, not int".
    /// <paramref name="displayName"/> is <see cref="ArgName"/>'s result: "argument 'sep'" or "argument 2" for positional-only ones.
    /// </summary>
    public static PyValue BadArgument(ThreadState ts, string fname, string displayName, string expected, PyValue value) =>
        ts.SetError(PyExc.TypeError, fname + "() " + displayName + " must be " + expected + ", not " + TypeNameOf(value));

    /// <summary>How Argument Clinic names parameter <paramref name="index"/> (0-based) in messages: "argument 'x'", or "argument 1" when positional-only.</summary>
    public static string ArgName(ReadOnlySpan<string> names, int index, int posOnly) =>
        index < posOnly ? "argument " + (index + 1) : "argument '" + names[index] + "'";

    /// <summary>The type name as messages show it: "None" for None, the type's name otherwise.</summary>
    public static string TypeNameOf(PyValue value) => value.IsNone ? "None" : value.Type.Name;

    // find_keyword: interned names usually match by reference; fall back to value equality.
    private static PyValue FindKeyword(PyTuple kwnames, ReadOnlySpan<PyValue> kwValues, string name)
    {
        var items = kwnames.Items;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].AsObject is PyStr s && s.Length == name.Length && string.Equals(s.Value, name, StringComparison.Ordinal))
            {
                return kwValues[i];
            }
        }

        return PyValue.Null;
    }

    // error_unexpected_keyword_arg: the first keyword that names no parameter, with a suggestion.
    private static void UnexpectedKeyword(ThreadState ts, string fname, PyTuple kwnames, ReadOnlySpan<string> keywordNames)
    {
        foreach (var kw in kwnames.Items)
        {
            if (kw.AsObject is not PyStr s)
            {
                ts.SetError(PyExc.TypeError, "keywords must be strings");
                return;
            }

            var match = false;
            foreach (var n in keywordNames)
            {
                match |= string.Equals(n, s.Value, StringComparison.Ordinal);
            }

            if (!match)
            {
                var suggestion = KeywordSuggestions.Closest(keywordNames, s.Value);
                ts.SetError(PyExc.TypeError, fname + "() got an unexpected keyword argument '" + s.Value + "'"
                    + (suggestion is null ? "" : ". Did you mean '" + suggestion + "'?"));
                return;
            }
        }

        ts.SetError(PyExc.TypeError, fname + "() got multiple values for a keyword argument");
    }

    private static string Plural(int n) => n == 1 ? "" : "s";
}

/// <summary>
/// Stack room for up to 8 parsed arguments (PyValue holds a reference, so it cannot be
/// stackalloc'ed): <c>var buf = default(ArgBuffer); Span&lt;PyValue&gt; p = buf;</c> then <c>ArgParser.Parse(..., p)</c>.
/// </summary>
[System.Runtime.CompilerServices.InlineArray(8)]
public struct ArgBuffer
{
    private PyValue _element0;
}
