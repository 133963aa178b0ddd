namespace ProtoPython.Objects;

/// <summary>str.encode, bytes/bytearray.decode and the UnicodeEncodeError/UnicodeDecodeError types.</summary>
internal static partial class BytesType
{
    private static readonly string[] s_codecNames = ["encoding", "errors"];

    private static void InstallCodecMethods()
    {
        PyType.Str.AddMethod("encode", static (ts, a, kw) =>
        {
            Span<PyValue> v = new PyValue[2];
            if (!BytesArgs.Parse(ts, "encode", a, kw, true, s_codecNames, 0, 0, v)
                || !BytesArgs.TryString(ts, "encode", "encoding", v[0], "utf-8", out var encoding)
                || !BytesArgs.TryString(ts, "encode", "errors", v[1], "strict", out var errors))
            {
                return PyValue.Error;
            }

            return Codecs.Encode(ts, (PyStr)a[0].AsObject, encoding, errors);
        });
        NativeFunction decode = static (ts, a, kw) =>
        {
            Span<PyValue> v = new PyValue[2];
            if (!BytesArgs.Parse(ts, "decode", a, kw, true, s_codecNames, 0, 0, v)
                || !BytesArgs.TryString(ts, "decode", "encoding", v[0], "utf-8", out var encoding)
                || !BytesArgs.TryString(ts, "decode", "errors", v[1], "strict", out var errors))
            {
                return PyValue.Error;
            }

            return Codecs.Decode(ts, Data(a[0]), encoding, errors);
        };
        PyType.Bytes.AddMethod("decode", decode);
        PyType.ByteArray.AddMethod("decode", decode);
    }
}
