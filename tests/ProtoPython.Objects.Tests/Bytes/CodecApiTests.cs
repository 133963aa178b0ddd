namespace ProtoPython.Objects.Tests.Bytes;

/// <summary>
/// The C# codec API other types call (str(bytes, encoding), file I/O later), the round trips of
/// lone surrogates, and the Unicode error objects. Expected values are CPython 3.14's.
/// </summary>
public sealed class CodecApiTests
{
    public CodecApiTests() => BuiltinTypes.Initialize();

    private static PyStr Str(params int[] codePoints) => new(codePoints);

    private static byte[] Bytes(PyValue v) => ((PyBytes)v.AsObject).Span.ToArray();

    [Fact]
    public void SurrogateEscapeRoundTripsUndecodableBytes()
    {
        var ts = new ThreadState();
        var decoded = Codecs.Decode(ts, [0x61, 0x80, 0xff], "utf-8", "surrogateescape");
        var text = (PyStr)decoded.AsObject;
        Assert.True(text.HasSurrogates);
        Assert.Equal([0x61, 0xDC80, 0xDCFF], text.CodePoints.ToArray());
        Assert.Equal([0x61, 0x80, 0xff], Bytes(Codecs.Encode(ts, text, "utf-8", "surrogateescape")));
    }

    [Fact]
    public void SurrogatePassKeepsTwoLoneSurrogatesApartInUtf8()
    {
        var ts = new ThreadState();
        var pair = Str(0xD83D, 0xDE00);
        Assert.Equal(2, pair.Length);
        var utf8 = Codecs.Encode(ts, pair, "utf-8", "surrogatepass");
        Assert.Equal([0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80], Bytes(utf8));
        var back = (PyStr)Codecs.Decode(ts, Bytes(utf8), "utf-8", "surrogatepass").AsObject;
        Assert.Equal([0xD83D, 0xDE00], back.CodePoints.ToArray());

        // In UTF-16 the same two code units are a valid pair: decoding gives the astral character.
        var utf16 = Codecs.Encode(ts, pair, "utf-16-le", "surrogatepass");
        Assert.Equal([0x3D, 0xD8, 0x00, 0xDE], Bytes(utf16));
        var astral = (PyStr)Codecs.Decode(ts, Bytes(utf16), "utf-16-le", "strict").AsObject;
        Assert.Equal([0x1F600], astral.CodePoints.ToArray());
    }

    [Fact]
    public void StrictDecodeRaisesUnicodeDecodeErrorWithCPythonMessage()
    {
        var ts = new ThreadState();
        Assert.True(Codecs.Decode(ts, [0xff], "utf-8", "strict").IsError);
        var e = Assert.IsType<PyUnicodeErrorObject>(ts.FetchError());
        Assert.Same(UnicodeErrors.DecodeError, e.Type);
        Assert.True(e.Type.IsSubtypeOf(PyExc.ValueError));
        Assert.Equal("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", PyOps.Str(ts, PyValue.FromObject(e))!.Value);
        Assert.Equal((0L, 1L, "invalid start byte"), (e.Start, e.End, ((PyStr)e.Reason.AsObject).Value));
    }

    [Fact]
    public void StrictEncodeRaisesUnicodeEncodeErrorWithCPythonMessage()
    {
        var ts = new ThreadState();
        Assert.True(Codecs.Encode(ts, new PyStr("\u00e9"), "ascii", "strict").IsError);
        var e = Assert.IsType<PyUnicodeErrorObject>(ts.FetchError());
        Assert.Same(UnicodeErrors.EncodeError, e.Type);
        Assert.Equal("'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)", PyOps.Str(ts, PyValue.FromObject(e))!.Value);
    }

    [Theory]
    [InlineData("UTF8", "utf_8")]
    [InlineData("U8", "utf_8")]
    [InlineData(" utf--8 ", "utf_8")]
    [InlineData("Latin-1", "latin_1")]
    [InlineData("ISO8859_1", "latin_1")]
    [InlineData("us-ascii", "ascii")]
    [InlineData("UTF-16LE", "utf_16_le")]
    [InlineData("utf.8", null)]
    [InlineData("koi8-r", null)]
    public void EncodingNamesNormalizeLikeCPython(string name, string? codec) => Assert.Equal(codec, Codecs.Lookup(name));

    [Fact]
    public void UnknownEncodingIsALookupError()
    {
        var ts = new ThreadState();
        Assert.True(Codecs.Encode(ts, new PyStr("x"), "koi8-r", "strict").IsError);
        var e = ts.FetchError()!;
        Assert.Same(PyExc.LookupError, e.Type);
        Assert.Equal("unknown encoding: koi8-r", e.Message);
    }

    [Fact]
    public void UnicodeDecodeErrorCanBeMadeFromPython()
    {
        var ts = new ThreadState();
        var e = PyOps.Call(ts, PyValue.FromObject(UnicodeErrors.DecodeError),
            [PyValue.FromObject(new PyStr("utf-8")), PyBytes.From([0x61, 0xff]), PyValue.FromInt64(1), PyValue.FromInt64(2), PyValue.FromObject(new PyStr("bad"))]);
        Assert.False(e.IsError);
        Assert.Equal("'utf-8' codec can't decode byte 0xff in position 1: bad", PyOps.Str(ts, e)!.Value);
        Assert.Equal(1, PyOps.GetAttr(ts, e, PyStr.Intern("start")).AsInt64);
        Assert.Equal("bad", ((PyStr)PyOps.GetAttr(ts, e, PyStr.Intern("reason")).AsObject).Value);
        Assert.Equal([0x61, 0xff], Bytes(PyOps.GetAttr(ts, e, PyStr.Intern("object"))));
    }

    [Fact]
    public void StrEncodeIsAStrMethod()
    {
        var ts = new ThreadState();
        var r = PyOps.CallMethod(ts, PyValue.FromObject(new PyStr("h\u00e9")), PyStr.Intern("encode"), []);
        Assert.Equal([0x68, 0xc3, 0xa9], Bytes(r));
    }
}
