using System.Numerics;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>_blake2</c>: blake2b and blake2s (our own, RFC 7693) with key, salt, person and the tree parameters.</summary>
internal sealed class Blake2Module : INativeModule
{
    private static readonly string[] s_names =
    [
        "data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth",
        "inner_size", "last_node", "usedforsecurity", "string",
    ];

    private static readonly Lazy<PyType> s_blake2b = new(() => Make("blake2b", 64, 16));
    private static readonly Lazy<PyType> s_blake2s = new(() => Make("blake2s", 32, 8));

    public string Name => "_blake2";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_blake2");
        m.Add("blake2b", PyValue.FromObject(s_blake2b.Value));
        m.Add("blake2s", PyValue.FromObject(s_blake2s.Value));
        foreach (var (prefix, max, salt) in new[] { ("BLAKE2B", 64, 16), ("BLAKE2S", 32, 8) })
        {
            m.Add(prefix + "_SALT_SIZE", PyValue.FromInt64(salt));
            m.Add(prefix + "_PERSON_SIZE", PyValue.FromInt64(salt));
            m.Add(prefix + "_MAX_KEY_SIZE", PyValue.FromInt64(max));
            m.Add(prefix + "_MAX_DIGEST_SIZE", PyValue.FromInt64(max));
        }

        m.Add("_GIL_MINSIZE", PyValue.FromInt64(2048));
        return m;
    }

    private static PyType Make(string name, int maxSize, int saltSize)
    {
        var t = HashObject.CreateType(name, "_blake2");
        t.AddValue("SALT_SIZE", PyValue.FromInt64(saltSize));
        t.AddValue("PERSON_SIZE", PyValue.FromInt64(saltSize));
        t.AddValue("MAX_KEY_SIZE", PyValue.FromInt64(maxSize));
        t.AddValue("MAX_DIGEST_SIZE", PyValue.FromInt64(maxSize));
        t.New = (ts, type, a, kw) => New(ts, type, name, maxSize, saltSize, a, kw);
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyValue New(ThreadState ts, PyType type, string name, int maxSize, int saltSize, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> p = new PyValue[s_names.Length];
        if (!ArgParser.Parse(ts, name, a, kw, s_names, 0, 0, p, maxPos: 1))
        {
            return PyValue.Error;
        }

        if (!p[0].IsNull && !p[13].IsNull && !p[13].IsNone)
        {
            return ts.SetError(PyExc.TypeError, "'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
        }

        var data = p[0].IsNull ? (p[13].IsNone ? PyValue.Null : p[13]) : p[0];
        var title = name == "blake2b" ? "Blake2b" : "Blake2s";
        if (!Int(ts, p[1], maxSize, out var digestSize) || !Bytes(ts, p[2], out var key) || !Bytes(ts, p[3], out var salt) || !Bytes(ts, p[4], out var person))
        {
            return PyValue.Error;
        }

        if (digestSize < 1 || digestSize > maxSize)
        {
            return ts.SetError(PyExc.ValueError, "digest_size for " + title + " must be between 1 and " + maxSize + " bytes, here it is " + digestSize);
        }

        if (salt.Length > saltSize)
        {
            return ts.SetError(PyExc.ValueError, "maximum salt length is " + saltSize + " bytes");
        }

        if (person.Length > saltSize)
        {
            return ts.SetError(PyExc.ValueError, "maximum person length is " + saltSize + " bytes");
        }

        if (!Int(ts, p[5], 1, out var fanout) || !Int(ts, p[6], 1, out var depth))
        {
            return PyValue.Error;
        }

        if (fanout is < 0 or > 255)
        {
            return ts.SetError(PyExc.ValueError, "fanout must be between 0 and 255");
        }

        if (depth is < 1 or > 255)
        {
            return ts.SetError(PyExc.ValueError, "depth must be between 1 and 255");
        }

        if (!Unsigned(ts, p[7], out var leafSize) || !Unsigned(ts, p[8], out var nodeOffset))
        {
            return PyValue.Error;
        }

        if (leafSize > uint.MaxValue)
        {
            return ts.SetError(PyExc.OverflowError, "leaf_size is too large");
        }

        if (nodeOffset > ulong.MaxValue)
        {
            return ts.SetError(PyExc.OverflowError, "Python int too large for C unsigned long long");
        }

        if (name == "blake2s" && nodeOffset > (1UL << 48) - 1)
        {
            return ts.SetError(PyExc.OverflowError, "node_offset is too large");
        }

        if (!Int(ts, p[9], 0, out var nodeDepth) || !Int(ts, p[10], 0, out var innerSize))
        {
            return PyValue.Error;
        }

        if (nodeDepth is < 0 or > 255)
        {
            return ts.SetError(PyExc.ValueError, "node_depth must be between 0 and 255");
        }

        if (innerSize < 0 || innerSize > maxSize)
        {
            return ts.SetError(PyExc.ValueError, "inner_size must be between 0 and is " + maxSize);
        }

        if (key.Length > maxSize)
        {
            return ts.SetError(PyExc.ValueError, "maximum key length is " + maxSize + " bytes");
        }

        var lastNode = p[11].IsNull ? 0 : PyOps.IsTrue(ts, p[11]);
        if (lastNode < 0)
        {
            return PyValue.Error;
        }

        var prm = new Blake2Params(digestSize, key, salt, person, fanout, depth, (uint)leafSize, (ulong)nodeOffset, nodeDepth, innerSize, lastNode > 0);
        HashCore core = name == "blake2b" ? new Blake2bCore(prm) : new Blake2sCore(prm);
        return HashObject.Create(ts, type, name, core, data);
    }

    private static bool Int(ThreadState ts, PyValue v, int defaultValue, out int result) => ClinicArgs.TryInt(ts, v, defaultValue, out result);

    private static bool Bytes(ThreadState ts, PyValue v, out byte[] result)
    {
        result = [];
        if (v.IsNull)
        {
            return true;
        }

        if (!BytesLike.TryGetArgument(ts, v, out var span))
        {
            return false;
        }

        result = span.ToArray();
        return true;
    }

    private static bool Unsigned(ThreadState ts, PyValue v, out BigInteger result)
    {
        result = 0;
        if (v.IsNull)
        {
            return true;
        }

        var index = PyOps.Index(ts, v);
        if (index.IsError)
        {
            return false;
        }

        PyInt.TryGetBigInteger(index.IsInt64 ? PyValue.FromInt64(index.RawBits) : index, out result);
        if (result.Sign < 0)
        {
            ts.SetError(PyExc.ValueError, "Cannot convert negative int");
            return false;
        }

        return true;
    }
}
