using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>
/// Binds call arguments to a Python function's parameters in its frame window (CPython's
/// <c>initialize_locals</c>): positional, *args, keywords, **kwargs, defaults and keyword-only
/// defaults, with CPython's TypeError messages.
/// </summary>
internal static class ArgumentBinder
{
    /// <summary>
    /// Fills <c>window[baseIndex ..]</c> from <paramref name="args"/> (positional values then the
    /// values of <paramref name="kwnames"/>). False with a pending TypeError.
    /// </summary>
    public static bool Bind(ThreadState ts, PyFunction func, ReadOnlySpan<PyValue> args, PyTuple? kwnames, PyValue[] window, int baseIndex)
    {
        var code = func.Code;
        var nkw = kwnames?.Length ?? 0;
        var npos = args.Length - nkw;
        var argCount = code.ArgCount;
        var hasVarArgs = (code.Flags & CodeFlagBits.VarArgs) != 0;
        var hasVarKw = (code.Flags & CodeFlagBits.VarKeywords) != 0;
        var totalArgs = argCount + code.KwOnlyArgCount;

        // Fast path: exactly the positional parameters, nothing else.
        if (nkw == 0 && npos == argCount && !hasVarArgs && !hasVarKw && code.KwOnlyArgCount == 0)
        {
            args.CopyTo(window.AsSpan(baseIndex, npos));
            return true;
        }

        PyDict? kwDict = null;
        if (hasVarKw)
        {
            kwDict = new PyDict();
            window[baseIndex + totalArgs + (hasVarArgs ? 1 : 0)] = PyValue.FromObject(kwDict);
        }

        var n = Math.Min(npos, argCount);
        args[..n].CopyTo(window.AsSpan(baseIndex, n));
        if (hasVarArgs)
        {
            var extra = npos > argCount ? args[argCount..npos].ToArray() : [];
            window[baseIndex + totalArgs] = PyValue.FromObject(extra.Length == 0 ? PyTuple.Empty : new PyTuple(extra));
        }


        for (var k = 0; k < nkw; k++)
        {
            var name = (PyStr)kwnames![k].AsObject;
            var value = args[npos + k];
            var index = FindParameter(code, name);
            if (index < 0)
            {
                if (kwDict is null)
                {
                    return PositionalOnlyPassed(code, kwnames) ? PositionalOnlyAsKeyword(ts, func, args, kwnames, npos) : UnexpectedKeyword(ts, func, name);
                }

                if (kwDict.TryGetStr(name, out _))
                {
                    ts.SetError(PyExc.TypeError, func.QualName.Value + "() got multiple values for argument '" + name.Value + "'");
                    return false;
                }

                kwDict.SetStr(name, value);
                continue;
            }

            if (index < code.PosOnlyArgCount)
            {
                if (kwDict is not null)
                {
                    kwDict.SetStr(name, value);
                    continue;
                }

                return PositionalOnlyAsKeyword(ts, func, args, kwnames, npos);
            }

            if (!window[baseIndex + index].IsNull)
            {
                ts.SetError(PyExc.TypeError, func.QualName.Value + "() got multiple values for argument '" + name.Value + "'");
                return false;
            }

            window[baseIndex + index] = value;
        }

        // CPython reports surplus positional arguments only after every keyword bound.
        if (npos > argCount && !hasVarArgs)
        {
            return TooManyPositional(ts, func, npos, args, kwnames, window, baseIndex);
        }

        // Defaults fill the trailing positional parameters, kwdefaults the keyword-only ones.
        if (npos < argCount)
        {
            var defaults = func.Defaults;
            var ndefaults = defaults?.Length ?? 0;
            var firstDefault = argCount - ndefaults;
            List<string>? missing = null;
            for (var i = npos; i < argCount; i++)
            {
                if (!window[baseIndex + i].IsNull)
                {
                    continue;
                }

                if (i >= firstDefault)
                {
                    window[baseIndex + i] = defaults![i - firstDefault];
                }
                else
                {
                    (missing ??= []).Add(code.LocalsPlusNames[i].Value);
                }
            }

            if (missing is not null)
            {
                return Missing(ts, func, missing, "positional");
            }
        }

        if (code.KwOnlyArgCount > 0)
        {
            List<string>? missing = null;
            for (var i = argCount; i < totalArgs; i++)
            {
                if (!window[baseIndex + i].IsNull)
                {
                    continue;
                }

                if (func.KwDefaults is { } kwd && kwd.TryGetStr(code.LocalsPlusNames[i], out var dv))
                {
                    window[baseIndex + i] = dv;
                }
                else
                {
                    (missing ??= []).Add(code.LocalsPlusNames[i].Value);
                }
            }

            if (missing is not null)
            {
                return Missing(ts, func, missing, "keyword-only");
            }
        }

        return true;
    }

    private static int FindParameter(PyCode code, PyStr name)
    {
        var total = code.ArgCount + code.KwOnlyArgCount;
        var names = code.LocalsPlusNames;
        for (var i = 0; i < total; i++)
        {
            if (ReferenceEquals(names[i], name))
            {
                return i;
            }
        }

        for (var i = 0; i < total; i++)
        {
            if (PyStr.ValueEquals(names[i], name))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool TooManyPositional(ThreadState ts, PyFunction func, int given, ReadOnlySpan<PyValue> args, PyTuple? kwnames, PyValue[] window, int baseIndex)
    {
        var code = func.Code;
        var ndefaults = func.Defaults?.Length ?? 0;
        var required = code.ArgCount - ndefaults;
        var takes = ndefaults > 0 ? "from " + required + " to " + code.ArgCount : code.ArgCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var plural = ndefaults > 0 || code.ArgCount != 1 ? "s" : "";

        // Keyword-only arguments passed by keyword are mentioned: "(and 1 keyword-only argument)".
        var kwonlyGiven = 0;
        var nkw = kwnames?.Length ?? 0;
        for (var k = 0; k < nkw; k++)
        {
            var index = FindParameter(code, (PyStr)kwnames![k].AsObject);
            if (index >= code.ArgCount)
            {
                kwonlyGiven++;
            }
        }

        var sb = new StringBuilder();
        sb.Append(func.QualName.Value).Append("() takes ").Append(takes).Append(" positional argument").Append(plural).Append(" but ").Append(given);
        if (kwonlyGiven > 0)
        {
            sb.Append(" positional argument").Append(given != 1 ? "s" : "").Append(" (and ").Append(kwonlyGiven)
                .Append(" keyword-only argument").Append(kwonlyGiven != 1 ? "s" : "").Append(')');
        }

        sb.Append(given == 1 && kwonlyGiven == 0 ? " was given" : " were given");
        ts.SetError(PyExc.TypeError, sb.ToString());
        return false;
    }

    private static bool PositionalOnlyPassed(PyCode code, PyTuple kwnames)
    {
        for (var k = 0; k < kwnames.Length; k++)
        {
            var index = FindParameter(code, (PyStr)kwnames[k].AsObject);
            if (index >= 0 && index < code.PosOnlyArgCount)
            {
                return true;
            }
        }

        return false;
    }

    // "got an unexpected keyword argument 'x'", with a "Did you mean" among the keyword-capable parameters.
    private static bool UnexpectedKeyword(ThreadState ts, PyFunction func, PyStr name)
    {
        var code = func.Code;
        var total = code.ArgCount + code.KwOnlyArgCount;
        var message = func.QualName.Value + "() got an unexpected keyword argument '" + name.Value + "'";
        if (total > code.PosOnlyArgCount)
        {
            var candidates = new string[total - code.PosOnlyArgCount];
            for (var i = 0; i < candidates.Length; i++)
            {
                candidates[i] = code.LocalsPlusNames[code.PosOnlyArgCount + i].Value;
            }

            if (KeywordSuggestions.Closest(candidates, name.Value) is { } suggestion)
            {
                message += ". Did you mean '" + suggestion + "'?";
            }
        }

        ts.SetError(PyExc.TypeError, message);
        return false;
    }

    private static bool PositionalOnlyAsKeyword(ThreadState ts, PyFunction func, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int npos)
    {
        var code = func.Code;
        var names = new List<string>();
        for (var k = 0; k < kwnames!.Length; k++)
        {
            var index = FindParameter(code, (PyStr)kwnames[k].AsObject);
            if (index >= 0 && index < code.PosOnlyArgCount)
            {
                names.Add(((PyStr)kwnames[k].AsObject).Value);
            }
        }

        ts.SetError(PyExc.TypeError, func.QualName.Value + "() got some positional-only arguments passed as keyword arguments: '" + string.Join(", ", names) + "'");
        return false;
    }

    private static bool Missing(ThreadState ts, PyFunction func, List<string> names, string kind)
    {
        var sb = new StringBuilder();
        sb.Append(func.QualName.Value).Append("() missing ").Append(names.Count).Append(" required ").Append(kind).Append(" argument")
            .Append(names.Count == 1 ? "" : "s").Append(": ");
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(names.Count == 2 ? " and " : i == names.Count - 1 ? ", and " : ", ");
            }

            sb.Append('\'').Append(names[i]).Append('\'');
        }

        ts.SetError(PyExc.TypeError, sb.ToString());
        return false;
    }
}
