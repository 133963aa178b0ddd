using System.Security.Cryptography;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>The state of one hash algorithm: absorbs bytes, gives the digest so far, copies itself.</summary>
internal abstract class HashCore
{
    public abstract int DigestSize { get; }

    public abstract int BlockSize { get; }

    public abstract void Update(ReadOnlySpan<byte> data);

    /// <summary>The digest of what was absorbed so far (the state goes on); <paramref name="length"/> for XOFs.</summary>
    public abstract byte[] Digest(int length);

    public abstract HashCore Clone();
}

/// <summary>A BCL <see cref="IncrementalHash"/> (MD5, SHA-1, SHA-256/384/512).</summary>
internal sealed class BclHashCore(IncrementalHash hash, int blockSize) : HashCore
{
    public override int DigestSize => hash.HashLengthInBytes;

    public override int BlockSize => blockSize;

    public override void Update(ReadOnlySpan<byte> data) => hash.AppendData(data);

    public override byte[] Digest(int length) => hash.GetCurrentHash();

    public override HashCore Clone() => new BclHashCore(hash.Clone(), blockSize);
}

/// <summary>
/// A hash object of the builtin hash modules (_md5, _sha1, _sha2, _sha3, _blake2): update, digest,
/// hexdigest, copy, name, digest_size, block_size. Extendable-output objects (shake_*) take a
/// length in digest/hexdigest and have digest_size 0.
/// </summary>
internal sealed class HashObject(PyType type, string name, HashCore core, bool extendable = false) : NativeObject(type)
{
    private static readonly string[] s_constructorNames = ["data", "usedforsecurity", "string"];
    private static readonly string[] s_lengthNames = ["length"];

    public string Name { get; } = name;

    public HashCore Core { get; } = core;

    private static HashObject Self(PyValue v) => (HashObject)v.AsObject;

    /// <summary>A type <c>module.typeName</c> with the methods and attributes of hash objects.</summary>
    public static PyType CreateType(string typeName, string module, bool extendable = false)
    {
        var t = NativeTypes.Create(typeName, module, subclassable: false);
        t.AddMethod1("update", static (ts, v, data) => Self(v).Update(ts, data) ? PyValue.None : PyValue.Error);
        if (extendable)
        {
            t.AddMethod("digest", static (ts, a, kw) => Length(ts, "digest", a, kw, out var n) ? PyBytes.From(Self(a[0]).Core.Digest(n)) : PyValue.Error);
            t.AddMethod("hexdigest", static (ts, a, kw) => Length(ts, "hexdigest", a, kw, out var n)
                ? NativeTypes.Str(Convert.ToHexStringLower(Self(a[0]).Core.Digest(n))) : PyValue.Error);
        }
        else
        {
            t.AddMethod0("digest", static (ts, v) => PyBytes.From(Self(v).Core.Digest(0)));
            t.AddMethod0("hexdigest", static (ts, v) => NativeTypes.Str(Convert.ToHexStringLower(Self(v).Core.Digest(0))));
        }

        t.AddMethod0("copy", static (ts, v) =>
        {
            var s = Self(v);
            return PyValue.FromObject(new HashObject(s.Type, s.Name, s.Core.Clone(), s._extendable));
        });
        t.AddGetSet("name", static (ts, v) => NativeTypes.Str(Self(v).Name));
        t.AddGetSet("digest_size", static (ts, v) => PyValue.FromInt64(Self(v)._extendable ? 0 : Self(v).Core.DigestSize));
        t.AddGetSet("block_size", static (ts, v) => PyValue.FromInt64(Self(v).Core.BlockSize));
        return t;
    }

    private readonly bool _extendable = extendable;

    private static bool Length(ThreadState ts, string name, ReadOnlySpan<PyValue> a, PyTuple? kw, out int length)
    {
        length = 0;
        Span<PyValue> p = new PyValue[1];
        if (!ArgParser.Parse(ts, name, a[1..], kw, s_lengthNames, 1, 0, p) || !PyOps.TryIndexAsInt64(ts, p[0], PyExc.OverflowError, out var n))
        {
            return false;
        }

        if (n < 0)
        {
            ts.SetError(PyExc.ValueError, "Cannot convert negative int");
            return false;
        }

        if (n >= 1L << 29)
        {
            ts.SetError(PyExc.ValueError, "length is too large");
            return false;
        }

        length = (int)n;
        return true;
    }

    /// <summary>The data argument of the constructors: <c>(data=b'', *, usedforsecurity=True, string=None)</c>, Null when none.</summary>
    public static bool ParseConstructor(ThreadState ts, string name, ReadOnlySpan<PyValue> a, PyTuple? kw, out PyValue data)
    {
        Span<PyValue> p = new PyValue[3];
        data = PyValue.Null;
        if (!ArgParser.Parse(ts, name, a, kw, s_constructorNames, 0, 0, p, maxPos: 1))
        {
            return false;
        }

        if (!p[0].IsNull && !p[2].IsNull && !p[2].IsNone)
        {
            ts.SetError(PyExc.TypeError, "'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
            return false;
        }

        data = p[0].IsNull ? (p[2].IsNone ? PyValue.Null : p[2]) : p[0];
        return true;
    }

    /// <summary>Takes the bytes of <paramref name="data"/> with the hash modules' TypeErrors.</summary>
    public static bool TryGetData(ThreadState ts, PyValue data, out ReadOnlySpan<byte> span)
    {
        span = default;
        if (data.AsObject is PyStr)
        {
            ts.SetError(PyExc.TypeError, "Strings must be encoded before hashing");
            return false;
        }

        if (data.AsObject is PyMemoryView)
        {
            return BytesLike.TryGetArgument(ts, data, out span);
        }

        if (!BytesLike.TryGetSpan(data, out span))
        {
            ts.SetError(PyExc.TypeError, "object supporting the buffer API required");
            return false;
        }

        return true;
    }

    public bool Update(ThreadState ts, PyValue data)
    {
        if (!TryGetData(ts, data, out var span))
        {
            return false;
        }

        Core.Update(span);
        return true;
    }

    /// <summary>A new object of <paramref name="type"/>, fed with the constructor's data.</summary>
    public static PyValue Create(ThreadState ts, PyType type, string name, HashCore core, PyValue data, bool extendable = false)
    {
        var h = new HashObject(type, name, core, extendable);
        return data.IsNull || h.Update(ts, data) ? PyValue.FromObject(h) : PyValue.Error;
    }
}
