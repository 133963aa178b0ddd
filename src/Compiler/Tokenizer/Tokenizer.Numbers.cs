namespace ProtoPython.Compiler.Tokenizer;

/// <summary>Numeric literals: decimal, hex, octal, binary, floats, exponents, imaginary, underscores.</summary>
public sealed partial class Tokenizer
{
    private Token Fraction(int start, int c) => Number(c, start, afterDot: true);

    private Token Number(int c, int start, bool afterDot = false)
    {
        if (afterDot)
        {
            goto fraction;
        }

        if (c == '0')
        {
            c = NextChar();
            if (c is 'x' or 'X')
            {
                c = NextChar();
                do
                {
                    if (c == '_')
                    {
                        c = NextChar();
                    }

                    if (!char.IsAsciiHexDigit((char)Math.Max(c, 0)) || c == Eof)
                    {
                        Backup(c);
                        throw ErrorAtCursor("invalid hexadecimal literal");
                    }

                    do
                    {
                        c = NextChar();
                    }
                    while (c != Eof && char.IsAsciiHexDigit((char)c));
                }
                while (c == '_');

                VerifyEndOfNumber(c, "hexadecimal");
            }
            else if (c is 'o' or 'O')
            {
                c = RadixDigits(NextChar(), '8', "octal");
            }
            else if (c is 'b' or 'B')
            {
                c = RadixDigits(NextChar(), '2', "binary");
            }
            else
            {
                bool nonzero = false;
                while (true)
                {
                    if (c == '_')
                    {
                        c = NextChar();
                        if (!IsDigit(c))
                        {
                            Backup(c);
                            throw ErrorAtCursor("invalid decimal literal");
                        }
                    }

                    if (c != '0')
                    {
                        break;
                    }

                    c = NextChar();
                }

                int zerosEnd = _pos;
                if (IsDigit(c))
                {
                    nonzero = true;
                    c = DecimalTail();
                }

                if (c == '.')
                {
                    c = NextChar();
                    goto fraction;
                }

                if (c is 'e' or 'E')
                {
                    goto exponent;
                }

                if (c is 'j' or 'J')
                {
                    goto imaginary;
                }

                if (nonzero && !_extraTokens)
                {
                    Backup(c);
                    throw ErrorInRange(start, zerosEnd - 1,
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
                }

                VerifyEndOfNumber(c, "decimal");
            }

            Backup(c);
            return Make(TokenKind.Number, start, _pos);
        }

        c = DecimalTail();
        if (c == '.')
        {
            c = NextChar();
            goto fraction;
        }

        goto exponent;

    fraction:
        if (IsDigit(c))
        {
            c = DecimalTail();
        }

    exponent:
        if (c is 'e' or 'E')
        {
            int e = c;
            c = NextChar();
            if (c is '+' or '-')
            {
                c = NextChar();
                if (!IsDigit(c))
                {
                    Backup(c);
                    throw ErrorAtCursor("invalid decimal literal");
                }
            }
            else if (!IsDigit(c))
            {
                Backup(c);
                VerifyEndOfNumber(e, "decimal");
                Backup(e);
                return Make(TokenKind.Number, start, _pos);
            }

            c = DecimalTail();
        }

        if (c is 'j' or 'J')
        {
            goto imaginary;
        }

        VerifyEndOfNumber(c, "decimal");
        Backup(c);
        return Make(TokenKind.Number, start, _pos);

    imaginary:
        c = NextChar();
        VerifyEndOfNumber(c, "imaginary");
        Backup(c);
        return Make(TokenKind.Number, start, _pos);
    }

    /// <summary>Digits of an octal or binary literal after its prefix; returns the first character after them.</summary>
    private int RadixDigits(int c, char limit, string kind)
    {
        do
        {
            if (c == '_')
            {
                c = NextChar();
            }

            if (c < '0' || c >= limit)
            {
                if (IsDigit(c))
                {
                    throw ErrorAtCursor($"invalid digit '{(char)c}' in {kind} literal");
                }

                Backup(c);
                throw ErrorAtCursor($"invalid {kind} literal");
            }

            do
            {
                c = NextChar();
            }
            while (c >= '0' && c < limit);
        }
        while (c == '_');

        if (IsDigit(c))
        {
            throw ErrorAtCursor($"invalid digit '{(char)c}' in {kind} literal");
        }

        VerifyEndOfNumber(c, kind);
        return c;
    }

    /// <summary>Reads digits with single underscores between them; returns the first character after.</summary>
    private int DecimalTail()
    {
        int c;
        while (true)
        {
            do
            {
                c = NextChar();
            }
            while (IsDigit(c));

            if (c != '_')
            {
                return c;
            }

            c = NextChar();
            if (!IsDigit(c))
            {
                Backup(c);
                throw ErrorAtCursor("invalid decimal literal");
            }
        }
    }

    /// <summary>
    /// A number directly followed by a keyword that may legally follow it ("1if x else 2") only
    /// warns; any other identifier character is an error.
    /// </summary>
    private void VerifyEndOfNumber(int c, string kind)
    {
        if (_extraTokens)
        {
            return;
        }

        bool keyword = c switch
        {
            'a' => LookaheadWord("nd"),
            'e' => LookaheadWord("lse"),
            'f' => LookaheadWord("or"),
            'i' => Peek() is 'f' or 'n' or 's',
            'o' => LookaheadWord("r"),
            'n' => LookaheadWord("ot"),
            _ => false,
        };
        if (keyword)
        {
            Backup(c);
            Warn("SyntaxWarning", $"invalid {kind} literal");
            _pos++;
        }
        else if (c is >= 0 and < 128 && IsPotentialIdentifierChar(c))
        {
            Backup(c);
            throw ErrorAtCursor($"invalid {kind} literal");
        }
    }

    private bool LookaheadWord(string rest)
    {
        int i = _pos;
        foreach (char ch in rest)
        {
            if (i >= _len || _s[i] != ch)
            {
                return false;
            }

            i++;
        }

        return i >= _len || !IsPotentialIdentifierChar(_s[i]);
    }
}
