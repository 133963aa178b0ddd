namespace ProtoPython.Objects;

/// <summary>The exception types the codecs and buffers raise: the builtin ones of <see cref="PyExc"/>.</summary>
public static class UnicodeErrors
{
    public static PyType UnicodeError => PyExc.UnicodeError;

    public static PyType EncodeError => PyExc.UnicodeEncodeError;

    public static PyType DecodeError => PyExc.UnicodeDecodeError;

    public static PyType BufferError => PyExc.BufferError;
}
