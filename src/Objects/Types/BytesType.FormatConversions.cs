using System.Globalization;
using System.Numerics;
using System.Text;

namespace ProtoPython.Objects;

/// <summary>The conversions of <c>bytes % args</c>: each returns the text of one field (sign apart), or null with an exception pending.</summary>
internal static partial class BytesType
{
    private static byte[]? BytesOf(ThreadState ts, PyValue arg, char conv)
    {
        if (BytesLike.TryGetSpan(arg, out var span))
        {
            return span.ToArray();
        }

        var found = PyOps.LookupSpecial(ts, arg, PyStr.Intern("__bytes__"), out var method);
        if (found > 0)
        {
            var r = PyOps.Call0(ts, method);
            if (r.IsError)
            {
                return null;
            }

            if (r.AsObject is PyBytes b)
            {
                return b.Span.ToArray();
            }

            ts.SetError(PyExc.TypeError, "__bytes__ returned non-bytes (type " + r.Type.Name + ")");
            return null;
        }

        if (found == 0)
        {
            ts.SetError(PyExc.TypeError, "%b requires a bytes-like object, or an object that implements __bytes__, not '" + arg.Type.Name + "'");
        }

        return null;
    }

    /// <summary>ascii(): the repr with non-ASCII code points as \x, \u or \U escapes.</summary>
    private static string AsciiEscape(PyStr repr)
    {
        var sb = new StringBuilder(repr.Length);
        for (var i = 0; i < repr.Length; i++)
        {
            var cp = repr[i];
            _ = cp < 0x80 ? sb.Append((char)cp)
                : cp <= 0xff ? sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture))
                : cp <= 0xffff ? sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture))
                : sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    private static byte[]? FormatInteger(ThreadState ts, PyValue arg, char conv, bool alt, long precision, out string sign)
    {
        sign = "";
        PyValue n;
        if (conv is 'd' or 'i' or 'u')
        {
            if (arg.IsFloat)
            {
                n = PyInt.FromDouble(ts, arg.AsDouble);
            }
            else if (PyInt.IsInt(arg) || arg.Type.Index is not null || arg.Type.ToInt is not null)
            {
                n = PyInt.IsInt(arg) || arg.Type.Index is not null ? PyOps.Index(ts, arg) : arg.Type.ToInt!(ts, arg);
            }
            else
            {
                ts.SetError(PyExc.TypeError, "%" + conv + " format: a real number is required, not " + arg.Type.Name);
                return null;
            }
        }
        else if (PyInt.IsInt(arg) || arg.Type.Index is not null)
        {
            n = PyOps.Index(ts, arg);
        }
        else
        {
            ts.SetError(PyExc.TypeError, "%" + conv + " format: an integer is required, not " + arg.Type.Name);
            return null;
        }

        if (n.IsError || !PyInt.TryGetBigInteger(n, out var value))
        {
            return null;
        }

        if (value.Sign < 0)
        {
            sign = "-";
            value = -value;
        }

        var digits = conv switch
        {
            'x' => ToBase(value, 16, false),
            'X' => ToBase(value, 16, true),
            'o' => ToBase(value, 8, false),
            _ => value.ToString(CultureInfo.InvariantCulture),
        };
        if (precision > digits.Length)
        {
            digits = new string('0', (int)precision - digits.Length) + digits;
        }

        if (alt && conv is 'x' or 'X' or 'o')
        {
            digits = (conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X") + digits;
        }

        return Encoding.ASCII.GetBytes(digits);
    }

    private static string ToBase(BigInteger value, int radix, bool upper)
    {
        if (value.IsZero)
        {
            return "0";
        }

        var sb = new StringBuilder();
        var digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        while (!value.IsZero)
        {
            sb.Insert(0, digits[(int)(value % radix)]);
            value /= radix;
        }

        return sb.ToString();
    }

    private static byte[]? FormatFloat(ThreadState ts, PyValue arg, char conv, long precision, bool alt, out string sign)
    {
        sign = "";
        double x;
        if (arg.IsFloat)
        {
            x = arg.AsDouble;
        }
        else if (!PyInt.IsInt(arg) || !PyInt.TryToDouble(ts, arg, out x))
        {
            if (!ts.HasError)
            {
                ts.SetError(PyExc.TypeError, "must be real number, not " + arg.Type.Name);
            }

            return null;
        }

        if (double.IsNegative(x) && !double.IsNaN(x))
        {
            sign = "-";
            x = -x;
        }

        var p = (int)Math.Min(precision < 0 ? 6 : precision, 1000);
        string text;
        if (!double.IsFinite(x))
        {
            text = double.IsNaN(x) ? "nan" : "inf";
        }
        else
        {
            text = char.ToLowerInvariant(conv) switch
            {
                'f' => x.ToString("F" + p.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + (alt && p == 0 ? "." : ""),
                'e' => Exponential(x, p, alt),
                _ => General(x, p == 0 ? 1 : p, alt),
            };
        }

        return Encoding.ASCII.GetBytes(char.IsUpper(conv) ? text.ToUpperInvariant() : text);
    }

    /// <summary>'%.{p}e': .NET's correctly rounded "E" form with Python's exponent (sign, at least two digits).</summary>
    private static string Exponential(double x, int p, bool alt)
    {
        var text = x.ToString("E" + p.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = text[..e] + (alt && p == 0 ? "." : "");
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>'%.{p}g': fixed or exponential by the exponent after rounding to p digits; trailing zeros dropped unless '#'.</summary>
    private static string General(double x, int p, bool alt)
    {
        var rounded = x.ToString("E" + (p - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var exponent = x == 0 ? 0 : int.Parse(rounded.AsSpan(rounded.IndexOf('E', StringComparison.Ordinal) + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string text;
        if (exponent >= -4 && exponent < p)
        {
            text = x.ToString("F" + (p - 1 - exponent).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (alt && !text.Contains('.', StringComparison.Ordinal))
            {
                text += ".";
            }
            else if (!alt && text.Contains('.', StringComparison.Ordinal))
            {
                text = text.TrimEnd('0').TrimEnd('.');
            }

            return text;
        }

        text = Exponential(x, p - 1, alt);
        if (!alt)
        {
            var e = text.IndexOf('e', StringComparison.Ordinal);
            var mantissa = text[..e];
            if (mantissa.Contains('.', StringComparison.Ordinal))
            {
                mantissa = mantissa.TrimEnd('0').TrimEnd('.');
            }

            text = mantissa + text[e..];
        }

        return text;
    }

    private static byte[]? CharOf(ThreadState ts, PyValue arg)
    {
        if (BytesLike.TryGetSpan(arg, out var span) && arg.AsObject is PyBytes or PyByteArray && span.Length == 1)
        {
            return span.ToArray();
        }

        if (PyInt.IsInt(arg) || arg.Type.Index is not null)
        {
            if (PyOps.TryIndexAsInt64(ts, arg, null, out var n) && n is >= 0 and <= 255)
            {
                return [(byte)n];
            }

            ts.ClearError();
            ts.SetError(PyExc.OverflowError, "%c arg not in range(256)");
            return null;
        }

        ts.SetError(PyExc.TypeError, "%c requires an integer in range(256) or a single byte, not " + arg.Type.FullyQualifiedName);
        return null;
    }
}
