using System.Security.Cryptography;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_sha2</c>: sha256, sha384 and sha512 hash objects (random.seed hashes str and bytes seeds with
/// sha512). sha224 is missing: .NET has no SHA-224.
/// </summary>
internal sealed class Sha2Module : INativeModule
{
    private static readonly string[] s_names = ["data", "usedforsecurity", "string"];

    public string Name => "_sha2";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_sha2");
        AddConstructor(m, "sha256", HashAlgorithmName.SHA256, 64);
        AddConstructor(m, "sha384", HashAlgorithmName.SHA384, 128);
        AddConstructor(m, "sha512", HashAlgorithmName.SHA512, 128);
        return m;
    }

    private static void AddConstructor(PyModule m, string name, HashAlgorithmName algorithm, int blockSize)
    {
        var type = new Lazy<PyType>(() => Sha2Hash.CreateType(name.ToUpperInvariant() + "Type"));
        m.AddFunction(name, (ts, a, kw) =>
        {
            Span<PyValue> p = new PyValue[3];
            if (!ArgParser.Parse(ts, name, a, kw, s_names, 0, 0, p, maxPos: 1))
            {
                return PyValue.Error;
            }

            var h = new Sha2Hash(type.Value, name, IncrementalHash.CreateHash(algorithm), blockSize);
            var data = p[0].IsNull ? p[2] : p[0];
            return data.IsNull || h.Update(ts, data) ? PyValue.FromObject(h) : PyValue.Error;
        });
    }
}

/// <summary>A sha2 hash object: update, digest, hexdigest, copy, name, digest_size, block_size.</summary>
internal sealed class Sha2Hash(PyType type, string name, IncrementalHash hash, int blockSize) : NativeObject(type)
{
    private readonly IncrementalHash _hash = hash;

    private static Sha2Hash Self(PyValue v) => (Sha2Hash)v.AsObject;

    public static PyType CreateType(string typeName)
    {
        var t = NativeTypes.Create(typeName, "_sha2", subclassable: false);
        t.AddMethod1("update", static (ts, v, data) => Self(v).Update(ts, data) ? PyValue.None : PyValue.Error);
        t.AddMethod0("digest", static (ts, v) => PyBytes.From(Self(v)._hash.GetCurrentHash()));
        t.AddMethod0("hexdigest", static (ts, v) => NativeTypes.Str(Convert.ToHexStringLower(Self(v)._hash.GetCurrentHash())));
        t.AddMethod0("copy", static (ts, v) =>
        {
            var s = Self(v);
            return PyValue.FromObject(new Sha2Hash(s.Type, name: s.Name, s._hash.Clone(), s.BlockSize));
        });
        t.AddGetSet("name", static (ts, v) => NativeTypes.Str(Self(v).Name));
        t.AddGetSet("digest_size", static (ts, v) => PyValue.FromInt64(Self(v)._hash.HashLengthInBytes));
        t.AddGetSet("block_size", static (ts, v) => PyValue.FromInt64(Self(v).BlockSize));
        SlotTable.AddWrappers(t);
        return t;
    }

    public string Name { get; } = name;

    public int BlockSize { get; } = blockSize;

    public bool Update(ThreadState ts, PyValue data)
    {
        if (data.AsObject is PyStr)
        {
            ts.SetError(PyExc.TypeError, "Strings must be encoded before hashing");
            return false;
        }

        if (!BytesLike.TryGetArgument(ts, data, out var span))
        {
            return false;
        }

        _hash.AppendData(span);
        return true;
    }
}
