using BenchmarkDotNet.Attributes;
using ProtoPython.Objects;
using ProtoPython.Objects.Hashing;
using ThreadState = ProtoPython.Objects.ThreadState;

namespace ProtoPython.Benchmarks.Micro;

/// <summary>
/// The object model's primitives that exist today (issue 6's list): tagged int add with the
/// overflow check, dict lookup hit and miss, list append per storage strategy, str hashing.
/// Each operation covers a batch of 1,024 so the per-call overhead of the harness is small;
/// divide by 1,024 for one. Not measured yet (they need the interpreter): attribute load through
/// an inline cache and a Python-to-Python call.
/// </summary>
[MemoryDiagnoser]
public class ObjectModelBenchmark
{
    private const int Batch = 1024;
    private readonly ThreadState _ts = new();
    private readonly PyDict _dict = new();
    private readonly PyValue[] _hitKeys = new PyValue[Batch];
    private readonly PyValue[] _missKeys = new PyValue[Batch];
    private readonly PyValue[] _ints = new PyValue[Batch];
    private readonly PyValue[] _floats = new PyValue[Batch];
    private readonly PyValue[] _objects = new PyValue[Batch];
    private readonly string[] _texts = new string[Batch];

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < Batch; i++)
        {
            var key = PyValue.FromObject(new PyStr("name" + i));
            _dict.SetItem(_ts, key, PyValue.FromInt64(i));
            _hitKeys[i] = PyValue.FromObject(new PyStr("name" + i));
            _missKeys[i] = PyValue.FromObject(new PyStr("other" + i));
            _ints[i] = PyValue.FromInt64(i * 7919L);
            _floats[i] = PyValue.FromDouble(i * 0.5);
            _objects[i] = i % 2 == 0 ? PyValue.True : PyValue.None;
            _texts[i] = "identifier_" + i;
        }

        // Warm the cached str hashes of the probe keys, as interned names would be.
        foreach (var k in _hitKeys)
        {
            _ = ((PyStr)k.AsObject).Hash();
        }

        foreach (var k in _missKeys)
        {
            _ = ((PyStr)k.AsObject).Hash();
        }
    }

    /// <summary>1,024 immediate int additions with the overflow check (no promotion happens).</summary>
    [Benchmark]
    public long IntAdd1024()
    {
        var acc = PyValue.FromInt64(0);
        foreach (var v in _ints)
        {
            acc = PyInt.Add(acc, v);
        }

        return acc.AsInt64;
    }

    /// <summary>1,024 dict lookups that find their str key (equal but not identical keys).</summary>
    [Benchmark]
    public int DictLookupHit1024()
    {
        var found = 0;
        foreach (var k in _hitKeys)
        {
            found += _dict.TryGetValue(_ts, k, out _) == DictLookup.Found ? 1 : 0;
        }

        return found;
    }

    /// <summary>1,024 dict lookups of absent str keys.</summary>
    [Benchmark]
    public int DictLookupMiss1024()
    {
        var found = 0;
        foreach (var k in _missKeys)
        {
            found += _dict.TryGetValue(_ts, k, out _) == DictLookup.Found ? 1 : 0;
        }

        return found;
    }

    /// <summary>1,024 appends to a fresh list of immediate ints (Int64 strategy, long[]).</summary>
    [Benchmark]
    public int ListAppendInt64() => Fill(_ints);

    /// <summary>1,024 appends to a fresh list of floats (Float64 strategy, double[]).</summary>
    [Benchmark]
    public int ListAppendFloat64() => Fill(_floats);

    /// <summary>1,024 appends to a fresh list of other objects (Object strategy, PyValue[]).</summary>
    [Benchmark]
    public int ListAppendObject() => Fill(_objects);

    /// <summary>SipHash-1-3 of 1,024 fresh ASCII strings of 12–15 characters (no cached hash).</summary>
    [Benchmark]
    public long StrHash1024()
    {
        long sum = 0;
        foreach (var t in _texts)
        {
            sum += new PyStr(t).ComputeHash(HashSecret.Current);
        }

        return sum;
    }

    private static int Fill(PyValue[] values)
    {
        var list = new PyList();
        foreach (var v in values)
        {
            list.Append(v);
        }

        return list.Count;
    }
}
