namespace ProtoPython.Objects.Formatting;

/// <summary>complex.__format__ (CPython's format_complex_internal).</summary>
internal static partial class NumberFormat
{
    /// <summary>
    /// Both parts formatted alike, the imaginary one always signed unless the real part is left
    /// out; no type code means repr-like: <c>(1+2j)</c>, or <c>2j</c> for a +0.0 real part.
    /// Padding applies to the whole; '0' fill and '=' alignment are refused.
    /// </summary>
    public static PyValue FormatComplex(ThreadState ts, double re, double im, PyStr specText)
    {
        if (FormatSpec.Parse(ts, specText, '\0', '>', "complex") is not { } spec)
        {
            return PyValue.Error;
        }

        var type = spec.Type;
        if (type is not (0 or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n'))
        {
            return spec.UnknownType(ts, "complex");
        }

        if (spec.Fill == '0')
        {
            return ts.SetError(PyExc.ValueError, "Zero padding is not allowed in complex format specifier");
        }

        if (spec.Align == '=')
        {
            return ts.SetError(PyExc.ValueError, "'=' alignment flag is not allowed in complex format specifier");
        }

        if (!FloatDigits.CheckPrecision(ts, spec.Precision))
        {
            return PyValue.Error;
        }

        var precision = spec.Precision;
        var defaultPrecision = 6;
        var skipReal = false;
        var parens = false;
        if (type == 0)
        {
            type = 'r';
            defaultPrecision = 0;
            skipReal = re == 0.0 && !double.IsNegative(re);
            parens = !skipReal;
        }
        else if (type == 'n')
        {
            type = 'g';
        }

        if (precision < 0)
        {
            precision = defaultPrecision;
        }
        else if (type == 'r')
        {
            type = 'g';
        }

        var upper = type is 'E' or 'F' or 'G';
        var code = char.ToLowerInvariant((char)type);
        var body = new System.Text.StringBuilder();
        if (parens)
        {
            body.Append('(');
        }

        if (!skipReal)
        {
            body.Append(ComplexPart(FloatDigits.Format(re, code, (int)precision, spec.Alternate, false, spec.NoNegativeZero, upper), spec.Sign, spec));
        }

        body.Append(ComplexPart(FloatDigits.Format(im, code, (int)precision, spec.Alternate, false, spec.NoNegativeZero, upper), skipReal ? spec.Sign : '+', spec));
        body.Append('j');
        if (parens)
        {
            body.Append(')');
        }

        var text = body.ToString();
        var padding = Math.Max(0, spec.Width - text.Length);
        var left = spec.Align switch
        {
            '<' => 0,
            '^' => padding / 2,
            _ => padding,
        };
        if (padding > StrType.MaxStrLength)
        {
            return ts.SetError(PyExc.MemoryError, Array.Empty<PyValue>());
        }

        return PyValue.FromObject(new StrWriter().AppendRepeated(spec.Fill, left).Append(text).AppendRepeated(spec.Fill, padding - left).ToStr());
    }

    // One part without padding: sign, grouped digits, the rest.
    private static string ComplexPart(string text, char signMode, FormatSpec spec)
    {
        var (negative, intDigits, remainder) = SplitNumber(text, spec.FractionGrouping);
        var sign = negative ? "-" : signMode switch
        {
            '+' => "+",
            ' ' => " ",
            _ => "",
        };
        var grouped = intDigits.Length == 0 ? "" : Group(intDigits, 0, spec.Grouping, 3);
        return sign + grouped + remainder;
    }
}
