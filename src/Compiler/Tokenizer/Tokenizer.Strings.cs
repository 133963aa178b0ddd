using ProtoPython.Compiler.Text;
using ProtoPython.Objects.Unicode;

namespace ProtoPython.Compiler.Tokenizer;

/// <summary>Names, string prefixes and plain (non-f/t) string literals.</summary>
public sealed partial class Tokenizer
{
    private Token IdentifierOrPrefixedString(int c, int start)
    {
        bool sawB = false, sawR = false, sawU = false, sawF = false, sawT = false;
        while (true)
        {
            if (!sawB && c is 'b' or 'B')
            {
                sawB = true;
            }
            else if (!sawU && c is 'u' or 'U')
            {
                sawU = true;
            }
            else if (!sawR && c is 'r' or 'R')
            {
                sawR = true;
            }
            else if (!sawF && c is 'f' or 'F')
            {
                sawF = true;
            }
            else if (!sawT && c is 't' or 'T')
            {
                sawT = true;
            }
            else
            {
                break;
            }

            c = NextChar();
            if (c is '"' or '\'')
            {
                CheckStringPrefixes(start, sawB, sawR, sawU, sawF, sawT);
                if (sawF || sawT)
                {
                    return FStringStart(c, start, sawR, sawT);
                }

                return PlainString(c, start);
            }
        }

        // Names never span lines (the buffer always ends in '\n'), so scan the buffer directly.
        bool nonAscii = false;
        if (IsPotentialIdentifierChar(c))
        {
            nonAscii = c >= 128;
            int j = _pos;
            string s = _s;
            while (j < s.Length)
            {
                char ch = s[j];
                if (ch < 128)
                {
                    if (!IsPotentialIdentifierChar(ch))
                    {
                        break;
                    }
                }
                else
                {
                    nonAscii = true;
                }

                j++;
            }

            _pos = j;
        }
        else
        {
            Backup(c);
        }
        if (nonAscii && !_extraTokens)
        {
            VerifyIdentifier(start, _pos);
        }

        return Make(TokenKind.Name, start, _pos);
    }

    private void CheckStringPrefixes(int start, bool b, bool r, bool u, bool f, bool t)
    {
        string? pair =
            u && b ? "'u' and 'b'" :
            u && r ? "'u' and 'r'" :
            u && f ? "'u' and 'f'" :
            u && t ? "'u' and 't'" :
            b && f ? "'b' and 'f'" :
            b && t ? "'b' and 't'" :
            f && t ? "'f' and 't'" : null;
        if (pair is not null)
        {
            throw ErrorInRange(start, _pos - 1, pair + " prefixes are incompatible");
        }
    }

    /// <summary>PEP 3131: the first character XID_Start or '_', the rest XID_Continue.</summary>
    private void VerifyIdentifier(int start, int end)
    {
        int i = start;
        bool first = true;
        while (i < end)
        {
            int cp = _s[i];
            int width = 1;
            if (char.IsHighSurrogate(_s[i]) && i + 1 < end && char.IsLowSurrogate(_s[i + 1]))
            {
                cp = char.ConvertToUtf32(_s[i], _s[i + 1]);
                width = 2;
            }

            bool ok = first ? cp == '_' || UnicodeDatabase.IsXidStart(cp) : UnicodeDatabase.IsXidContinue(cp);
            if (!ok)
            {
                _pos = i + width;
                // A lone surrogate cannot be shown; CPython's printable check rejects it anyway.
                string msg = !IsSurrogate(cp) && UnicodeDatabase.IsPrintable(cp)
                    ? $"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})"
                    : $"invalid non-printable character U+{cp:X4}";
                throw ErrorAtCursor(msg);
            }

            first = false;
            i += width;
        }
    }

    private static bool IsSurrogate(int cp) => cp is >= 0xD800 and <= 0xDFFF;

    /// <summary>A string literal without f/t prefix; <paramref name="quote"/> has just been read.</summary>
    private Token PlainString(int quote, int start)
    {
        int firstLine = _tokLine;
        int firstLineStart = _tokLineStart;
        int quoteSize = 1;
        int endQuoteSize = 0;
        bool escapedQuote = false;
        int c = NextChar();
        if (c == quote)
        {
            c = NextChar();
            if (c == quote)
            {
                quoteSize = 3;
            }
            else
            {
                endQuoteSize = 1;
            }
        }

        if (c != quote)
        {
            Backup(c);
        }

        while (endQuoteSize != quoteSize)
        {
            c = NextChar();
            if (c == Eof || (quoteSize == 1 && c == '\n'))
            {
                AtEndOfInput = c == Eof;
                int detectedAt = _line;
                if (_modeIndex > 0)
                {
                    ref var mode = ref _modes[_modeIndex];
                    if (mode.Quote == quote && mode.QuoteSize == quoteSize)
                    {
                        throw ErrorAt(firstLine, firstLineStart, start + 1, $"{mode.Letter}-string: expecting '}}'");
                    }
                }

                string msg = quoteSize == 3
                    ? $"unterminated triple-quoted string literal (detected at line {detectedAt})"
                    : escapedQuote
                        ? $"unterminated string literal (detected at line {detectedAt}); perhaps you escaped the end quote?"
                        : $"unterminated string literal (detected at line {detectedAt})";
                throw ErrorAt(firstLine, firstLineStart, start + 1, msg);
            }

            if (c == quote)
            {
                endQuoteSize++;
            }
            else
            {
                endQuoteSize = 0;
                if (c == '\\')
                {
                    c = NextChar();
                    if (c == quote)
                    {
                        escapedQuote = true;
                    }
                }
            }
        }

        return Make(TokenKind.String, start, _pos);
    }

    /// <summary>
    /// The text of a self-documenting f-string expression (<c>f"{x = }"</c> gives <c>"x = "</c>):
    /// pass the end of the <c>{</c> and the start of the token after the <c>=</c> (<c>!</c>,
    /// <c>:</c> or <c>}</c>). Comments are removed as CPython does for the debug text.
    /// </summary>
    public string DebugExpressionText(int start, int end)
    {
        var span = _s.AsSpan(start, end - start);
        if (span.IndexOf('#') < 0)
        {
            return span.ToString();
        }

        var sb = new System.Text.StringBuilder(span.Length);
        for (int i = 0; i < span.Length; i++)
        {
            if (span[i] == '#')
            {
                while (i < span.Length && span[i] != '\n')
                {
                    i++;
                }

                if (i < span.Length)
                {
                    sb.Append('\n');
                }

                continue;
            }

            sb.Append(span[i]);
        }

        return sb.ToString();
    }
}
