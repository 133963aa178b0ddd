using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Compiler.Text;
using ProtoPython.Compiler.Tokenizer;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;
using ProtoPython.Runtime.Loading;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>_tokenize</c>: <c>TokenizerIter</c>, our tokenizer behind <c>tokenize.generate_tokens</c> and <c>tokenize.tokenize</c>.</summary>
internal sealed class TokenizeModule : INativeModule
{
    public string Name => "_tokenize";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_tokenize");
        m.Add("TokenizerIter", PyValue.FromObject(TokenizerIter.TypeObject.Value));
        return m;
    }
}

/// <summary>
/// <c>_tokenize.TokenizerIter(readline, *, extra_tokens, encoding=None)</c>: yields
/// <c>(type, string, (row, col), (end_row, end_col), line)</c> with columns in characters. The lines
/// are read from <c>readline</c> up front; tokens (and a SyntaxError) come one at a time.
/// </summary>
internal sealed class TokenizerIter(PyType type, PyValue readline, string? encoding, bool extraTokens) : NativeIterator(type)
{
    public static readonly Lazy<PyType> TypeObject = new(() =>
    {
        var t = NativeTypes.CreateIterator("TokenizerIter", "_tokenize", subclassable: true, New);
        SlotTable.AddWrappers(t);
        return t;
    });

    private Tokenizer? _tokenizer;
    private SourceText? _source;
    private bool _done;
    private int _lastLineno = -1;
    private PyValue _lastLine = PyValue.Null;

    // TokenizerIter(readline, /, *, extra_tokens, encoding=None)
    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        if (!ArgParser.Parse(ts, "tokenizeriter", args, kw, ["", "extra_tokens", "encoding"], 2, 1, p, maxPos: 1))
        {
            return PyValue.Error;
        }

        var extra = PyOps.IsTrue(ts, p[1]);
        if (extra < 0)
        {
            return PyValue.Error;
        }

        string? encoding = null;
        if (!p[2].IsNull)
        {
            if (p[2].AsObject is not PyStr e)
            {
                return ArgParser.BadArgument(ts, "tokenizeriter", "argument 'encoding'", "str", p[2]);
            }

            encoding = e.Value;
        }

        return PyValue.FromObject(new TokenizerIter(type, p[0], encoding, extra > 0));
    }

    public override int Next(ThreadState ts, out PyValue item)
    {
        item = PyValue.Null;
        if (_done)
        {
            return 0;
        }

        if (_tokenizer is null && !ReadSource(ts))
        {
            _done = true;
            return -1;
        }

        Token token;
        try
        {
            token = _tokenizer!.Next();
        }
        catch (PythonSyntaxError e)
        {
            _done = true;
            if (e.Msg.EndsWith("was never closed", StringComparison.Ordinal))
            {
                // The C tokenizer reports open brackets at the end as E_EOF (the parser words it differently).
                UnexpectedEof(ts, _source!.LineCount);
            }
            else
            {
                ts.SetError(SourceCompiler.ToSyntaxError(e));
            }

            return -1;
        }

        if (token.Kind == TokenKind.EndMarker)
        {
            _done = true;
        }

        item = MakeItem(token);
        return 1;
    }

    // SyntaxError('unexpected EOF in multi-line statement') located as PyErr_SyntaxLocationObject does.
    private static void UnexpectedEof(ThreadState ts, int lineno)
    {
        var exc = PyOps.Call1(ts, PyValue.FromObject(PyExc.SyntaxError), NativeTypes.Str("unexpected EOF in multi-line statement"));
        if (exc.IsError)
        {
            return;
        }

        if (PyOps.SetAttr(ts, exc, PyStr.Intern("filename"), NativeTypes.Str("<string>"))
            && PyOps.SetAttr(ts, exc, PyStr.Intern("lineno"), PyValue.FromInt64(lineno))
            && PyOps.SetAttr(ts, exc, PyStr.Intern("offset"), PyValue.FromInt64(0))
            && PyOps.SetAttr(ts, exc, PyStr.Intern("end_lineno"), PyValue.FromInt64(lineno)))
        {
            ts.SetError((PyBaseException)exc.AsObject);
        }
    }

    // Every line readline gives, up to '' or StopIteration.
    private bool ReadSource(ThreadState ts)
    {
        var sb = new System.Text.StringBuilder();
        while (true)
        {
            var line = PyOps.Call0(ts, readline);
            if (line.IsError)
            {
                if (ts.ErrorMatches(PyExc.StopIteration))
                {
                    ts.ClearError();
                    break;
                }

                return false;
            }

            if (encoding is not null)
            {
                line = PyOps.CallMethod(ts, line, PyStr.Intern("decode"), [NativeTypes.Str(encoding)]);
                if (line.IsError)
                {
                    return false;
                }
            }

            if (line.AsObject is not PyStr s)
            {
                ts.SetError(PyExc.TypeError, "readline() returned a non-string object");
                return false;
            }

            if (s.Value.Length == 0)
            {
                break;
            }

            sb.Append(s.Value);
        }

        _source = new SourceText(sb.ToString());
        _tokenizer = new Tokenizer(_source, "<string>", extraTokens);
        return true;
    }

    private PyValue MakeItem(Token t)
    {
        var source = _source!;
        var kind = (int)t.Kind;
        var trailing = t.Lineno > source.LineCount;
        if (extraTokens && kind > (int)TokenKind.Dedent && kind < (int)TokenKind.Op)
        {
            kind = (int)TokenKind.Op;
        }

        var line = trailing ? NativeTypes.Str("") : LineOf(t);
        return NativeTypes.Tuple(
            PyValue.FromInt64(kind),
            NativeTypes.Str(t.Text),
            NativeTypes.Tuple(PyValue.FromInt64(t.Lineno), PyValue.FromInt64(CharColumn(source, t.Lineno, t.ColOffset))),
            NativeTypes.Tuple(PyValue.FromInt64(t.EndLineno), PyValue.FromInt64(CharColumn(source, t.EndLineno, t.EndColOffset))),
            line);
    }

    // The physical line(s) of the token, as the C iterator caches them: a new text when the
    // tokenizer's current line differs from the last token's line (a string literal counts from
    // its first line, and brings every line it spans).
    private PyValue LineOf(Token t)
    {
        var isString = t.Kind is TokenKind.String or TokenKind.FStringMiddle or TokenKind.TStringMiddle;
        if (t.EndLineno != _lastLineno || _lastLine.IsNull)
        {
            var source = _source!;
            var start = source.LineStart(isString ? t.Lineno : t.EndLineno);
            var end = source.LineEnd(t.EndLineno);
            var text = source.Text;
            _lastLine = NativeTypes.Str(text[start..(end < text.Length ? end + 1 : end)]);
        }

        _lastLineno = isString ? t.Lineno : t.EndLineno;
        return _lastLine;
    }

    // A UTF-8 byte column of the line as a column in code points.
    private static int CharColumn(SourceText source, int lineno, int byteCol)
    {
        if (byteCol <= 0 || lineno > source.LineCount)
        {
            return byteCol;
        }

        var text = source.Text;
        var i = source.LineStart(lineno);
        int bytes = 0, chars = 0;
        while (bytes < byteCol && i < text.Length)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                bytes += 4;
                i += 2;
            }
            else
            {
                bytes += ch < 0x80 ? 1 : ch < 0x800 ? 2 : 3;
                i++;
            }

            chars++;
        }

        return chars + Math.Max(0, byteCol - bytes);
    }
}
