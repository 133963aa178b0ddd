namespace ProtoPython.Objects;

/// <summary>The standard error handlers (<c>codecs.register_error</c> names), applied inline by our codecs.</summary>
public enum CodecErrorMode : byte
{
    Strict,
    Ignore,
    Replace,
    SurrogateEscape,
    SurrogatePass,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,

    /// <summary>A name no handler is registered under: LookupError when an error actually occurs.</summary>
    Unknown,
}

/// <summary>Maps handler names to <see cref="CodecErrorMode"/> and raises the errors common to all codecs.</summary>
public static class CodecErrorModes
{
    public static CodecErrorMode Parse(string errors) => errors switch
    {
        "strict" => CodecErrorMode.Strict,
        "ignore" => CodecErrorMode.Ignore,
        "replace" => CodecErrorMode.Replace,
        "surrogateescape" => CodecErrorMode.SurrogateEscape,
        "surrogatepass" => CodecErrorMode.SurrogatePass,
        "backslashreplace" => CodecErrorMode.BackslashReplace,
        "xmlcharrefreplace" => CodecErrorMode.XmlCharRefReplace,
        "namereplace" => CodecErrorMode.NameReplace,
        _ => CodecErrorMode.Unknown,
    };

    /// <summary>LookupError "unknown error handler name 'x'".</summary>
    public static PyValue RaiseUnknown(ThreadState ts, string errors) =>
        ts.SetError(PyExc.LookupError, "unknown error handler name '" + errors + "'");

    /// <summary>TypeError of a handler given the wrong kind of exception (xmlcharrefreplace while decoding).</summary>
    public static PyValue RaiseWrongKind(ThreadState ts, bool encoding) =>
        ts.SetError(PyExc.TypeError, "don't know how to handle " + (encoding ? "UnicodeEncodeError" : "UnicodeDecodeError") + " in error callback");
}
