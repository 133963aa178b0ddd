using ProtoPython.Objects.Hashing;

namespace ProtoPython.Objects;

/// <summary>
/// bytes: an immutable byte[] (never mutated after construction) and a cached hash. The hash is
/// CPython's <c>_Py_HashBytes</c>: SipHash-1-3 of the bytes, the same function as str's ASCII path,
/// so <c>hash(b'abc') == hash('abc')</c> as in CPython.
/// </summary>
public class PyBytes : PyObject
{
    private const long HashNotComputed = -1;

    private readonly byte[] _data;
    private long _hash = HashNotComputed;

    /// <summary>Wraps <paramref name="data"/>, which the caller must not change afterwards.</summary>
    public PyBytes(byte[] data)
        : this(PyType.Bytes, data)
    {
    }

    /// <summary>An instance of <paramref name="type"/> (bytes or a subclass) over <paramref name="data"/>.</summary>
    public PyBytes(PyType type, byte[] data)
        : base(type)
    {
        _data = data;
    }

    /// <summary>b''.</summary>
    public static PyBytes Empty { get; } = new([]);

    public ReadOnlySpan<byte> Span => _data;

    /// <summary>The bytes as memory (readers that keep them beyond a call, such as the regex engine, without copying).</summary>
    public ReadOnlyMemory<byte> Memory => _data;

    public int Length => _data.Length;

    /// <summary>The backing array, for views (memoryview) that never write to it.</summary>
    internal byte[] Array => _data;

    /// <summary>A bytes value for <paramref name="data"/> (b'' shared).</summary>
    public static PyValue From(byte[] data) => PyValue.FromObject(data.Length == 0 ? Empty : new PyBytes(data));

    /// <summary><c>hash(b)</c>, cached.</summary>
    public long Hash()
    {
        var h = _hash;
        if (h == HashNotComputed)
        {
            h = _hash = _data.Length == 0 ? 0 : HashSecret.Current.HashBytes(_data);
        }

        return h;
    }

    /// <inheritdoc/>
    public override string ToString() => Formatting.BytesRepr.Format(_data);
}

/// <summary>An instance of a Python subclass of bytes: the bytes plus an instance <c>__dict__</c>.</summary>
public sealed class PyBytesSubclassInstance(PyType type, byte[] data) : PyBytes(type, data), IHasDict
{
    private PyDict? _dict;

    public PyDict? GetDict(bool create) => _dict ??= create && Type.HasInstanceDict ? new PyDict() : null;

    public void SetDict(PyDict dict) => _dict = dict;
}
