using System.Runtime.CompilerServices;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Compiler.Tokenizer;

namespace ProtoPython.Compiler.Parser;

/// <summary>
/// A PEG parser for Python 3.14, written rule by rule against CPython's Grammar/python.gram
/// (docs/internals/parser.md). Each grammar rule is one method returning its result or null
/// for failure, restoring <see cref="_mark"/> on failure. Errors are thrown as
/// <see cref="PythonSyntaxError"/>; the two-pass strategy of pegen is in <see cref="Run"/>.
/// </summary>
internal sealed partial class PegParser
{
    /// <summary>pegen's MAXSTACK: rule nesting deeper than this is "too complex to parse".</summary>
    private const int MaxStack = 6000;

    /// <summary>
    /// The rule nesting pegen has already used when a simple statement reaches its first
    /// expression rule; our count starts here so unary, not, lambda and conditional chains hit
    /// MAXSTACK at CPython's lengths (tools/parser/depth_limits.py).
    /// </summary>
    private const int BaseDepth = 27;

    /// <summary>pegen's CURRENT_POS marker: "wherever the tokenizer is now".</summary>
    private const int CurrentPos = -5;

    private readonly ITokenSource _source;
    private readonly SourceLines _lines;
    private readonly CompileOptions _options;

    private Token[] _tokens = new Token[256];
    private int[] _types = new int[256];
    private int[] _levels = new int[256];

    /// <summary>Per token, 1 + the index of its first memo entry (0: none), as pegen's per-token memo lists.</summary>
    private int[] _memoHead = new int[256];
    private Memo[] _memoPool = new Memo[1024];
    private int _memoCount;
    private int _fill;
    private int _mark;
    private int _depth;
    private int _bracketLevel;
    private bool _callInvalidRules;
    private bool _parsingStarted;
    private bool _barryAsBdfl;
    private PythonSyntaxError? _tokenizerError;

    /// <summary>The <c># type: ignore</c> comments seen (PyCF_TYPE_COMMENTS), for <see cref="Module.TypeIgnores"/>.</summary>
    private readonly List<TypeIgnoreNode> _typeIgnores = [];
    private readonly int _implicitNewline;

    /// <param name="implicitNewline">Index in <paramref name="text"/> of the newline the tokenizer
    /// added after source that does not end with one, or -1.</param>
    public PegParser(ITokenSource source, string text, CompileOptions options, int implicitNewline = -1)
    {
        _implicitNewline = implicitNewline;
        _source = source;
        _lines = new SourceLines(text);
        _options = options;
        _barryAsBdfl = (options.Flags & CompileFlags.FutureBarryAsBdfl) != 0;
    }

    private struct Memo
    {
        public object? Node;
        public int Rule;
        public int End;
        public int Next;
    }

    /// <summary>Parses the whole input in the mode of the options; throws on error.</summary>
    public ModNode Run()
    {
        ModNode? result = null;
        try
        {
            result = ParseStartRule();
        }
        catch (PythonSyntaxError e) when (_tokenizerError is null)
        {
            // A parser error in the first pass (an action, a forced token) is final, but a
            // tokenizer error further on in the source takes precedence, as in pegen.
            if (IncompleteInputAllowed && TokenizerAtEnd())
            {
                throw RaiseError(SyntaxErrorKind.IncompleteInput, "incomplete input", useMark: false);
            }

            throw CheckRestOfSource(e);
        }
        catch (PythonSyntaxError e) when (IncompleteInputAllowed && IsEndOfSourceError(e))
        {
            throw new PythonSyntaxError(SyntaxErrorKind.IncompleteInput, "incomplete input", e.Filename, e.Lineno, e.Offset, e.EndLineno, -1, e.Text);
        }

        if (result is not null)
        {
            if (_options.Mode == CompileMode.Single && BadSingleStatement())
            {
                throw RaiseError(SyntaxErrorKind.SyntaxError, "multiple statements found while compiling a single statement", useMark: false);
            }

            FutureFeatures.Check(result, _options.Filename, _lines);
            return result;
        }

        if (IncompleteInputAllowed && TokenizerAtEnd())
        {
            throw RaiseError(SyntaxErrorKind.IncompleteInput, "incomplete input", useMark: false);
        }

        // Second pass: the invalid_* rules are enabled to produce a specialized message; the
        // generic error is reported at the furthest token of the first pass.
        var lastToken = _fill - 1;
        Array.Clear(_memoHead, 0, _fill);
        _memoCount = 0;
        _mark = 0;
        _callInvalidRules = true;
        try
        {
            ParseStartRule();
        }
        catch (PythonSyntaxError e) when (_tokenizerError is null)
        {
            throw CheckRestOfSource(e);
        }

        var lastType = _types[lastToken];
        if (lastType == Tok.Indent || lastType == Tok.Dedent)
        {
            throw RaiseError(SyntaxErrorKind.IndentationError, lastType == Tok.Indent ? "unexpected indent" : "unexpected unindent", useMark: false);
        }

        ref var t = ref _tokens[lastToken];
        var generic = RaiseKnownLocation(SyntaxErrorKind.SyntaxError, t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset, "invalid syntax");
        throw CheckRestOfSource(generic);
    }

    private bool IncompleteInputAllowed => (_options.Flags & CompileFlags.AllowIncompleteInput) != 0;

    /// <summary>Where the source ends, before the newline the tokenizer may have added.</summary>
    private int SourceEnd => _implicitNewline >= 0 ? _implicitNewline : _lines.Text.Length;

    /// <summary>pegen's <c>tok->done == E_EOF</c>: the tokenizer has looked at the end of the input.</summary>
    private bool TokenizerAtEnd() =>
        _fill > 0 && (_types[_fill - 1] == Tok.EndMarker || _tokens[_fill - 1].End >= SourceEnd);

    private ModNode? ParseStartRule()
    {
        _depth = BaseDepth;
        return _options.Mode switch
        {
            CompileMode.Eval => EvalRule(),
            CompileMode.Single => InteractiveRule(),
            CompileMode.FuncType => FuncTypeRule(),
            _ => FileRule(),
        };
    }

    // ---- tokens -------------------------------------------------------------------------

    /// <summary>Pulls one more token from the tokenizer into the buffer.</summary>
    private void Fill()
    {
        Token t;
        int type;
        while (true)
        {
            try
            {
                t = _source.Next();
            }
            catch (PythonSyntaxError e)
            {
                _tokenizerError = e;
                throw;
            }

            if (t.Kind == TokenKind.TypeIgnore)
            {
                // Recorded and skipped, as pegen's fill_token: they become Module.type_ignores.
                _typeIgnores.Add(new TypeIgnore { Lineno = t.Lineno, Tag = t.Text });
                continue;
            }

            type = Tok.Classify(t);
            if (type == Tok.Dedent && _options.Mode == CompileMode.Single
                && (_options.Flags & CompileFlags.DontImplyDedent) != 0 && t.Start >= SourceEnd)
            {
                // PyCF_DONT_IMPLY_DEDENT: the blocks still open at the end stay open (codeop).
                continue;
            }

            break;
        }

        if (_options.Mode == CompileMode.Single && type == Tok.EndMarker && _parsingStarted)
        {
            // Single input ends its statement with an implied NEWLINE, as pegen's fill_token.
            type = Tok.Newline;
            t = t with { Kind = TokenKind.Newline };
            _parsingStarted = false;
        }
        else
        {
            _parsingStarted = true;
        }

        if (type == Tok.Newline && _implicitNewline >= 0 && t.Start >= _implicitNewline && _options.Mode != CompileMode.Exec)
        {
            // Only exec input gets a newline appended by CPython; elsewhere the NEWLINE at the
            // end of the input is made at end of file, with no column.
            t = t with { ColOffset = -1, EndColOffset = -1 };
        }
        else if (type == Tok.Newline && t.ColOffset >= 0)
        {
            // pegen's NEWLINE token ends after the newline character.
            t = t with { EndColOffset = t.EndColOffset + 1 };
        }
        else if (type == Tok.EndMarker && _lines.Text.Length == 0)
        {
            // Empty input: the tokenizer has not read a line, pegen reports line 0.
            t = t with { Lineno = 0, EndLineno = 0 };
        }

        if (_fill == _tokens.Length)
        {
            Array.Resize(ref _tokens, _fill * 2);
            Array.Resize(ref _types, _fill * 2);
            Array.Resize(ref _levels, _fill * 2);
            Array.Resize(ref _memoHead, _fill * 2);
        }

        switch (type)
        {
            case Tok.LPar or Tok.LSqb or Tok.LBrace:
                _bracketLevel++;
                break;
            case Tok.RPar or Tok.RSqb or Tok.RBrace:
                if (_bracketLevel > 0)
                {
                    _bracketLevel--;
                }

                break;
        }

        _tokens[_fill] = t;
        _types[_fill] = type;
        _levels[_fill] = _bracketLevel;
        _fill++;
    }

    /// <summary>The type of the token at the mark (filling the buffer if needed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Peek()
    {
        if (_mark == _fill)
        {
            Fill();
        }

        return _types[_mark];
    }

    /// <summary>The type of the token <paramref name="ahead"/> positions after the mark.</summary>
    private int PeekAt(int ahead)
    {
        while (_mark + ahead >= _fill)
        {
            Fill();
        }

        return _types[_mark + ahead];
    }

    /// <summary>Consumes a token of the type; returns its index or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Expect(int type)
    {
        if (Peek() == type)
        {
            return _mark++;
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Eat(int type)
    {
        if (Peek() == type)
        {
            _mark++;
            return true;
        }

        return false;
    }

    /// <summary>Lookahead for a single token type, without consuming it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool At(int type) => Peek() == type;

    /// <summary>pegen's <c>&amp;&amp;'x'</c>: the token must be there, or it is a SyntaxError.</summary>
    private int ExpectForced(int type, string expected)
    {
        if (Peek() == type)
        {
            return _mark++;
        }

        ref var t = ref _tokens[_mark];
        throw RaiseKnownLocation(SyntaxErrorKind.SyntaxError, t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset, $"expected '{expected}'");
    }

    /// <summary>A NAME token as a Name(Load) node.</summary>
    private Name? NameToken()
    {
        if (Peek() != Tok.Name)
        {
            return null;
        }

        return MakeName(_mark++);
    }

    private Name MakeName(int index)
    {
        ref var t = ref _tokens[index];
        return new Name
        {
            Id = Identifier(t.Text),
            Ctx = ExprContext.Load,
            Lineno = t.Lineno,
            ColOffset = t.ColOffset,
            EndLineno = t.EndLineno,
            EndColOffset = t.EndColOffset,
        };
    }

    /// <summary>A soft keyword such as "match": a NAME token with exactly this text.</summary>
    private Name? ExpectSoftKeyword(string keyword)
    {
        if (Peek() != Tok.Name || _tokens[_mark].Text != keyword)
        {
            return null;
        }

        return MakeName(_mark++);
    }

    /// <summary>pegen's SOFT_KEYWORD token: a NAME that is one of the soft keywords.</summary>
    private bool AtSoftKeywordToken()
    {
        if (Peek() != Tok.Name)
        {
            return false;
        }

        var text = _tokens[_mark].Text;
        foreach (var kw in Tok.SoftKeywords)
        {
            if (kw == text)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Identifiers are NFKC-normalized when not ASCII (PEP 3131).</summary>
    private static string Identifier(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                return ProtoPython.Objects.Unicode.UnicodeDatabase.Normalize(ProtoPython.Objects.Unicode.NormalizationKind.NFKC, text);
            }
        }

        return text;
    }

    // ---- positions ----------------------------------------------------------------------

    /// <summary>The last token before the mark that is not NEWLINE/INDENT/DEDENT/ENDMARKER.</summary>
    private ref Token LastNonWhitespace()
    {
        for (var m = _mark - 1; m >= 0; m--)
        {
            if (!Tok.IsWhitespace(_types[m]))
            {
                return ref _tokens[m];
            }
        }

        return ref _tokens[0];
    }

    /// <summary>pegen's EXTRA: from the token at <paramref name="start"/> to the last consumed token.</summary>
    private T Loc<T>(T node, int start)
        where T : LocatedNode
    {
        ref var s = ref _tokens[start];
        ref var e = ref LastNonWhitespace();
        node.Lineno = s.Lineno;
        node.ColOffset = s.ColOffset;
        node.EndLineno = e.EndLineno;
        node.EndColOffset = e.EndColOffset;
        return node;
    }

    /// <summary>The positions of a token.</summary>
    private T LocToken<T>(T node, int index)
        where T : LocatedNode
    {
        ref var t = ref _tokens[index];
        node.Lineno = t.Lineno;
        node.ColOffset = t.ColOffset;
        node.EndLineno = t.EndLineno;
        node.EndColOffset = t.EndColOffset;
        return node;
    }

    /// <summary>pegen's EXTRA_EXPR(head, tail).</summary>
    private static T Span<T>(T node, LocatedNode head, LocatedNode tail)
        where T : LocatedNode
    {
        node.Lineno = head.Lineno;
        node.ColOffset = head.ColOffset;
        node.EndLineno = tail.EndLineno;
        node.EndColOffset = tail.EndColOffset;
        return node;
    }

    // ---- memo and depth -----------------------------------------------------------------

    private bool TryMemo<T>(int rule, out T? result)
        where T : class
    {
        if (_mark == _fill)
        {
            Fill();
        }

        for (var i = _memoHead[_mark]; i != 0; i = _memoPool[i - 1].Next)
        {
            ref var m = ref _memoPool[i - 1];
            if (m.Rule == rule)
            {
                _mark = m.End;
                result = (T?)m.Node;
                return true;
            }
        }

        result = null;
        return false;
    }

    private void StoreMemo(int start, int rule, object? node)
    {
        if (_memoCount == _memoPool.Length)
        {
            Array.Resize(ref _memoPool, _memoCount * 2);
        }

        _memoPool[_memoCount] = new Memo { Node = node, Rule = rule, End = _mark, Next = _memoHead[start] };
        _memoHead[start] = ++_memoCount;
    }

    /// <summary>Counts rule nesting like pegen's p->level and guards the .NET stack (checked
    /// every few levels: a handful of rule frames is far below the guard's margin).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter()
    {
        if (++_depth > MaxStack || ((_depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            throw CompilerLimitError.ParserTooComplex();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave() => _depth--;
}
