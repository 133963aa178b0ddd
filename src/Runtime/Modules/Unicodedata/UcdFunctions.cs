using System.Text;
using ProtoPython.Objects;
using ProtoPython.Objects.Unicode;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// The functions of <c>unicodedata</c> and the methods of <c>UCD</c>: one implementation, with
/// <c>legacy</c> choosing the 3.2.0 database. <c>display</c> is the name CPython's METH_O/no-keyword
/// messages show ("unicodedata.category", "UCD.category"); <c>name</c> the one of its
/// positional-count messages ("decimal expected at least 1 argument, got 0").
/// </summary>
internal static class UcdFunctions
{
    private const int NameMaxLength = 256;

    public static readonly string[] Names =
    [
        "decimal", "digit", "numeric", "category", "bidirectional", "combining", "mirrored",
        "east_asian_width", "decomposition", "is_normalized", "normalize", "name", "lookup",
    ];

    public static PyValue Call(ThreadState ts, string name, string display, bool legacy, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (!ArgParser.NoKeywords(ts, display, kwnames))
        {
            return PyValue.Error;
        }

        switch (name)
        {
            case "decimal" or "digit" or "numeric" or "name":
                return ArgParser.CheckPositional(ts, name, args, null, 1, 2) ? WithDefault(ts, name, legacy, args) : PyValue.Error;
            case "normalize" or "is_normalized":
                return ArgParser.CheckPositional(ts, name, args, null, 2, 2) ? Normalize(ts, name, legacy, args[0], args[1]) : PyValue.Error;
        }

        if (args.Length != 1)
        {
            return ts.SetError(PyExc.TypeError, display + "() takes exactly one argument (" + args.Length + " given)");
        }

        if (name == "lookup")
        {
            return Lookup(ts, legacy, args[0]);
        }

        if (!TryChar(ts, name, args[0], out var cp))
        {
            return PyValue.Error;
        }

        return name switch
        {
            "category" => NativeTypes.Str(legacy ? UnicodeDatabase320.Category(cp) : UnicodeDatabase.Category(cp)),
            "bidirectional" => NativeTypes.Str(legacy ? UnicodeDatabase320.Bidirectional(cp) : UnicodeDatabase.Bidirectional(cp)),
            "combining" => PyValue.FromInt64(legacy ? UnicodeDatabase320.Combining(cp) : UnicodeDatabase.Combining(cp)),
            "mirrored" => PyValue.FromInt64(legacy ? UnicodeDatabase320.Mirrored(cp) : UnicodeDatabase.Mirrored(cp)),
            "east_asian_width" => NativeTypes.Str(legacy ? UnicodeDatabase320.EastAsianWidth(cp) : UnicodeDatabase.EastAsianWidth(cp)),
            _ => NativeTypes.Str(legacy ? UnicodeDatabase320.Decomposition(cp) : UnicodeDatabase.Decomposition(cp)),
        };
    }

    /// <summary>The <c>int(accept={str})</c> "unicode character" converter of Argument Clinic.</summary>
    private static bool TryChar(ThreadState ts, string name, PyValue v, out int cp)
    {
        cp = 0;
        if (v.AsObject is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, name + "() argument must be a unicode character, not " + ArgParser.TypeNameOf(v));
            return false;
        }

        if (s.Length != 1)
        {
            ts.SetError(PyExc.TypeError, name + "(): argument must be a unicode character, not a string of length " + s.Length);
            return false;
        }

        cp = s[0];
        return true;
    }

    private static PyValue WithDefault(ThreadState ts, string name, bool legacy, ReadOnlySpan<PyValue> args)
    {
        if (!TryChar(ts, name, args[0], out var cp))
        {
            return PyValue.Error;
        }

        PyValue result;
        string message;
        switch (name)
        {
            case "decimal":
                var dec = legacy ? UnicodeDatabase320.Decimal(cp) : UnicodeDatabase.Decimal(cp);
                result = dec is { } d ? PyValue.FromInt64(d) : PyValue.Null;
                message = "not a decimal";
                break;
            case "digit":
                var dig = legacy ? UnicodeDatabase320.Digit(cp) : UnicodeDatabase.Digit(cp);
                result = dig is { } g ? PyValue.FromInt64(g) : PyValue.Null;
                message = "not a digit";
                break;
            case "numeric":
                var num = legacy ? UnicodeDatabase320.Numeric(cp) : UnicodeDatabase.Numeric(cp);
                result = num is { } n ? PyValue.FromDouble(n) : PyValue.Null;
                message = "not a numeric character";
                break;
            default:
                var text = legacy ? UnicodeDatabase320.GetName(cp) : UnicodeDatabase.GetName(cp);
                result = text is null ? PyValue.Null : NativeTypes.Str(text);
                message = "no such name";
                break;
        }

        if (!result.IsNull)
        {
            return result;
        }

        return args.Length > 1 ? args[1] : ts.SetError(PyExc.ValueError, message);
    }

    private static PyValue Normalize(ThreadState ts, string name, bool legacy, PyValue form, PyValue text)
    {
        if (form.AsObject is not PyStr f)
        {
            return ArgParser.BadArgument(ts, name, "argument 1", "str", form);
        }

        if (text.AsObject is not PyStr s)
        {
            return ArgParser.BadArgument(ts, name, "argument 2", "str", text);
        }

        NormalizationKind kind;
        switch (f.Value)
        {
            case "NFC": kind = NormalizationKind.NFC; break;
            case "NFD": kind = NormalizationKind.NFD; break;
            case "NFKC": kind = NormalizationKind.NFKC; break;
            case "NFKD": kind = NormalizationKind.NFKD; break;
            default: return ts.SetError(PyExc.ValueError, "invalid normalization form");
        }

        // Code points, not UTF-16: a lone surrogate must stay one code point.
        var points = s.CodePoints;
        if (name == "is_normalized")
        {
            var ok = legacy ? UnicodeDatabase320.IsNormalized(kind, points) : UnicodeDatabase.IsNormalized(kind, points);
            return ok ? PyValue.True : PyValue.False;
        }

        var result = legacy ? UnicodeDatabase320.Normalize(kind, points) : UnicodeDatabase.Normalize(kind, points);
        if (ReferenceEquals(s.Type, PyType.Str) && points.SequenceEqual(result))
        {
            return text;
        }

        return PyValue.FromObject(new PyStr(result));
    }

    /// <summary>lookup(name): str or read-only bytes; KeyError with CPython's messages.</summary>
    private static PyValue Lookup(ThreadState ts, bool legacy, PyValue v)
    {
        string name;
        if (v.AsObject is PyStr s)
        {
            name = s.Value;
        }
        else if (v.AsObject is PyBytes b)
        {
            name = Encoding.UTF8.GetString(b.Span);
        }
        else if (BytesLike.IsBuffer(v))
        {
            return ts.SetError(PyExc.TypeError, "lookup() argument must be read-only bytes-like object, not " + v.Type.Name);
        }
        else
        {
            return ts.SetError(PyExc.TypeError, "a bytes-like object is required, not '" + v.Type.Name + "'");
        }

        // CPython reads the name as a C string: it ends at the first NUL.
        var nul = name.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            name = name[..nul];
        }

        if (Encoding.UTF8.GetByteCount(name) > NameMaxLength)
        {
            return ts.SetError(PyExc.KeyError, "name too long");
        }

        int[]? found;
        if (legacy)
        {
            found = UnicodeDatabase320.LookupName(name) is { } one ? [one] : null;
        }
        else
        {
            found = UnicodeDatabase.Lookup(name);
        }

        if (found is null)
        {
            return ts.SetError(PyExc.KeyError, "undefined character name '" + name + "'");
        }

        return PyValue.FromObject(new PyStr(found));
    }
}
