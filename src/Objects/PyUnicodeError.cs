using System.Globalization;

namespace ProtoPython.Objects;

/// <summary>
/// A UnicodeEncodeError or UnicodeDecodeError: <c>encoding</c>, <c>object</c> (the str being
/// encoded or the bytes being decoded), <c>start</c>, <c>end</c> and <c>reason</c>, which
/// <c>str()</c> formats as CPython does. <c>args</c> is the five of them.
/// </summary>
public sealed class PyUnicodeError : PyBaseException
{
    public PyUnicodeError(PyType type, PyStr encoding, PyValue obj, long start, long end, PyStr reason)
        : base(type, [PyValue.FromObject(encoding), obj, PyValue.FromInt64(start), PyValue.FromInt64(end), PyValue.FromObject(reason)])
    {
        Encoding = encoding;
        Object = obj;
        Start = start;
        End = end;
        Reason = reason;
    }

    public PyStr Encoding { get; set; }

    public PyValue Object { get; set; }

    public long Start { get; set; }

    public long End { get; set; }

    public PyStr Reason { get; set; }

    /// <summary>True for UnicodeEncodeError (the object is a str).</summary>
    public bool IsEncode => Type.IsSubtypeOf(UnicodeErrors.EncodeError);

    /// <summary>The UnicodeEncodeError for <paramref name="text"/>[start:end].</summary>
    public static PyUnicodeError Encode(string encoding, PyStr text, long start, long end, string reason) =>
        new(UnicodeErrors.EncodeError, new PyStr(encoding), PyValue.FromObject(text), start, end, new PyStr(reason));

    /// <summary>The UnicodeDecodeError for <paramref name="data"/>[start:end].</summary>
    public static PyUnicodeError Decode(string encoding, ReadOnlySpan<byte> data, long start, long end, string reason) =>
        new(UnicodeErrors.DecodeError, new PyStr(encoding), PyBytes.From(data.ToArray()), start, end, new PyStr(reason));

    /// <summary>CPython's <c>UnicodeEncodeError.__str__</c> / <c>UnicodeDecodeError.__str__</c>.</summary>
    public string Describe()
    {
        var enc = Encoding.Value;
        var reason = Reason.Value;
        if (IsEncode && Object.AsObject is PyStr s)
        {
            if (Start >= 0 && Start < s.Length && End == Start + 1)
            {
                var cp = s[(int)Start];
                var esc = cp <= 0xff ? "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture)
                    : cp <= 0xffff ? "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture)
                    : "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture);
                return "'" + enc + "' codec can't encode character '" + esc + "' in position " + Start + ": " + reason;
            }

            return "'" + enc + "' codec can't encode characters in position " + Start + "-" + (End - 1) + ": " + reason;
        }

        if (!IsEncode && Object.AsObject is PyBytes b)
        {
            if (Start >= 0 && Start < b.Length && End == Start + 1)
            {
                return "'" + enc + "' codec can't decode byte 0x" + b.Span[(int)Start].ToString("x2", CultureInfo.InvariantCulture) + " in position " + Start + ": " + reason;
            }

            return "'" + enc + "' codec can't decode bytes in position " + Start + "-" + (End - 1) + ": " + reason;
        }

        return reason;
    }
}
