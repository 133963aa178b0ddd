namespace ProtoPython.Objects;

/// <summary>Encodes <paramref name="text"/> with a codec of the registry (<c>codecs.lookup</c>): bytes, or Error.</summary>
public delegate PyValue RegistryEncoder(ThreadState ts, PyStr text, string encoding, string errors);

/// <summary>Decodes <paramref name="data"/> with a codec of the registry: a str, or Error.</summary>
public delegate PyValue RegistryDecoder(ThreadState ts, PyValue source, ReadOnlySpan<byte> data, string encoding, string errors);

/// <summary>
/// What the built-in codecs need from the codec registry of the runtime (the <c>_codecs</c> module):
/// the codecs they do not implement and the error handlers registered with <c>codecs.register_error</c>.
/// Installed by the runtime; unset, unknown names are LookupErrors.
/// </summary>
public static class CodecHooks
{
    public static RegistryEncoder? Encode { get; set; }

    public static RegistryDecoder? Decode { get; set; }

    /// <summary><c>codecs.lookup(encoding)</c>: the CodecInfo, or Error with LookupError pending.</summary>
    public static Func<ThreadState, string, PyValue>? Lookup { get; set; }

    /// <summary><c>codecs.lookup_error(name)</c>: the handler, or Error with LookupError pending.</summary>
    public static Func<ThreadState, string, PyValue>? LookupError { get; set; }

    /// <summary>The handler registered under <paramref name="errors"/>, or Error (LookupError pending).</summary>
    internal static PyValue FindHandler(ThreadState ts, string errors) =>
        LookupError is { } lookup ? lookup(ts, errors) : CodecErrorModes.RaiseUnknown(ts, errors);

    /// <summary>
    /// Calls a custom handler with <paramref name="exc"/> and checks its answer: a (replacement, position)
    /// tuple, the position made absolute and checked against <paramref name="length"/>.
    /// </summary>
    internal static bool CallHandler(ThreadState ts, string errors, PyUnicodeErrorObject exc, long length, bool encoding,
        out PyValue replacement, out int newPos)
    {
        replacement = PyValue.Null;
        newPos = -1;
        var handler = FindHandler(ts, errors);
        if (handler.IsError)
        {
            return false;
        }

        var result = PyOps.Call1(ts, handler, PyValue.FromObject(exc));
        if (result.IsError)
        {
            return false;
        }

        if (result.AsObject is not PyTuple { Length: 2 } tuple
            || !(tuple[0].AsObject is PyStr || (encoding && tuple[0].AsObject is PyBytes))
            || !PyInt.IsInt(tuple[1]))
        {
            ts.SetError(PyExc.TypeError, encoding ? "encoding error handler must return (str/bytes, int) tuple" : "decoding error handler must return (str, int) tuple");
            return false;
        }

        if (!PyOps.TryIndexAsInt64(ts, tuple[1], PyExc.IndexError, out var pos))
        {
            return false;
        }

        if (pos < 0)
        {
            pos += length;
        }

        if (pos < 0 || pos > length)
        {
            ts.SetError(PyExc.IndexError, "position " + pos + " from error handler out of bounds");
            return false;
        }

        replacement = tuple[0];
        newPos = (int)pos;
        return true;
    }
}
