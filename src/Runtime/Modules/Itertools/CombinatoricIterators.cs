using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// product, permutations, combinations and combinations_with_replacement: index vectors over
/// pools read up front, advanced as in the itertools documentation's equivalents.
/// </summary>
internal sealed class CombinatoricIterator : NativeIterator
{
    public static readonly Lazy<PyType> ProductType = new(() => Create("product", NewProduct));
    public static readonly Lazy<PyType> PermutationsType = new(() => Create("permutations", NewPermutations));
    public static readonly Lazy<PyType> CombinationsType = new(() => Create("combinations", (ts, type, a, kw) => NewCombinations(ts, type, a, kw, false)));
    public static readonly Lazy<PyType> CombinationsWithReplacementType = new(() => Create("combinations_with_replacement", (ts, type, a, kw) => NewCombinations(ts, type, a, kw, true)));

    private readonly Kind _kind;
    private readonly PyValue[][] _pools;
    private readonly int[] _indices;
    private readonly int[] _cycles;
    private readonly int _r;
    private bool _started;
    private bool _stopped;

    private CombinatoricIterator(PyType type, Kind kind, PyValue[][] pools, int r)
        : base(type)
    {
        _kind = kind;
        _pools = pools;
        _r = r;
        var n = pools.Length == 0 ? 0 : pools[0].Length;
        // Plain loops, not LINQ: Enumerable.Range/Select over int are JIT-compiled at first use.
        _indices = kind switch
        {
            Kind.Product => new int[pools.Length],
            Kind.Permutations => Ascending(n),
            Kind.Combinations => Ascending(r),
            _ => new int[r],
        };
        _cycles = [];
        if (kind == Kind.Permutations)
        {
            _cycles = new int[r];
            for (var i = 0; i < r; i++)
            {
                _cycles[i] = n - i;
            }
        }

        _stopped = kind switch
        {
            Kind.Product => HasEmptyPool(pools),
            Kind.Permutations or Kind.Combinations => r > n,
            _ => n == 0 && r > 0,
        };
    }

    private static int[] Ascending(int count)
    {
        var result = new int[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = i;
        }

        return result;
    }

    private static bool HasEmptyPool(PyValue[][] pools)
    {
        foreach (var p in pools)
        {
            if (p.Length == 0)
            {
                return true;
            }
        }

        return false;
    }

    private enum Kind
    {
        Product,
        Permutations,
        Combinations,
        CombinationsWithReplacement,
    }

    public override int Next(ThreadState ts, out PyValue item)
    {
        item = default;
        if (_stopped)
        {
            return 0;
        }

        if (_started && !Advance())
        {
            _stopped = true;
            return 0;
        }

        _started = true;
        item = PyValue.FromObject(new PyTuple(Current()));
        return 1;
    }

    private PyValue[] Current()
    {
        if (_kind == Kind.Product)
        {
            var result = new PyValue[_pools.Length];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = _pools[i][_indices[i]];
            }

            return result;
        }

        var pool = _pools[0];
        var items = new PyValue[_r];
        for (var i = 0; i < _r; i++)
        {
            items[i] = pool[_indices[i]];
        }

        return items;
    }

    private bool Advance()
    {
        var n = _pools.Length == 0 ? 0 : _pools[0].Length;
        switch (_kind)
        {
            case Kind.Product:
                for (var i = _pools.Length - 1; i >= 0; i--)
                {
                    if (++_indices[i] < _pools[i].Length)
                    {
                        return true;
                    }

                    _indices[i] = 0;
                }

                return false;
            case Kind.Permutations:
                for (var i = _r - 1; i >= 0; i--)
                {
                    if (--_cycles[i] == 0)
                    {
                        var first = _indices[i];
                        Array.Copy(_indices, i + 1, _indices, i, n - i - 1);
                        _indices[n - 1] = first;
                        _cycles[i] = n - i;
                    }
                    else
                    {
                        var j = _cycles[i];
                        (_indices[i], _indices[n - j]) = (_indices[n - j], _indices[i]);
                        return true;
                    }
                }

                return false;
            case Kind.Combinations:
                for (var i = _r - 1; i >= 0; i--)
                {
                    if (_indices[i] != i + n - _r)
                    {
                        _indices[i]++;
                        for (var j = i + 1; j < _r; j++)
                        {
                            _indices[j] = _indices[j - 1] + 1;
                        }

                        return true;
                    }
                }

                return false;
            default:
                for (var i = _r - 1; i >= 0; i--)
                {
                    if (_indices[i] != n - 1)
                    {
                        var v = _indices[i] + 1;
                        for (var j = i; j < _r; j++)
                        {
                            _indices[j] = v;
                        }

                        return true;
                    }
                }

                return false;
        }
    }

    private static PyType Create(string name, NewFunc create)
    {
        var t = NativeTypes.CreateIterator(name, "itertools", true, create);
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyValue[]? Pool(ThreadState ts, PyValue iterable) => SequenceHelpers.ToArray(ts, iterable);

    private static PyValue NewProduct(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        long repeat = 1;
        if (kw is { Length: > 0 })
        {
            if (kw.Length != 1 || kw[0].AsObject is not PyStr { Value: "repeat" })
            {
                return ts.SetError(PyExc.TypeError, "product() got an unexpected keyword argument");
            }

            if (!PyOps.TryIndexAsInt64(ts, args[^1], PyExc.OverflowError, out repeat))
            {
                return PyValue.Error;
            }

            if (repeat < 0)
            {
                return ts.SetError(PyExc.ValueError, "repeat argument cannot be negative");
            }
        }

        var pos = NativeTypes.Positional(args, kw);
        if (pos.Length > 0 && repeat > int.MaxValue / pos.Length)
        {
            return ts.SetError(PyExc.OverflowError, "repeat argument too large");
        }

        var basePools = new PyValue[pos.Length][];
        for (var i = 0; i < pos.Length; i++)
        {
            var pool = Pool(ts, pos[i]);
            if (pool is null)
            {
                return PyValue.Error;
            }

            basePools[i] = pool;
        }

        var pools = new PyValue[basePools.Length * (int)repeat][];
        for (var i = 0; i < pools.Length; i++)
        {
            pools[i] = basePools[i % basePools.Length];
        }

        return PyValue.FromObject(new CombinatoricIterator(type, Kind.Product, pools, pools.Length));
    }

    private static PyValue NewPermutations(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        if (!ArgParser.Parse(ts, "permutations", args, kw, ["iterable", "r"], 1, 0, p))
        {
            return PyValue.Error;
        }

        var pool = Pool(ts, p[0]);
        if (pool is null)
        {
            return PyValue.Error;
        }

        long r = pool.Length;
        if (!p[1].IsNull && !p[1].IsNone)
        {
            if (!PyInt.IsInt(p[1]))
            {
                return ts.SetError(PyExc.TypeError, "Expected int as r");
            }

            if (!PyOps.TryIndexAsInt64(ts, p[1], PyExc.OverflowError, out r))
            {
                return PyValue.Error;
            }
        }

        return r < 0 ? ts.SetError(PyExc.ValueError, "r must be non-negative")
            : PyValue.FromObject(new CombinatoricIterator(type, Kind.Permutations, [pool], (int)Math.Min(r, int.MaxValue)));
    }

    private static PyValue NewCombinations(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw, bool replacement)
    {
        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        if (!ArgParser.Parse(ts, replacement ? "combinations_with_replacement" : "combinations", args, kw, ["iterable", "r"], 2, 0, p))
        {
            return PyValue.Error;
        }

        var pool = Pool(ts, p[0]);
        if (pool is null || !PyOps.TryIndexAsInt64(ts, p[1], PyExc.OverflowError, out var r))
        {
            return PyValue.Error;
        }

        return r < 0 ? ts.SetError(PyExc.ValueError, "r must be non-negative")
            : PyValue.FromObject(new CombinatoricIterator(type, replacement ? Kind.CombinationsWithReplacement : Kind.Combinations, [pool], (int)Math.Min(r, int.MaxValue)));
    }
}
