namespace ProtoPython.Objects;

/// <summary>
/// The exception types the codecs and buffers raise, kept apart from <see cref="PyExc"/> while the
/// full hierarchy is written in parallel. When PyExc gains these names, turn these fields into
/// aliases of them (<c>public static PyType DecodeError =&gt; PyExc.UnicodeDecodeError;</c>).
/// </summary>
public static class UnicodeErrors
{
    public static readonly PyType UnicodeError = PyType.CreateBuiltin("UnicodeError", PyExc.ValueError, TypeFlags.BaseType);
    public static readonly PyType EncodeError = PyType.CreateBuiltin("UnicodeEncodeError", UnicodeError, TypeFlags.BaseType);
    public static readonly PyType DecodeError = PyType.CreateBuiltin("UnicodeDecodeError", UnicodeError, TypeFlags.BaseType);
    public static readonly PyType BufferError = PyType.CreateBuiltin("BufferError", PyExc.Exception, TypeFlags.BaseType);
}
