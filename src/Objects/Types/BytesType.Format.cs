using System.Globalization;
using System.Numerics;
using System.Text;

namespace ProtoPython.Objects;

/// <summary>
/// <c>bytes % args</c> (PEP 461): %s %b %r %a %d %i %u %x %X %o %c %e %f %g %%, with flags,
/// width and precision, positional or by mapping key.
/// </summary>
internal static partial class BytesType
{
    private static void InstallFormatting()
    {
        PyType.Bytes.Number[(int)NumberOp.Remainder] = static (ts, a, b) => a.AsObject is PyBytes ? Format(ts, a, b) : PyValue.NotImplemented;
        PyType.ByteArray.Number[(int)NumberOp.Remainder] = static (ts, a, b) => a.AsObject is PyByteArray ? Format(ts, a, b) : PyValue.NotImplemented;
    }

    private static PyValue Format(ThreadState ts, PyValue self, PyValue args)
    {
        var fmt = Data(self);
        var tuple = args.AsObject as PyTuple;
        var mapping = tuple is null && args.Type.GetItem is not null && !BytesLike.IsBuffer(args) && args.AsObject is not PyStr ? args : PyValue.Null;
        var items = tuple is not null ? tuple.Items.ToArray() : [args];
        var next = 0;
        var output = new List<byte>(fmt.Length);
        for (var i = 0; i < fmt.Length; i++)
        {
            if (fmt[i] != '%')
            {
                output.Add(fmt[i]);
                continue;
            }

            if (++i >= fmt.Length)
            {
                return ts.SetError(PyExc.ValueError, "incomplete format");
            }

            PyValue arg = PyValue.Null;
            if (fmt[i] == '(')
            {
                if (mapping.IsNull)
                {
                    return ts.SetError(PyExc.TypeError, "format requires a mapping");
                }

                // The key runs to the matching ')': parentheses nest (b'%(f(o)o)s').
                var close = i + 1;
                for (var depth = 1; close < fmt.Length; close++)
                {
                    depth += fmt[close] == '(' ? 1 : fmt[close] == ')' ? -1 : 0;
                    if (depth == 0)
                    {
                        break;
                    }
                }

                if (close >= fmt.Length)
                {
                    return ts.SetError(PyExc.ValueError, "incomplete format key");
                }

                arg = PyOps.GetItem(ts, mapping, PyBytes.From(fmt[(i + 1)..close].ToArray()));
                if (arg.IsError)
                {
                    return arg;
                }

                i = close + 1;
            }

            var left = false;
            var zero = false;
            var plus = false;
            var space = false;
            var alt = false;
            for (; i < fmt.Length; i++)
            {
                switch (fmt[i])
                {
                    case (byte)'-': left = true; continue;
                    case (byte)'0': zero = true; continue;
                    case (byte)'+': plus = true; continue;
                    case (byte)' ': space = true; continue;
                    case (byte)'#': alt = true; continue;
                }

                break;
            }

            var width = ReadNumber(ts, fmt, ref i, items, ref next, out var widthError);
            var precision = -1L;
            if (!widthError && i < fmt.Length && fmt[i] == '.')
            {
                i++;
                precision = Math.Max(0, ReadNumber(ts, fmt, ref i, items, ref next, out widthError));
            }

            if (widthError)
            {
                return PyValue.Error;
            }

            if (width < 0)
            {
                left = true;
                width = -width;
            }

            while (i < fmt.Length && fmt[i] is (byte)'h' or (byte)'l' or (byte)'L')
            {
                i++;
            }

            if (i >= fmt.Length)
            {
                return ts.SetError(PyExc.ValueError, "incomplete format");
            }

            var conv = (char)fmt[i];
            if (conv == '%')
            {
                output.Add((byte)'%');
                continue;
            }

            if (arg.IsNull)
            {
                if (next >= items.Length)
                {
                    return ts.SetError(PyExc.TypeError, "not enough arguments for format string");
                }

                arg = items[next++];
            }

            byte[]? body;
            var numeric = false;
            var sign = "";
            switch (conv)
            {
                case 's' or 'b':
                    body = BytesOf(ts, arg, conv);
                    if (body is not null && precision >= 0 && precision < body.Length)
                    {
                        body = body[..(int)precision];
                    }

                    break;
                case 'r' or 'a':
                    var repr = PyOps.Repr(ts, arg);
                    body = repr is null ? null : Encoding.ASCII.GetBytes(AsciiEscape(repr));
                    if (body is not null && precision >= 0 && precision < body.Length)
                    {
                        body = body[..(int)precision];
                    }

                    break;
                case 'd' or 'i' or 'u' or 'x' or 'X' or 'o':
                    numeric = true;
                    body = FormatInteger(ts, arg, conv, alt, precision, out sign);
                    break;
                case 'f' or 'F' or 'e' or 'E' or 'g' or 'G':
                    numeric = true;
                    body = FormatFloat(ts, arg, conv, precision, alt, out sign);
                    break;
                case 'c':
                    body = CharOf(ts, arg);
                    break;
                default:
                    return ts.SetError(PyExc.ValueError, "unsupported format character '" + conv + "' (0x" + ((int)conv).ToString("x", CultureInfo.InvariantCulture) + ") at index " + i);
            }

            if (body is null)
            {
                return PyValue.Error;
            }

            if (numeric && sign.Length == 0)
            {
                sign = plus ? "+" : space ? " " : "";
            }

            Pad(output, sign, body, (int)width, left, numeric && zero && !left);
        }

        if (next < items.Length && mapping.IsNull)
        {
            return ts.SetError(PyExc.TypeError, "not all arguments converted during bytes formatting");
        }

        return Make(self, [.. output]);
    }

    private static long ReadNumber(ThreadState ts, ReadOnlySpan<byte> fmt, ref int i, PyValue[] items, ref int next, out bool error)
    {
        error = false;
        if (i < fmt.Length && fmt[i] == '*')
        {
            i++;
            if (next >= items.Length)
            {
                ts.SetError(PyExc.TypeError, "not enough arguments for format string");
                error = true;
                return 0;
            }

            var v = items[next++];
            if (!PyInt.IsInt(v))
            {
                ts.SetError(PyExc.TypeError, "* wants int");
                error = true;
                return 0;
            }

            return v.AsInt64;
        }

        long n = 0;
        while (i < fmt.Length && IsDigit(fmt[i]))
        {
            n = (n * 10) + (fmt[i++] - '0');
        }

        return n;
    }

    private static void Pad(List<byte> output, string sign, byte[] body, int width, bool left, bool zero)
    {
        var len = sign.Length + body.Length;
        var fill = Math.Max(0, width - len);
        if (!left && !zero)
        {
            output.AddRange(Enumerable.Repeat((byte)' ', fill));
        }

        output.AddRange(Encoding.ASCII.GetBytes(sign));
        if (zero)
        {
            // Zero padding goes after the sign and any 0x/0o prefix.
            var prefix = body.Length >= 2 && body[0] == '0' && body[1] is (byte)'x' or (byte)'X' or (byte)'o' ? 2 : 0;
            output.AddRange(body.AsSpan(0, prefix));
            output.AddRange(Enumerable.Repeat((byte)'0', fill));
            output.AddRange(body.AsSpan(prefix).ToArray());
        }
        else
        {
            output.AddRange(body);
        }

        if (left)
        {
            output.AddRange(Enumerable.Repeat((byte)' ', fill));
        }
    }
}
