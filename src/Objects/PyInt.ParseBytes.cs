using System.Globalization;

namespace ProtoPython.Objects;

public static partial class PyInt
{
    /// <summary>
    /// <c>int(b'...', base)</c> (CPython's _PyLong_FromBytes): ASCII digits as in a str; any other
    /// byte is invalid. The ValueError shows the bytes' repr (at most 200 of them).
    /// </summary>
    public static PyValue FromBytes(ThreadState ts, ReadOnlySpan<byte> data, int numberBase)
    {
        if (numberBase != 0 && (numberBase < 2 || numberBase > 36))
        {
            return ts.SetError(PyExc.ValueError, "int() base must be >= 2 and <= 36, or 0");
        }

        var chars = new char[data.Length];
        for (var i = 0; i < data.Length; i++)
        {
            chars[i] = data[i] is > 0 and < 0x80 ? (char)data[i] : '?';
        }

        var status = Parse(new string(chars), numberBase, out var value, out var digitCount);
        if (status == ParseStatus.TooManyDigits)
        {
            return ts.SetError(PyExc.ValueError, "Exceeds the limit (" + MaxStrDigits.ToString(CultureInfo.InvariantCulture)
                + " digits) for integer string conversion: value has " + digitCount.ToString(CultureInfo.InvariantCulture)
                + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }

        if (status == ParseStatus.Invalid)
        {
            return ts.SetError(PyExc.ValueError, "invalid literal for int() with base "
                + numberBase.ToString(CultureInfo.InvariantCulture) + ": " + Formatting.BytesRepr.Format(data[..Math.Min(data.Length, 200)]));
        }

        return PyValue.FromBigInteger(value);
    }
}
