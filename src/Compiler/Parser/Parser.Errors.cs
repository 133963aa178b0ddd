using ProtoPython.Compiler.Ast;
using Attribute = ProtoPython.Compiler.Ast.Attribute;
using Tuple = ProtoPython.Compiler.Ast.Tuple;
using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Compiler.Tokenizer;

namespace ProtoPython.Compiler.Parser;

/// <summary>
/// Error construction with pegen's location rules (Parser/pegen_errors.c, pegen.h macros):
/// columns are 0-based UTF-8 byte offsets in tokens and nodes; the reported offsets are
/// 1-based and count characters of the error's first line, computed by decoding that many
/// bytes of the line (so an end offset on a later line is still measured on the first line).
/// </summary>
internal sealed partial class PegParser
{
    /// <summary>RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns (or <see cref="CurrentPos"/>; -1 for unknown).</summary>
    private PythonSyntaxError RaiseKnownLocation(SyntaxErrorKind kind, int lineno, int col, int endLineno, int endCol, string msg)
    {
        var c = col == CurrentPos ? CurrentPos : col + 1;
        var ec = endCol == CurrentPos ? CurrentPos : endCol + 1;
        return RaiseAt(kind, lineno, c, endLineno, ec, msg);
    }

    private PythonSyntaxError RaiseNode(LocatedNode a, string msg) =>
        RaiseKnownLocation(SyntaxErrorKind.SyntaxError, a.Lineno, a.ColOffset, a.EndLineno, a.EndColOffset, msg);

    private PythonSyntaxError RaiseToken(int index, string msg)
    {
        ref var t = ref _tokens[index];
        return RaiseKnownLocation(SyntaxErrorKind.SyntaxError, t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset, msg);
    }

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_RANGE between two nodes.</summary>
    private PythonSyntaxError RaiseRange(LocatedNode a, LocatedNode b, string msg) =>
        RaiseKnownLocation(SyntaxErrorKind.SyntaxError, a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset, msg);

    private PythonSyntaxError RaiseRangeTokens(int a, int b, string msg)
    {
        ref var ta = ref _tokens[a];
        ref var tb = ref _tokens[b];
        return RaiseKnownLocation(SyntaxErrorKind.SyntaxError, ta.Lineno, ta.ColOffset, tb.EndLineno, tb.EndColOffset, msg);
    }

    private PythonSyntaxError RaiseRangeTokenNode(int a, LocatedNode b, string msg)
    {
        ref var ta = ref _tokens[a];
        return RaiseKnownLocation(SyntaxErrorKind.SyntaxError, ta.Lineno, ta.ColOffset, b.EndLineno, b.EndColOffset, msg);
    }

    private PythonSyntaxError RaiseRangeNodeToken(LocatedNode a, int b, string msg)
    {
        ref var tb = ref _tokens[b];
        return RaiseKnownLocation(SyntaxErrorKind.SyntaxError, a.Lineno, a.ColOffset, tb.EndLineno, tb.EndColOffset, msg);
    }

    /// <summary>RAISE_SYNTAX_ERROR_STARTING_FROM: from a token to wherever the tokenizer is.</summary>
    private PythonSyntaxError RaiseStartingFromToken(int index, string msg)
    {
        ref var t = ref _tokens[index];
        return RaiseKnownLocation(SyntaxErrorKind.SyntaxError, t.Lineno, t.ColOffset, CurrentPos, CurrentPos, msg);
    }

    private PythonSyntaxError RaiseStartingFrom(LocatedNode a, string msg) =>
        RaiseKnownLocation(SyntaxErrorKind.SyntaxError, a.Lineno, a.ColOffset, CurrentPos, CurrentPos, msg);

    /// <summary>RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR (the last token read), or
    /// RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN when <paramref name="useMark"/> is set.</summary>
    private PythonSyntaxError RaiseError(SyntaxErrorKind kind, string msg, bool useMark)
    {
        if (_fill == 0)
        {
            return RaiseAt(kind, 0, 0, 0, -1, msg);
        }

        if (useMark && _mark == _fill)
        {
            Fill();
        }

        var index = useMark ? _mark : _fill - 1;
        ref var t = ref _tokens[index];
        if (HasNoColumn(index))
        {
            // INDENT/DEDENT/ENDMARKER carry no column in pegen: the tokenizer's cursor is used.
            var line = TokenLine(index);
            return RaiseAt(kind, line, CursorColumn(index), line, -1, msg);
        }

        return RaiseAt(kind, t.Lineno, t.ColOffset + 1, t.EndLineno, t.EndColOffset + 1, msg);
    }

    private PythonSyntaxError RaiseSyntaxError(string msg) => RaiseError(SyntaxErrorKind.SyntaxError, msg, useMark: false);

    private PythonSyntaxError RaiseIndentationError(string msg) => RaiseError(SyntaxErrorKind.IndentationError, msg, useMark: false);

    private PythonSyntaxError RaiseOnNextToken(string msg) => RaiseError(SyntaxErrorKind.SyntaxError, msg, useMark: true);

    private bool HasNoColumn(int index) => _tokens[index].ColOffset < 0;

    /// <summary>The line pegen's tokenizer reports for a token (it never passes the last line).</summary>
    private int TokenLine(int index) => Math.Min(_tokens[index].Lineno, _lines.LastLine);

    /// <summary>Where the tokenizer's cursor is after reading the token at <paramref name="index"/>.</summary>
    private int CursorColumn(int index)
    {
        ref var t = ref _tokens[index];
        if (HasNoColumn(index))
        {
            // After INDENT/DEDENT the tokenizer stands after the indentation of the line; at
            // the end of input, after the last line and its (possibly implied) newline.
            if (t.Start < _lines.Text.Length && _types[index] is not (Tok.EndMarker or Tok.Newline))
            {
                return _lines.IndentWidth(t.Lineno);
            }

            // Only exec input has a newline appended at the end; the cursor stops before ours.
            var implicitNewline = _implicitNewline >= 0 && _options.Mode != CompileMode.Exec ? 1 : 0;
            return _lines.LastLineCursor - implicitNewline;
        }

        return t.EndColOffset;
    }

    /// <summary>_PyPegen_raise_error_known_location with 1-based byte columns.</summary>
    private PythonSyntaxError RaiseAt(SyntaxErrorKind kind, int lineno, int col, int endLineno, int endCol, string msg)
    {
        if (endLineno == CurrentPos || endCol == CurrentPos)
        {
            var last = _fill - 1;
            if (endLineno == CurrentPos)
            {
                endLineno = last >= 0 ? (HasNoColumn(last) ? TokenLine(last) : _tokens[last].EndLineno) : lineno;
            }

            if (endCol == CurrentPos)
            {
                endCol = last >= 0 ? CursorColumn(last) : 0;
            }
        }

        // pegen measures on the tokenizer's current line (with its newline) or, for an earlier
        // line, on the text up to the newline.
        var line = _lines.GetLine(lineno);
        if (lineno < TokenizerLine() && line.EndsWith('\n'))
        {
            line = line[..^1];
        }

        var colNumber = SourceLines.ByteOffsetToCharOffset(line, col);
        var endColNumber = endCol > 0 ? SourceLines.ByteOffsetToCharOffset(line, endCol) : endCol;
        return new PythonSyntaxError(kind, msg, _options.Filename, lineno, colNumber, endLineno, endColNumber, line);
    }

    /// <summary>The line the tokenizer is on: where the last token read ends.</summary>
    private int TokenizerLine()
    {
        if (_fill == 0)
        {
            return 1;
        }

        return HasNoColumn(_fill - 1) ? TokenLine(_fill - 1) : _tokens[_fill - 1].EndLineno;
    }

    /// <summary>
    /// pegen's _PyPegen_tokenize_full_source_to_check_for_errors: after a parser error, the
    /// rest of the input is tokenized; a tokenizer error there wins (unless raised inside an
    /// f-string), and an unclosed bracket wins if it was opened on an earlier line.
    /// </summary>
    private PythonSyntaxError CheckRestOfSource(PythonSyntaxError current)
    {
        if (_options.Mode == CompileMode.Single && (_options.Flags & CompileFlags.AllowIncompleteInput) != 0)
        {
            return current;
        }

        var currentLine = _fill > 0 ? _tokens[_fill - 1].Lineno : 0;
        if (_fill > 0 && _types[_fill - 1] == Tok.EndMarker)
        {
            return current;
        }

        try
        {
            while (_source.Next().Kind != TokenKind.EndMarker)
            {
            }
        }
        catch (PythonSyntaxError e)
        {
            if (!IsErrorStateError(e))
            {
                // An error the C tokenizer raises as an exception replaces the parser's,
                // unless it is raised inside an f-string.
                return _source.InFormatString ? current : e;
            }

            // An error the C tokenizer only records in its state (E_EOF, E_DEDENT, E_LINECONT,
            // ...) stops the scan; a bracket still open from an earlier line then wins.
            // Its line is an earlier one, so its text stops before the newline.
            if (_source.InnermostOpenBracket is { } open && currentLine > open.Lineno)
            {
                return new PythonSyntaxError(
                    SyntaxErrorKind.SyntaxError, $"'{open.Bracket}' was never closed", _options.Filename,
                    open.Lineno, open.Column + 1, open.Lineno, 0, _lines.GetLine(open.Lineno).TrimEnd('\n'));
            }
        }

        return current;
    }

    /// <summary>The tokenizer errors CPython's lexer reports through <c>tok->done</c>, without an exception.</summary>
    private static bool IsErrorStateError(PythonSyntaxError e) =>
        IsUnclosedBracketError(e)
        || e.Msg is "unexpected EOF while parsing"
            or "unindent does not match any outer indentation level"
            or "unexpected character after line continuation character"
            or "inconsistent use of tabs and spaces in indentation"
            or "too many levels of indentation"
            or "invalid token";

    private static bool IsUnclosedBracketError(PythonSyntaxError e) =>
        e.Msg.Length == 20 && e.Msg[0] == '\'' && e.Msg.EndsWith("' was never closed", StringComparison.Ordinal);

    private static bool IsEndOfSourceError(PythonSyntaxError e) =>
        IsUnclosedBracketError(e)
        || e.Msg == "unexpected EOF while parsing"
        || e.Msg.StartsWith("unterminated triple-quoted string literal", StringComparison.Ordinal)
        || e.Msg.StartsWith("unterminated string literal", StringComparison.Ordinal);

    /// <summary>Single-input mode accepts one statement: anything but blanks and comments after it is an error.</summary>
    private bool BadSingleStatement()
    {
        var text = _lines.Text;
        var i = _fill > 0 ? _tokens[_fill - 1].End : 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                i++;
                continue;
            }

            if (c != '#')
            {
                return true;
            }

            while (i < text.Length && text[i] != '\n')
            {
                i++;
            }
        }

        return false;
    }

    /// <summary>_PyPegen_get_expr_name: how an expression is named in messages.</summary>
    private static string ExprName(ExprNode e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        TemplateStr or Interpolation => "t-string expression",
        Constant c => ConstantName(c),
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    private static string ConstantName(Constant c) => c.Value switch
    {
        NoneConstant => "None",
        BoolConstant { Value: false } => "False",
        BoolConstant => "True",
        EllipsisConstant => "ellipsis",
        _ => "literal",
    };

    private enum TargetsType
    {
        Star,
        Del,
        For,
    }

    /// <summary>_PyPegen_get_invalid_target: the first sub-expression that cannot be assigned to.</summary>
    private static ExprNode? InvalidTarget(ExprNode? e, TargetsType type)
    {
        switch (e)
        {
            case null:
                return null;
            case List l:
                foreach (var item in l.Elts)
                {
                    var child = InvalidTarget(item, type);
                    if (child is not null)
                    {
                        return child;
                    }
                }

                return null;
            case Tuple t:
                foreach (var item in t.Elts)
                {
                    var child = InvalidTarget(item, type);
                    if (child is not null)
                    {
                        return child;
                    }
                }

                return null;
            case Starred s:
                return type == TargetsType.Del ? e : InvalidTarget(s.Value, type);
            case Compare c:
                if (type == TargetsType.For)
                {
                    return c.Ops[0] == CmpOperator.In ? InvalidTarget(c.Left, type) : null;
                }

                return e;
            case Name or Subscript or Attribute:
                return null;
            default:
                return e;
        }
    }

    /// <summary>RAISE_SYNTAX_ERROR_INVALID_TARGET; returns normally when nothing is invalid.</summary>
    private void RaiseInvalidTarget(TargetsType type, ExprNode? e)
    {
        var invalid = InvalidTarget(e, type);
        if (invalid is not null)
        {
            var msg = type == TargetsType.Del ? "cannot delete " : "cannot assign to ";
            throw RaiseNode(invalid, msg + ExprName(invalid));
        }
    }
}
