namespace ProtoPython.Objects.Formatting;

/// <summary>
/// A parsed standard format specifier (PEP 3101's mini-language, 3.14 form):
/// <c>[[fill]align][sign][z][#][0][width][grouping][.[precision][grouping]][type]</c>.
/// </summary>
internal sealed class FormatSpec
{
    public int Fill = ' ';
    public char Align;
    public char Sign;
    public bool NoNegativeZero;
    public bool Alternate;
    public long Width = -1;
    public char Grouping;
    public char FractionGrouping;
    public long Precision = -1;
    public int Type;

    /// <summary>Parses <paramref name="spec"/>; null with a pending ValueError.</summary>
    public static FormatSpec? Parse(ThreadState ts, PyStr spec, char defaultType, char defaultAlign, string typeName)
    {
        var f = new FormatSpec { Align = defaultAlign, Type = defaultType };
        var n = spec.Length;
        var pos = 0;
        var fillSpecified = false;
        var alignSpecified = false;
        if (n >= 2 && IsAlign(spec[1]))
        {
            f.Fill = spec[0];
            f.Align = (char)spec[1];
            fillSpecified = alignSpecified = true;
            pos = 2;
        }
        else if (n >= 1 && IsAlign(spec[0]))
        {
            f.Align = (char)spec[0];
            alignSpecified = true;
            pos = 1;
        }

        if (pos < n && spec[pos] is '+' or '-' or ' ')
        {
            f.Sign = (char)spec[pos++];
        }

        if (pos < n && spec[pos] == 'z')
        {
            f.NoNegativeZero = true;
            pos++;
        }

        if (pos < n && spec[pos] == '#')
        {
            f.Alternate = true;
            pos++;
        }

        if (!fillSpecified && pos < n && spec[pos] == '0')
        {
            f.Fill = '0';
            if (!alignSpecified && defaultAlign == '>')
            {
                f.Align = '=';
            }

            pos++;
        }

        var consumed = ReadInteger(ts, spec, ref pos, out f.Width);
        if (consumed < 0)
        {
            return null;
        }

        if (consumed == 0)
        {
            f.Width = -1;
        }

        if (!ReadGrouping(ts, spec, ref pos, out f.Grouping))
        {
            return null;
        }

        if (pos < n && spec[pos] == '.')
        {
            pos++;
            consumed = ReadInteger(ts, spec, ref pos, out f.Precision);
            if (consumed < 0)
            {
                return null;
            }

            if (consumed == 0)
            {
                f.Precision = -1;
                if (!(pos < n && spec[pos] is ',' or '_'))
                {
                    ts.SetError(PyExc.ValueError, "Format specifier missing precision");
                    return null;
                }
            }

            if (!ReadGrouping(ts, spec, ref pos, out f.FractionGrouping))
            {
                return null;
            }
        }

        if (n - pos > 1)
        {
            ts.SetError(PyExc.ValueError, "Invalid format specifier '" + spec.Value + "' for object of type '" + typeName + "'");
            return null;
        }

        if (n - pos == 1)
        {
            f.Type = spec[pos];
        }

        if (f.Grouping != 0)
        {
            switch (f.Type)
            {
                case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or 0:
                    break;
                case 'b' or 'o' or 'x' or 'X' when f.Grouping == '_':
                    break;
                default:
                    ts.SetError(PyExc.ValueError, "Cannot specify '" + f.Grouping + "' with " + Code(f.Type) + ".");
                    return null;
            }
        }

        if (f.FractionGrouping != 0 && f.Type == 'n')
        {
            ts.SetError(PyExc.ValueError, "Cannot specify '" + f.FractionGrouping + "' with 'n'.");
            return null;
        }

        return f;
    }

    /// <summary>"Unknown format code 'x' for object of type 'float'".</summary>
    public PyValue UnknownType(ThreadState ts, string typeName) =>
        ts.SetError(PyExc.ValueError, "Unknown format code " + Code(Type) + " for object of type '" + typeName + "'");

    private static string Code(int type) =>
        type is > 32 and < 128 ? "'" + (char)type + "'" : "'\\x" + type.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "'";

    private static bool IsAlign(int c) => c is '<' or '>' or '=' or '^';

    private static bool ReadGrouping(ThreadState ts, PyStr spec, ref int pos, out char grouping)
    {
        grouping = '\0';
        if (pos < spec.Length && spec[pos] == ',')
        {
            grouping = ',';
            pos++;
        }

        if (pos < spec.Length && spec[pos] == '_')
        {
            if (grouping != 0)
            {
                ts.SetError(PyExc.ValueError, "Cannot specify both ',' and '_'.");
                return false;
            }

            grouping = '_';
            pos++;
        }

        if (pos < spec.Length && spec[pos] == ',' && grouping == '_')
        {
            ts.SetError(PyExc.ValueError, "Cannot specify both ',' and '_'.");
            return false;
        }

        return true;
    }

    // Decimal digits (any Unicode decimal) as a Py_ssize_t: the count read, or -1 on overflow.
    private static int ReadInteger(ThreadState ts, PyStr spec, ref int pos, out long value)
    {
        value = 0;
        var count = 0;
        for (; pos < spec.Length; pos++, count++)
        {
            var digit = Unicode.UnicodeDatabase.Decimal(spec[pos]);
            if (digit is not { } d)
            {
                break;
            }

            if (value > (long.MaxValue - d) / 10)
            {
                ts.SetError(PyExc.ValueError, "Too many decimal digits in format string");
                return -1;
            }

            value = (value * 10) + d;
        }

        return count;
    }
}
