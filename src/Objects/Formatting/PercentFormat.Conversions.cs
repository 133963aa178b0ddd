using System.Numerics;
using System.Text;

namespace ProtoPython.Objects.Formatting;

/// <summary>The argument conversions of %-formatting: %c, the integer codes, the float codes.</summary>
internal sealed partial class PercentFormat
{
    private PyStr? Character(PyValue arg)
    {
        if (arg.AsObject is PyStr s)
        {
            if (s.Length == 1)
            {
                return s;
            }

            _ts.SetError(PyExc.TypeError, "%c requires an int or a unicode character, not a string of length " + s.Length);
            return null;
        }

        if (!PyInt.IsInt(arg) && arg.Type.Index is null)
        {
            _ts.SetError(PyExc.TypeError, "%c requires an int or a unicode character, not " + arg.Type.FullyQualifiedName);
            return null;
        }

        var index = PyOps.Index(_ts, arg);
        if (index.IsError)
        {
            return null;
        }

        PyInt.TryGetBigInteger(index, out var n);
        if (n < 0 || n > 0x10FFFF)
        {
            _ts.SetError(PyExc.OverflowError, "%c arg not in range(0x110000)");
            return null;
        }

        return PyStr.FromCodePoint((int)n);
    }

    private bool Integer(PyValue arg, int code, int flags, long precision, out bool negative, out string prefix, out string digits)
    {
        negative = false;
        prefix = digits = "";
        var value = arg;
        if (!PyInt.IsInt(arg))
        {
            var isNumber = arg.IsFloat || arg.Type.Index is not null || arg.Type.ToInt is not null || arg.Type.ToFloat is not null;
            if (!isNumber)
            {
                _ts.SetError(PyExc.TypeError, "%" + (char)code + " format: " + (code is 'o' or 'x' or 'X' ? "an integer" : "a real number") + " is required, not " + arg.Type.Name);
                return false;
            }

            if (code is 'o' or 'x' or 'X')
            {
                if (arg.Type.Index is null)
                {
                    _ts.SetError(PyExc.TypeError, "%" + (char)code + " format: an integer is required, not " + arg.Type.Name);
                    return false;
                }

                value = PyOps.Index(_ts, arg);
            }
            else
            {
                value = arg.IsFloat ? PyInt.FromDouble(_ts, Math.Truncate(arg.AsDouble)) : PyOps.Call1(_ts, PyValue.FromObject(PyType.Int), arg);
            }

            if (value.IsError)
            {
                // mainformatlong: a TypeError from int()/__index__ becomes the format's own message.
                if (_ts.ErrorMatches(PyExc.TypeError))
                {
                    _ts.ClearError();
                    _ts.SetError(PyExc.TypeError, "%" + (char)code + " format: " + (code is 'o' or 'x' or 'X' ? "an integer" : "a real number") + " is required, not " + arg.Type.Name);
                }

                return false;
            }
        }

        PyInt.TryGetBigInteger(value, out var n);
        negative = n.Sign < 0;
        n = BigInteger.Abs(n);
        var radix = code switch { 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        string? text;
        if (radix == 10)
        {
            text = PyInt.ToDecimalString(PyValue.FromBigInteger(n));
            if (text is null)
            {
                PyInt.Repr(_ts, value);
                return false;
            }
        }
        else
        {
            text = radix == 8 ? ToOctal(n) : n.IsZero ? "0" : n.ToString("x", System.Globalization.CultureInfo.InvariantCulture).TrimStart('0');
        }

        if (code == 'X')
        {
            text = text.ToUpperInvariant();
        }

        if (precision > text.Length)
        {
            text = new string('0', (int)(precision - text.Length)) + text;
        }

        if ((flags & FlagAlt) != 0 && radix != 10)
        {
            prefix = code == 'o' ? "0o" : code == 'x' ? "0x" : "0X";
        }

        digits = text;
        return true;
    }

    private bool Real(PyValue arg, out double x)
    {
        x = 0;
        if (arg.IsFloat)
        {
            x = arg.AsDouble;
            return true;
        }

        if (PyInt.IsInt(arg))
        {
            return PyInt.TryToDouble(_ts, arg, out x);
        }

        if (arg.Type.ToFloat is null && arg.Type.Index is null)
        {
            _ts.SetError(PyExc.TypeError, "must be real number, not " + arg.Type.Name);
            return false;
        }

        var f = PyOps.Call1(_ts, PyValue.FromObject(PyType.Float), arg);
        if (f.IsError)
        {
            return false;
        }

        x = f.AsDouble;
        return true;
    }

    private static string ToOctal(BigInteger n)
    {
        if (n.IsZero)
        {
            return "0";
        }

        var sb = new StringBuilder();
        while (!n.IsZero)
        {
            sb.Insert(0, (char)('0' + (int)(n & 7)));
            n >>= 3;
        }

        return sb.ToString();
    }
}
