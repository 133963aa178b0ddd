namespace ProtoPython.Objects.Formatting;

/// <summary>
/// printf-style <c>str % args</c> (CPython's <c>PyUnicode_Format</c>): conversions d i u o x X e E
/// f F g G c r s a %, flags - + space # 0, * width and precision, %(key) mapping lookups.
/// </summary>
internal sealed partial class PercentFormat
{
    private const int FlagLeft = 1;
    private const int FlagSign = 2;
    private const int FlagBlank = 4;
    private const int FlagAlt = 8;
    private const int FlagZero = 16;

    private readonly ThreadState _ts;
    private readonly PyValue _args;
    private readonly PyTuple? _tuple;
    private readonly PyValue _dict;
    private int _argIndex;
    private int _argLength;

    private PercentFormat(ThreadState ts, PyValue args)
    {
        _ts = ts;
        _args = args;
        _tuple = args.AsObject as PyTuple;
        if (_tuple is null && args.Type.GetItem is not null && args.AsObject is not PyStr)
        {
            _dict = args;
        }

        if (_tuple is not null)
        {
            _argLength = _tuple.Length;
        }
        else
        {
            _argLength = -1;
            _argIndex = -2;
        }
    }

    /// <summary><paramref name="format"/> % <paramref name="args"/>.</summary>
    public static PyValue Format(ThreadState ts, PyStr format, PyValue args)
    {
        var f = new PercentFormat(ts, args);
        var w = new StrWriter();
        return f.Run(format, w) ? PyValue.FromObject(w.ToStr()) : PyValue.Error;
    }

    private bool Run(PyStr s, StrWriter w)
    {
        var n = s.Length;
        var pos = 0;
        while (pos < n)
        {
            var literal = pos;
            while (pos < n && s[pos] != '%')
            {
                pos++;
            }

            w.Append(s, literal, pos);
            if (pos >= n)
            {
                break;
            }

            pos++;
            if (pos < n && s[pos] == '%')
            {
                w.AppendCodePoint('%');
                pos++;
                continue;
            }

            if (!Conversion(s, ref pos, w))
            {
                return false;
            }
        }

        if (_argIndex < _argLength && _dict.IsNull)
        {
            _ts.SetError(PyExc.TypeError, "not all arguments converted during string formatting");
            return false;
        }

        return true;
    }

    private bool Conversion(PyStr s, ref int pos, StrWriter w)
    {
        var n = s.Length;
        var hasKey = false;
        PyValue keyed = default;
        if (pos < n && s[pos] == '(')
        {
            if (_dict.IsNull)
            {
                _ts.SetError(PyExc.TypeError, "format requires a mapping");
                return false;
            }

            var start = ++pos;
            var depth = 1;
            while (pos < n && depth > 0)
            {
                if (s[pos] == ')')
                {
                    depth--;
                }
                else if (s[pos] == '(')
                {
                    depth++;
                }

                pos++;
            }

            if (depth > 0)
            {
                _ts.SetError(PyExc.ValueError, "incomplete format key");
                return false;
            }

            keyed = PyOps.GetItem(_ts, _dict, PyValue.FromObject(s.Slice(start, pos - 1)));
            if (keyed.IsError)
            {
                return false;
            }

            // Positional conversions after a key find no argument.
            hasKey = true;
            _argLength = -1;
            _argIndex = -1;
        }

        var flags = 0;
        while (pos < n)
        {
            var flag = s[pos] switch
            {
                '-' => FlagLeft,
                '+' => FlagSign,
                ' ' => FlagBlank,
                '#' => FlagAlt,
                '0' => FlagZero,
                _ => 0,
            };
            if (flag == 0)
            {
                break;
            }

            flags |= flag;
            pos++;
        }

        long width = -1;
        long precision = -1;
        if (pos < n && s[pos] == '*')
        {
            pos++;
            if (!StarArgument(out width, isWidth: true))
            {
                return false;
            }

            if (width < 0)
            {
                flags |= FlagLeft;
                width = -width;
            }
        }
        else if (!Digits(s, ref pos, "width too big", ref width))
        {
            return false;
        }

        if (pos < n && s[pos] == '.')
        {
            pos++;
            precision = 0;
            if (pos < n && s[pos] == '*')
            {
                pos++;
                if (!StarArgument(out precision, isWidth: false))
                {
                    return false;
                }

                if (precision < 0)
                {
                    precision = 0;
                }
            }
            else if (!Digits(s, ref pos, "precision too big", ref precision))
            {
                return false;
            }
        }

        while (pos < n && s[pos] is 'h' or 'l' or 'L')
        {
            pos++;
        }

        if (pos >= n)
        {
            _ts.SetError(PyExc.ValueError, "incomplete format");
            return false;
        }

        var code = s[pos++];
        PyValue arg;
        if (hasKey)
        {
            arg = keyed;
        }
        else if (!NextArgument(out arg))
        {
            return false;
        }

        string sign = "", prefix = "";
        PyStr body;
        var numeric = true;
        switch (code)
        {
            case 's' or 'r' or 'a':
                numeric = false;
                var text = code == 's' ? PyOps.Str(_ts, arg) : PyOps.Repr(_ts, arg);
                if (text is null)
                {
                    return false;
                }

                if (code == 'a')
                {
                    text = new PyStr(StringRepr.EscapeNonAsciiText(text));
                }

                body = precision >= 0 && precision < text.Length ? text.Slice(0, (int)precision) : text;
                break;
            case 'c':
                numeric = false;
                if (Character(arg) is not { } ch)
                {
                    return false;
                }

                body = ch;
                break;
            case 'd' or 'i' or 'u' or 'o' or 'x' or 'X':
                if (!Integer(arg, code, flags, precision, out var negative, out prefix, out var digits))
                {
                    return false;
                }

                body = new PyStr(digits);
                sign = negative ? "-" : (flags & FlagSign) != 0 ? "+" : (flags & FlagBlank) != 0 ? " " : "";
                break;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                if (!Real(arg, out var x) || !FloatDigits.CheckPrecision(_ts, precision))
                {
                    return false;
                }

                var formatted = FloatDigits.Format(x, char.ToLowerInvariant((char)code), precision < 0 ? 6 : (int)precision, (flags & FlagAlt) != 0, false, false, code is 'E' or 'F' or 'G');
                if (formatted.StartsWith('-'))
                {
                    sign = "-";
                    formatted = formatted[1..];
                }
                else
                {
                    sign = (flags & FlagSign) != 0 ? "+" : (flags & FlagBlank) != 0 ? " " : "";
                }

                body = new PyStr(formatted);
                break;
            default:
                _ts.SetError(PyExc.ValueError, "unsupported format character '" + (code is >= 31 and <= 126 ? (char)code : '?') + "' (0x" + code.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + ") at index " + (pos - 1));
                return false;
        }

        var length = sign.Length + prefix.Length + body.Length;
        var pad = Math.Max(0, width - length);
        if (pad > StrType.MaxStrLength)
        {
            _ts.SetError(PyExc.MemoryError, Array.Empty<PyValue>());
            return false;
        }

        if ((flags & FlagLeft) != 0)
        {
            w.Append(sign).Append(prefix).Append(body).AppendRepeated(' ', pad);
        }
        else if (numeric && (flags & FlagZero) != 0)
        {
            w.Append(sign).Append(prefix).AppendRepeated('0', pad).Append(body);
        }
        else
        {
            w.AppendRepeated(' ', pad).Append(sign).Append(prefix).Append(body);
        }

        return true;
    }

    private bool NextArgument(out PyValue arg)
    {
        if (_argIndex < _argLength)
        {
            var i = _argIndex++;
            arg = _argLength < 0 ? _args : _tuple![i];
            return true;
        }

        arg = default;
        _ts.SetError(PyExc.TypeError, "not enough arguments for format string");
        return false;
    }

    private bool StarArgument(out long value, bool isWidth)
    {
        value = 0;
        if (!NextArgument(out var v))
        {
            return false;
        }

        if (!PyInt.IsInt(v))
        {
            _ts.SetError(PyExc.TypeError, "* wants int");
            return false;
        }

        // Width is a Py_ssize_t, precision a C int.
        var limit = isWidth ? long.MaxValue : int.MaxValue;
        if (!PyInt.TryGetBigInteger(v, out var big) || big > limit || big < -limit)
        {
            _ts.SetError(PyExc.OverflowError, isWidth ? "Python int too large to convert to C ssize_t" : "Python int too large to convert to C int");
            return false;
        }

        value = (long)big;
        return true;
    }

    private bool Digits(PyStr s, ref int pos, string tooBig, ref long value)
    {
        if (pos >= s.Length || s[pos] is < '0' or > '9')
        {
            return true;
        }

        value = 0;
        while (pos < s.Length && s[pos] is >= '0' and <= '9')
        {
            var digit = s[pos++] - '0';
            var limit = tooBig.StartsWith('w') ? long.MaxValue : int.MaxValue;
            if (value > (limit - digit) / 10)
            {
                _ts.SetError(PyExc.ValueError, tooBig);
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

}
