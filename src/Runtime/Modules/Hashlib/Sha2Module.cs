using System.Security.Cryptography;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// The builtin hash modules hashlib falls back to without _hashlib: <c>_md5</c>, <c>_sha1</c> and
/// <c>_sha2</c> (the BCL's hashes; SHA-224, missing from the BCL, is our own <see cref="Sha224Core"/>).
/// Their constructors are functions; the objects' types are MD5Type, SHA1Type, SHA224Type...
/// </summary>
internal sealed class Sha2Module(string moduleName) : INativeModule
{
    private static readonly Dictionary<string, Lazy<PyType>> s_types = [];

    public string Name => moduleName;

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule(moduleName);
        switch (moduleName)
        {
            case "_md5":
                Add(m, "md5", "MD5Type", static () => new BclHashCore(IncrementalHash.CreateHash(HashAlgorithmName.MD5), 64));
                break;
            case "_sha1":
                Add(m, "sha1", "SHA1Type", static () => new BclHashCore(IncrementalHash.CreateHash(HashAlgorithmName.SHA1), 64));
                break;
            default:
                Add(m, "sha224", "SHA224Type", static () => new Sha224Core());
                Add(m, "sha256", "SHA256Type", static () => new BclHashCore(IncrementalHash.CreateHash(HashAlgorithmName.SHA256), 64));
                Add(m, "sha384", "SHA384Type", static () => new BclHashCore(IncrementalHash.CreateHash(HashAlgorithmName.SHA384), 128));
                Add(m, "sha512", "SHA512Type", static () => new BclHashCore(IncrementalHash.CreateHash(HashAlgorithmName.SHA512), 128));
                break;
        }

        m.Add("_GIL_MINSIZE", PyValue.FromInt64(2048));
        return m;
    }

    private void Add(PyModule m, string name, string typeName, Func<HashCore> core)
    {
        Lazy<PyType> type;
        lock (s_types)
        {
            if (!s_types.TryGetValue(typeName, out type!))
            {
                // The objects' type name is the algorithm for md5 and sha1 (repr <_md5.md5 object>), the type's otherwise.
                var shownName = typeName is "MD5Type" or "SHA1Type" ? name : typeName;
                type = new Lazy<PyType>(() =>
                {
                    var t = HashObject.CreateType(shownName, moduleName);
                    SlotTable.AddWrappers(t);
                    return t;
                });
                s_types[typeName] = type;
            }
        }

        m.Add(typeName, PyValue.FromObject(type.Value));
        m.AddFunction(name, (ts, a, kw) =>
            HashObject.ParseConstructor(ts, name, a, kw, out var data) ? HashObject.Create(ts, type.Value, name, core(), data) : PyValue.Error);
    }
}
