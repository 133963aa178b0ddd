using ProtoPython.Compiler;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Objects.Unicode;

namespace ProtoPython.Runtime.Errors;

/// <summary>
/// Where the secondary markers of a PEP 657 range go: the operator of a binary operation, the
/// brackets of a subscript, the parentheses of a call (<c>traceback._Anchors</c>). Lines are
/// indices into the segment's lines; offsets are character offsets in those lines.
/// </summary>
internal readonly record struct CaretAnchors(int LeftEndLine, int LeftEndOffset, int RightStartLine, int RightStartOffset, char Primary = '~', char Secondary = '^')
{
    /// <summary>
    /// The anchors of the instruction's source <paramref name="segment"/> (parsed as a parenthesized
    /// expression with our own parser, as traceback.py does with <c>ast</c>), or null when the
    /// segment is no binary operation, subscript or call, or does not parse.
    /// </summary>
    public static CaretAnchors? FromSegment(string segment)
    {
        if (ParseModule("(\n" + segment + "\n)") is not { Body: [Expr statement] })
        {
            return null;
        }

        var finder = new Finder(TracebackText.SplitLines(segment));
        return statement.Value switch
        {
            BinOp bin => finder.BinaryOperator(bin),
            Subscript sub => finder.Brackets(sub.Value, sub, '['),
            Call call => finder.Brackets(call.Func, call, '('),
            _ => null,
        };
    }

    /// <summary>
    /// Whether to draw a marker line at all (<c>StackSummary._should_show_carets</c>): not for a
    /// range that is the whole line, except that anchors or a <c>return f(...)</c> / <c>x = f(...)</c>
    /// statement decide. Offsets are UTF-16 offsets into the first and last lines.
    /// </summary>
    public static bool ShouldShow(int startOffset, int endOffset, List<string> allLines, CaretAnchors? anchors)
    {
        if (ParseModule(string.Join('\n', allLines)) is { } tree)
        {
            if (tree.Body.Count == 0)
            {
                return false;
            }

            var value = tree.Body[0] switch
            {
                Return { Value: Call { Func: Name } call } => call,
                Assign { Value: Call call, Targets: [Name] } => call,
                _ => null,
            };

            // traceback.py compares the AST's byte columns with character offsets; so do we.
            if (value is not null
                && value.Lineno == 1
                && value.EndLineno == allLines.Count
                && value.ColOffset == TracebackText.CodePointCount(allLines[0], startOffset)
                && value.EndColOffset == TracebackText.CodePointCount(allLines[^1], endOffset))
            {
                return false;
            }
        }

        if (anchors is not null)
        {
            return true;
        }

        return !TracebackText.IsBlank(TracebackText.Slice(allLines[0], 0, startOffset))
            || !TracebackText.IsBlank(endOffset >= allLines[^1].Length ? "" : allLines[^1][endOffset..]);
    }

    private static Module? ParseModule(string text)
    {
        try
        {
            return PythonCompiler.Parse(text, new CompileOptions("<unknown>")) as Module;
        }
        catch (PythonSyntaxError)
        {
            return null;
        }
        catch (CompilerLimitError)
        {
            return null;
        }
    }

    /// <summary>The cursor moves of traceback.py's anchor search; each returns false where Python would raise.</summary>
    private sealed class Finder(List<string> lines)
    {
        public CaretAnchors? BinaryOperator(BinOp expr)
        {
            // The operator's first character is the first one after the left operand that is no blank or ')'.
            if (!EndOf(expr.Left, true, out var line, out var col)
                || !AdvanceUntil(ref line, ref col, static c => !UnicodeDatabase.IsSpace(c) && c != ')'))
            {
                return null;
            }

            // The operator has one or two characters, before the right operand.
            var rightCol = col + 1;
            var text = lines[line];
            if (rightCol < text.Length)
            {
                var beforeRight = expr.Right.Lineno - 2 > line;
                if (!beforeRight)
                {
                    if (!CharOffset(expr.Right.Lineno - 2, expr.Right.ColOffset, out var rightStart))
                    {
                        return null;
                    }

                    beforeRight = rightCol < rightStart;
                }

                var ch = text[rightCol];
                if (beforeRight && !UnicodeDatabase.IsSpace(ch) && ch != '\\' && ch != '#')
                {
                    rightCol++;
                }
            }

            return new CaretAnchors(line, col, line, rightCol);
        }

        public CaretAnchors? Brackets(ExprNode head, ExprNode whole, char open)
        {
            if (!EndOf(head, true, out var leftLine, out var leftCol)
                || !AdvanceUntil(ref leftLine, ref leftCol, c => c == open)
                || !EndOf(whole, false, out var rightLine, out var rightCol))
            {
                return null;
            }

            return new CaretAnchors(leftLine, leftCol, rightLine, rightCol);
        }

        /// <summary>The end of <paramref name="expr"/> in segment coordinates (the parse added a line before).</summary>
        private bool EndOf(ExprNode expr, bool forceValid, out int line, out int col)
        {
            line = expr.EndLineno - 2;
            if (!CharOffset(line, expr.EndColOffset, out col))
            {
                return false;
            }

            return !forceValid || NextValid(ref line, ref col);
        }

        private bool CharOffset(int line, int byteOffset, out int col)
        {
            col = 0;
            if (line < 0 || line >= lines.Count)
            {
                return false;
            }

            col = TracebackText.ByteOffsetToCharOffset(lines[line], byteOffset);
            return true;
        }

        private bool NextValid(ref int line, ref int col)
        {
            while (line < lines.Count && col >= lines[line].Length)
            {
                col = 0;
                line++;
            }

            return line < lines.Count && col < lines[line].Length;
        }

        private bool AdvanceUntil(ref int line, ref int col, Func<char, bool> stop)
        {
            while (true)
            {
                var ch = lines[line][col];
                if (ch is '\\' or '#')
                {
                    // A continuation or a comment: go on at the next line.
                    line++;
                    col = 0;
                }
                else if (!stop(ch))
                {
                    col++;
                }
                else
                {
                    return true;
                }

                if (!NextValid(ref line, ref col))
                {
                    return false;
                }
            }
        }
    }
}
