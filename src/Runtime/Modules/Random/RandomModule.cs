using System.Numerics;
using System.Security.Cryptography;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>_random</c>: the Mersenne Twister <c>Random</c> type under <c>random.Random</c>.</summary>
internal sealed class RandomModule : INativeModule
{
    public string Name => "_random";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_random");
        m.Add("Random", PyValue.FromObject(PyRandom.TypeObject.Value));
        return m;
    }
}

/// <summary><c>_random.Random</c>: random(), seed(), getstate(), setstate(), getrandbits().</summary>
internal sealed class PyRandom(PyType type) : NativeObject(type)
{
    public static readonly Lazy<PyType> TypeObject = new(CreateType);

    private readonly MersenneTwister _mt = new();

    private static PyRandom Self(PyValue v) => (PyRandom)v.AsObject;

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("Random", "_random", subclassable: true);
        t.New = static (ts, type, a, kw) =>
        {
            var pos = NativeTypes.Positional(a, kw);
            if (ReferenceEquals(type, TypeObject.Value) && !ArgParser.NoKeywords(ts, "Random", kw))
            {
                return PyValue.Error;
            }

            if (pos.Length > 1)
            {
                return ts.SetError(PyExc.TypeError, "Random expected at most 1 argument, got " + pos.Length);
            }

            var r = new PyRandom(type);
            return r.Seed(ts, pos.Length == 1 ? pos[0] : PyValue.None) ? PyValue.FromObject(r) : PyValue.Error;
        };
        t.AddMethod0("random", static (ts, v) => PyValue.FromDouble(Self(v)._mt.NextDouble()));
        t.AddMethod("seed", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "seed", a[1..], kw, 0, 1))
            {
                return PyValue.Error;
            }

            return Self(a[0]).Seed(ts, a.Length > 1 ? a[1] : PyValue.None) ? PyValue.None : PyValue.Error;
        });
        t.AddMethod0("getstate", static (ts, v) => Self(v).GetState());
        t.AddMethod1("setstate", static (ts, v, state) => Self(v).SetState(ts, state));
        t.AddMethod1("getrandbits", static (ts, v, k) => Self(v).GetRandBits(ts, k));
        SlotTable.AddWrappers(t);
        return t;
    }

    /// <summary>random_seed: None from the OS, an int by its absolute value, anything else by its hash.</summary>
    private bool Seed(ThreadState ts, PyValue arg)
    {
        BigInteger n;
        if (arg.IsNone || arg.IsNull)
        {
            Span<byte> bytes = stackalloc byte[MersenneTwister.N * 4];
            RandomNumberGenerator.Fill(bytes);
            var key = new uint[MersenneTwister.N];
            for (var i = 0; i < key.Length; i++)
            {
                key[i] = BitConverter.ToUInt32(bytes.Slice(i * 4, 4));
            }

            _mt.InitByArray(key);
            return true;
        }

        if (PyInt.IsInt(arg))
        {
            PyInt.TryGetBigInteger(arg.IsInt64 || arg.IsBool ? PyValue.FromInt64(arg.RawBits) : arg, out n);
            n = BigInteger.Abs(n);
        }
        else
        {
            if (!PyOps.Hash(ts, arg, out var hash))
            {
                return false;
            }

            n = (ulong)hash;
        }

        var words = new List<uint>();
        var bytesOf = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        for (var i = 0; i < bytesOf.Length; i += 4)
        {
            uint w = 0;
            for (var k = 0; k < 4 && i + k < bytesOf.Length; k++)
            {
                w |= (uint)bytesOf[i + k] << (8 * k);
            }

            words.Add(w);
        }

        while (words.Count > 1 && words[^1] == 0)
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0)
        {
            words.Add(0);
        }

        _mt.InitByArray(words.ToArray());
        return true;
    }

    private PyValue GetState()
    {
        var items = new PyValue[MersenneTwister.N + 1];
        for (var i = 0; i < MersenneTwister.N; i++)
        {
            items[i] = PyValue.FromInt64(_mt.State[i]);
        }

        items[MersenneTwister.N] = PyValue.FromInt64(_mt.Index);
        return PyValue.FromObject(new PyTuple(items));
    }

    private PyValue SetState(ThreadState ts, PyValue state)
    {
        if (state.AsObject is not PyTuple tuple)
        {
            return ts.SetError(PyExc.TypeError, "state vector must be a tuple");
        }

        if (tuple.Length != MersenneTwister.N + 1)
        {
            return ts.SetError(PyExc.ValueError, "state vector is the wrong size");
        }

        var words = new uint[MersenneTwister.N];
        for (var i = 0; i < MersenneTwister.N; i++)
        {
            if (!TryUInt32(ts, tuple[i], out words[i]))
            {
                return PyValue.Error;
            }
        }

        if (!PyInt.IsInt(tuple[MersenneTwister.N]))
        {
            return ts.SetError(PyExc.TypeError, "'" + tuple[MersenneTwister.N].Type.Name + "' object cannot be interpreted as an integer");
        }

        if (!PyOps.TryIndexAsInt64(ts, tuple[MersenneTwister.N], PyExc.OverflowError, out var index))
        {
            return PyValue.Error;
        }

        if (index is < 0 or > MersenneTwister.N)
        {
            return ts.SetError(PyExc.ValueError, "invalid state");
        }

        words.CopyTo(_mt.State, 0);
        _mt.Index = (int)index;
        return PyValue.None;
    }

    private static bool TryUInt32(ThreadState ts, PyValue v, out uint word)
    {
        word = 0;
        if (!PyInt.IsInt(v))
        {
            ts.SetError(PyExc.TypeError, "'" + v.Type.Name + "' object cannot be interpreted as an integer");
            return false;
        }

        PyInt.TryGetBigInteger(v.IsInt64 || v.IsBool ? PyValue.FromInt64(v.RawBits) : v, out var big);
        if (big.Sign < 0)
        {
            ts.SetError(PyExc.OverflowError, "can't convert negative value to unsigned int");
            return false;
        }

        if (big > ulong.MaxValue)
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C unsigned long");
            return false;
        }

        word = (uint)(ulong)big;
        return true;
    }

    private PyValue GetRandBits(ThreadState ts, PyValue arg)
    {
        var index = PyOps.Index(ts, arg);
        if (index.IsError)
        {
            return index;
        }

        PyInt.TryGetBigInteger(index.IsInt64 ? PyValue.FromInt64(index.RawBits) : index, out var bits);
        if (bits.Sign < 0)
        {
            return ts.SetError(PyExc.ValueError, "Cannot convert negative int");
        }

        if (bits > ulong.MaxValue)
        {
            return ts.SetError(PyExc.OverflowError, "Python int too large for C uint64_t");
        }

        if (bits > int.MaxValue)
        {
            return ts.SetError(PyExc.MemoryError, Array.Empty<PyValue>());
        }

        var k = (long)bits;

        if (k == 0)
        {
            return PyValue.FromInt64(0);
        }

        if (k <= 32)
        {
            return PyValue.FromInt64(_mt.NextUInt32() >> (int)(32 - k));
        }

        var words = (int)((k - 1) / 32) + 1;
        var bytes = new byte[(words * 4) + 1];
        for (var i = 0; i < words; i++, k -= 32)
        {
            var r = _mt.NextUInt32();
            if (k < 32)
            {
                r >>= (int)(32 - k);
            }

            BitConverter.TryWriteBytes(bytes.AsSpan(i * 4, 4), r);
        }

        var value = new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        return value <= long.MaxValue ? PyValue.FromInt64((long)value) : PyValue.FromBigInteger(value);
    }
}
