using System.Globalization;
using System.Numerics;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Diagnostics;

namespace ProtoPython.Compiler.Parser;

/// <summary>NUMBER tokens to constants (pegen.c: parsenumber), with CPython's limit on decimal digits.</summary>
internal sealed partial class PegParser
{
    /// <summary>sys.int_info.default_max_str_digits.</summary>
    private const int MaxStrDigits = 4300;

    private ConstantValue ParseNumber(int index)
    {
        var text = _tokens[index].Text;
        if (text.Contains('_', StringComparison.Ordinal))
        {
            text = text.Replace("_", "", StringComparison.Ordinal);
        }

        var last = text[^1];
        if (last is 'j' or 'J')
        {
            var imag = double.Parse(text.AsSpan(0, text.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture);
            return ConstantValue.FromComplex(0.0, imag);
        }

        if (text.Length > 1 && text[0] == '0' && text[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            var radix = text[1] is 'x' or 'X' ? 16 : text[1] is 'o' or 'O' ? 8 : 2;
            return ConstantValue.FromInt(ParseRadix(text.AsSpan(2), radix));
        }

        var isInt = true;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                isInt = false;
                break;
            }
        }

        if (isInt)
        {
            if (text.Length > MaxStrDigits)
            {
                ref var t = ref _tokens[index];
                throw RaiseKnownLocation(
                    SyntaxErrorKind.SyntaxError, t.Lineno, -1, t.EndLineno, -1,
                    $"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion: value has {text.Length} digits; "
                    + "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals "
                    + "to avoid decimal conversion limits.");
            }

            if (text.Length <= 18)
            {
                return ConstantValue.FromInt(long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));
            }

            return ConstantValue.FromInt(BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));
        }

        return ConstantValue.FromFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private static BigInteger ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        var shift = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        if (digits.Length * shift < 63)
        {
            long small = 0;
            foreach (var c in digits)
            {
                small = (small << shift) | (long)(uint)DigitValue(c);
            }

            return small;
        }

        var value = BigInteger.Zero;
        foreach (var c in digits)
        {
            value = (value << shift) | DigitValue(c);
        }

        return value;
    }

    private static int DigitValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
