namespace ProtoPython.Objects;

/// <summary>
/// Makes the UnicodeEncodeError/UnicodeDecodeError the codecs raise: <see cref="PyUnicodeErrorObject"/>s
/// with <c>args</c> (encoding, object, start, end, reason), formatted by the exception types' own str.
/// </summary>
public static class PyUnicodeError
{
    /// <summary>The UnicodeEncodeError for <paramref name="text"/>[start:end].</summary>
    public static PyUnicodeErrorObject Encode(string encoding, PyStr text, long start, long end, string reason) =>
        Make(PyExc.UnicodeEncodeError, encoding, PyValue.FromObject(text), start, end, reason);

    /// <summary>The UnicodeDecodeError for <paramref name="data"/>[start:end].</summary>
    public static PyUnicodeErrorObject Decode(string encoding, ReadOnlySpan<byte> data, long start, long end, string reason) =>
        Make(PyExc.UnicodeDecodeError, encoding, PyBytes.From(data.ToArray()), start, end, reason);

    private static PyUnicodeErrorObject Make(PyType type, string encoding, PyValue obj, long start, long end, string reason)
    {
        var enc = PyValue.FromObject(new PyStr(encoding));
        var why = PyValue.FromObject(new PyStr(reason));
        return new PyUnicodeErrorObject(type)
        {
            Encoding = enc,
            Object = obj,
            Start = start,
            End = end,
            Reason = why,
            Args = new PyTuple([enc, obj, PyValue.FromInt64(start), PyValue.FromInt64(end), why]),
        };
    }
}
