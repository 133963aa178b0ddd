using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_csv.Dialect</c>: the validated parsing and writing options. Characters are code points;
/// <see cref="NotSet"/> stands for None (no escapechar, no quotechar).
/// </summary>
internal sealed class CsvDialect(PyType type) : NativeObject(type)
{
    public const int NotSet = -1;
    public const int QuoteMinimal = 0, QuoteAll = 1, QuoteNonNumeric = 2, QuoteNone = 3, QuoteStrings = 4, QuoteNotNull = 5;

    private static readonly string[] s_names = ["dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];
    private static readonly Lazy<PyType> s_type = new(CreateType);

    public static PyType TypeObject => s_type.Value;

    public int Delimiter { get; private set; } = ',';

    public int QuoteChar { get; private set; } = '"';

    public int EscapeChar { get; private set; } = NotSet;

    public string LineTerminator { get; private set; } = "\r\n";

    public int Quoting { get; private set; }

    public bool DoubleQuote { get; private set; } = true;

    public bool SkipInitialSpace { get; private set; }

    public bool Strict { get; private set; }

    private static CsvDialect Self(PyValue v) => (CsvDialect)v.AsObject;

    private static PyValue CharOrNone(int c) => c == NotSet ? PyValue.None : NativeTypes.Str(char.ConvertFromUtf32(c));

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("Dialect", "_csv", subclassable: true);
        t.New = New;
        t.AddGetSet("delimiter", static (ts, v) => CharOrNone(Self(v).Delimiter));
        t.AddGetSet("quotechar", static (ts, v) => CharOrNone(Self(v).QuoteChar));
        t.AddGetSet("escapechar", static (ts, v) => CharOrNone(Self(v).EscapeChar));
        t.AddGetSet("lineterminator", static (ts, v) => NativeTypes.Str(Self(v).LineTerminator));
        t.AddGetSet("quoting", static (ts, v) => PyValue.FromInt64(Self(v).Quoting));
        t.AddMember("doublequote", static (ts, v) => PyValue.FromBool(Self(v).DoubleQuote));
        t.AddMember("skipinitialspace", static (ts, v) => PyValue.FromBool(Self(v).SkipInitialSpace));
        t.AddMember("strict", static (ts, v) => PyValue.FromBool(Self(v).Strict));
        NativeFunction reduce = static (ts, a, kw) => ts.SetError(PyExc.TypeError, "cannot pickle '" + a[0].Type.Name + "' instances");
        t.AddMethod("__reduce__", reduce);
        t.AddMethod("__reduce_ex__", reduce);
        SlotTable.AddWrappers(t);
        return t;
    }

    /// <summary>_call_dialect: a Dialect from an optional dialect (name, Dialect or any object with the attributes) and keyword overrides.</summary>
    public static CsvDialect? Make(ThreadState ts, PyValue dialect, ReadOnlySpan<PyValue> kwValues, PyTuple? kwnames)
    {
        var args = new PyValue[(dialect.IsNull ? 0 : 1) + kwValues.Length];
        if (!dialect.IsNull)
        {
            args[0] = dialect;
        }

        kwValues.CopyTo(args.AsSpan(dialect.IsNull ? 0 : 1));
        var r = PyOps.Call(ts, PyValue.FromObject(TypeObject), args, kwnames);
        return r.IsError ? null : (CsvDialect)r.AsObject;
    }

    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> p = new PyValue[s_names.Length];
        if (!ArgParser.Parse(ts, type.Name, a, kw, s_names, 0, 0, p))
        {
            return PyValue.Error;
        }

        var dialect = p[0];
        if (!dialect.IsNull)
        {
            if (dialect.AsObject is PyStr)
            {
                dialect = CsvModule.GetDialect(ts, dialect);
                if (dialect.IsError)
                {
                    return dialect;
                }
            }

            var overrides = false;
            for (var i = 1; i < p.Length; i++)
            {
                overrides |= !p[i].IsNull;
            }

            if (!overrides && dialect.AsObject is CsvDialect && ReferenceEquals(type, TypeObject))
            {
                return dialect;
            }

            for (var i = 1; i < p.Length; i++)
            {
                if (p[i].IsNull)
                {
                    p[i] = PyOps.TryGetAttr(ts, dialect, PyStr.Intern(s_names[i]), out var value) > 0 ? value : PyValue.Null;
                    ts.ClearError();
                }
            }
        }

        var d = new CsvDialect(type);
        return d.Set(ts, p, quotecharGiven: !p[5].IsNull && p[5].IsNone, quotingGiven: !p[6].IsNull) ? PyValue.FromObject(d) : PyValue.Error;
    }

    private bool Set(ThreadState ts, Span<PyValue> p, bool quotecharGiven, bool quotingGiven)
    {
        if (!SetChar(ts, "delimiter", p[1], ',', false, out var delimiter) || !SetBool(ts, p[2], true, out var doubleQuote)
            || !SetChar(ts, "escapechar", p[3], NotSet, true, out var escape) || !SetString(ts, p[4], out var terminator)
            || !SetChar(ts, "quotechar", p[5], '"', true, out var quote) || !SetInt(ts, p[6], out var quoting)
            || !SetBool(ts, p[7], false, out var skip) || !SetBool(ts, p[8], false, out var strict))
        {
            return false;
        }

        (Delimiter, DoubleQuote, EscapeChar, LineTerminator, QuoteChar, Quoting, SkipInitialSpace, Strict) =
            (delimiter, doubleQuote, escape, terminator, quote, quoting, skip, strict);
        if (Quoting is < 0 or > QuoteNotNull)
        {
            ts.SetError(PyExc.TypeError, "bad \"quoting\" value");
            return false;
        }

        if (quotecharGiven && !quotingGiven)
        {
            Quoting = QuoteNone;
        }

        if (Quoting != QuoteNone && QuoteChar == NotSet)
        {
            ts.SetError(PyExc.TypeError, "quotechar must be set if quoting enabled");
            return false;
        }

        return CheckChar(ts, "delimiter", Delimiter, true) && CheckChar(ts, "escapechar", EscapeChar, !SkipInitialSpace)
            && CheckChar(ts, "quotechar", QuoteChar, !SkipInitialSpace) && CheckPair(ts, "delimiter", "escapechar", Delimiter, EscapeChar)
            && CheckPair(ts, "delimiter", "quotechar", Delimiter, QuoteChar) && CheckPair(ts, "escapechar", "quotechar", EscapeChar, QuoteChar);
    }

    private bool CheckChar(ThreadState ts, string name, int c, bool allowSpace)
    {
        if (c == '\r' || c == '\n' || (c == ' ' && !allowSpace))
        {
            ts.SetError(PyExc.ValueError, "bad " + name + " value");
            return false;
        }

        if (c != NotSet && LineTerminator.Contains(char.ConvertFromUtf32(c), StringComparison.Ordinal))
        {
            ts.SetError(PyExc.ValueError, "bad " + name + " or lineterminator value");
            return false;
        }

        return true;
    }

    private static bool CheckPair(ThreadState ts, string name1, string name2, int c1, int c2)
    {
        if (c1 == c2 && c1 != NotSet)
        {
            ts.SetError(PyExc.ValueError, "bad " + name1 + " or " + name2 + " value");
            return false;
        }

        return true;
    }

    private static bool SetChar(ThreadState ts, string name, PyValue v, int defaultValue, bool allowNone, out int c)
    {
        c = defaultValue;
        if (v.IsNull)
        {
            return true;
        }

        if (allowNone && v.IsNone)
        {
            c = NotSet;
            return true;
        }

        var what = "\"" + name + "\" must be a unicode character" + (allowNone ? " or None" : "") + ", not ";
        if (v.AsObject is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, what + v.Type.Name);
            return false;
        }

        var length = s.Value.Length - (s.Value.Length == 2 && char.IsSurrogatePair(s.Value, 0) ? 1 : 0);
        if (length != 1)
        {
            ts.SetError(PyExc.TypeError, what + "a string of length " + PyOps.Length(ts, v));
            return false;
        }

        c = char.ConvertToUtf32(s.Value, 0);
        return true;
    }

    private static bool SetBool(ThreadState ts, PyValue v, bool defaultValue, out bool b)
    {
        b = defaultValue;
        if (v.IsNull)
        {
            return true;
        }

        var truth = PyOps.IsTrue(ts, v);
        b = truth > 0;
        return truth >= 0;
    }

    private static bool SetString(ThreadState ts, PyValue v, out string s)
    {
        s = "\r\n";
        if (v.IsNull)
        {
            return true;
        }

        if (v.AsObject is not PyStr str)
        {
            ts.SetError(PyExc.TypeError, "\"lineterminator\" must be a string, not " + v.Type.Name);
            return false;
        }

        s = str.Value;
        return true;
    }

    private static bool SetInt(ThreadState ts, PyValue v, out int n)
    {
        n = QuoteMinimal;
        if (v.IsNull)
        {
            return true;
        }

        if (!v.IsExactInt)
        {
            ts.SetError(PyExc.TypeError, "\"quoting\" must be an integer, not " + v.Type.Name);
            return false;
        }

        return ClinicArgs.TryInt(ts, v, 0, out n);
    }
}
