namespace ProtoPython.Objects;

/// <summary>The storage strategy of a <see cref="PyList"/> (ARCHITECTURE §2.2).</summary>
public enum ListStrategy : byte
{
    /// <summary>No items and no chosen element kind; the next store chooses.</summary>
    Empty,

    /// <summary>Exact ints in [-2^63, 2^63) as <c>long[]</c> (never bools).</summary>
    Int64,

    /// <summary>Floats as <c>double[]</c>.</summary>
    Float64,

    /// <summary>Anything, as <c>PyValue[]</c>.</summary>
    Object,
}

/// <summary>
/// list with PyPy-style storage strategies (ARCHITECTURE §2.2). The first store into an
/// <see cref="ListStrategy.Empty"/> list chooses <see cref="ListStrategy.Int64"/>,
/// <see cref="ListStrategy.Float64"/> or <see cref="ListStrategy.Object"/>; storing a value that
/// does not fit the current strategy converts to Object, and nothing converts back, except that
/// <see cref="Clear"/> (which drops the storage, as CPython's list_clear) returns to Empty.
/// Capacity follows CPython's <c>list_resize</c>, so <see cref="Capacity"/> equals CPython's
/// <c>allocated</c> after the same operations.
/// Split by aspect: this file (storage, growth, conversion), Sequence (index, insert, pop,
/// slice, extend, reverse), Kernels (contains/index/count, sum).
/// </summary>
public partial class PyList : PyObject
{
    /// <summary>
    /// Whether strategy conversions are counted (§8 stats "list strategy conversions by kind"):
    /// with --jit-stats (<see cref="ObjectStats"/>) or PROTOPY_LIST_STATS=1. A static readonly
    /// bool, so the JIT removes the check when off.
    /// </summary>
    public static readonly bool CollectStats = ObjectStats.Enabled || Environment.GetEnvironmentVariable("PROTOPY_LIST_STATS") == "1";

    private static readonly long[] s_conversions = new long[4];

    // At or below this capacity CPython 3.14 does not shrink (only clears to 0).
    private const int SmallCapacity = 32;

    private ListStrategy _strategy;
    private long[] _ints = [];
    private double[] _floats = [];
    private PyValue[] _objects = [];
    private int _count;

    // CPython's `allocated`: the length of the active array (0 = no storage, CPython's NULL ob_item).
    private int _allocated;

    /// <summary>A new empty list (<c>[]</c>).</summary>
    public PyList()
        : base(PyType.List)
    {
    }

    /// <summary>An empty instance of <paramref name="type"/> (list or a subclass: see <see cref="PyListInstance"/>).</summary>
    protected PyList(PyType type)
        : base(type)
    {
    }

    /// <summary>A list of the given items (strategy chosen by appending them).</summary>
    public static PyList FromValues(ReadOnlySpan<PyValue> items)
    {
        var list = new PyList();
        foreach (var item in items)
        {
            list.Append(item);
        }

        return list;
    }

    /// <summary>A list of type objects (<c>mro()</c>, <c>__subclasses__()</c>).</summary>
    public PyList(IEnumerable<PyType> types)
        : this()
    {
        foreach (var t in types)
        {
            Append(PyValue.FromObject(t));
        }
    }

    /// <summary>The number of items (<c>len</c>).</summary>
    public int Count => _count;

    /// <summary>The current storage strategy (for the specializer, §5).</summary>
    public ListStrategy Strategy => _strategy;

    /// <summary>CPython's <c>allocated</c>: the item slots reserved.</summary>
    public int Capacity => _allocated;

    /// <summary>The items of an Int64 list (valid only while <see cref="Strategy"/> is Int64).</summary>
    public Span<long> Int64Items => _ints.AsSpan(0, _strategy == ListStrategy.Int64 ? _count : 0);

    /// <summary>The items of a Float64 list (valid only while <see cref="Strategy"/> is Float64).</summary>
    public Span<double> Float64Items => _floats.AsSpan(0, _strategy == ListStrategy.Float64 ? _count : 0);

    /// <summary>Item <paramref name="index"/> of an Int64 list (the caller checked the strategy and that index &lt; Count).</summary>
    public long Int64At(int index) => _ints[index];

    /// <summary>Item <paramref name="index"/> of a Float64 list (the caller checked the strategy and that index &lt; Count).</summary>
    public double Float64At(int index) => _floats[index];

    /// <summary>Rebinds item <paramref name="index"/> of an Int64 list (strategy and index checked by the caller).</summary>
    public void SetInt64At(int index, long value) => _ints[index] = value;

    /// <summary>Rebinds item <paramref name="index"/> of a Float64 list (strategy and index checked by the caller).</summary>
    public void SetFloat64At(int index, double value) => _floats[index] = value;

    /// <summary>CONTAINS_OP_LIST_I64: whether an Int64 list holds <paramref name="value"/> (a vectorized scan), or null when the list is not Int64.</summary>
    public bool? ContainsInt64(long value) =>
        _strategy == ListStrategy.Int64 ? _ints.AsSpan(0, _count).Contains(value) : null;

    /// <summary>How many conversions into Object storage happened from <paramref name="from"/> (when <see cref="CollectStats"/>).</summary>
    public static long ConversionCount(ListStrategy from) => Interlocked.Read(ref s_conversions[(int)from]);

    /// <summary>The strategy a single value would choose for an empty list.</summary>
    public static ListStrategy StrategyFor(PyValue value) =>
        value.IsInt64 ? ListStrategy.Int64 : value.IsFloat ? ListStrategy.Float64 : ListStrategy.Object;

    /// <summary>The item at <paramref name="index"/> in [0, Count) (no checks).</summary>
    public PyValue ItemAt(int index) => _strategy switch
    {
        ListStrategy.Int64 => PyValue.FromInt64(_ints[index]),
        ListStrategy.Float64 => PyValue.FromDouble(_floats[index]),
        _ => _objects[index],
    };

    private void StoreAt(int index, PyValue value)
    {
        switch (_strategy)
        {
            case ListStrategy.Int64:
                _ints[index] = value.AsInt64;
                break;
            case ListStrategy.Float64:
                _floats[index] = value.AsDouble;
                break;
            default:
                _objects[index] = value;
                break;
        }
    }

    /// <summary>Makes the storage able to hold <paramref name="value"/>: chooses or converts the strategy.</summary>
    private void Accommodate(PyValue value)
    {
        var wanted = StrategyFor(value);
        if (wanted != _strategy && _strategy != ListStrategy.Object)
        {
            SwitchTo(_strategy == ListStrategy.Empty ? wanted : ListStrategy.Object);
        }
    }

    private void SwitchTo(ListStrategy target)
    {
        var old = _strategy;
        _strategy = target;
        if (old == ListStrategy.Empty)
        {
            AllocateArray(Math.Max(_allocated, 0));
            return;
        }

        if (CollectStats)
        {
            Interlocked.Increment(ref s_conversions[(int)old]);
            if (old == ListStrategy.Int64)
            {
                ObjectStats.ListInt64ToObject++;
            }
            else
            {
                ObjectStats.ListFloat64ToObject++;
            }
        }

        var boxed = new PyValue[_allocated];
        for (var i = 0; i < _count; i++)
        {
            boxed[i] = old == ListStrategy.Int64 ? PyValue.FromInt64(_ints[i]) : PyValue.FromDouble(_floats[i]);
        }

        _objects = boxed;
        _ints = [];
        _floats = [];
    }

    private void AllocateArray(int length)
    {
        switch (_strategy)
        {
            case ListStrategy.Int64:
                _ints = new long[length];
                break;
            case ListStrategy.Float64:
                _floats = new double[length];
                break;
            case ListStrategy.Object:
                _objects = new PyValue[length];
                break;
        }
    }

    private void ReallocateArray(int length)
    {
        switch (_strategy)
        {
            case ListStrategy.Int64:
                Array.Resize(ref _ints, length);
                break;
            case ListStrategy.Float64:
                Array.Resize(ref _floats, length);
                break;
            case ListStrategy.Object:
                Array.Resize(ref _objects, length);
                break;
        }

        _allocated = length;
    }

    /// <summary>
    /// CPython's <c>list_resize</c>: sets the count to <paramref name="newSize"/>, reallocating with
    /// over-allocation <c>(n + (n &gt;&gt; 3) + 6) &amp; ~3</c> when growing past the capacity or
    /// shrinking below half of it. New slots are not cleared for the caller.
    /// </summary>
    private void Resize(int newSize)
    {
        // CPython 3.14 measured (sys.getsizeof, see tools/objects/record_lists.py): a shrink never
        // happens while 32 or fewer slots are allocated, except down to an empty list.
        if (_allocated >= newSize && (newSize >= (_allocated >> 1) || (_allocated <= SmallCapacity && newSize > 0)))
        {
            ClearTail(newSize);
            _count = newSize;
            return;
        }

        long newAllocated = (newSize + (newSize >> 3) + 6L) & ~3L;
        if (newSize - _count > newAllocated - newSize)
        {
            newAllocated = (newSize + 3L) & ~3L;
        }

        if (newSize == 0)
        {
            newAllocated = 0;
        }

        ClearTail(newSize);
        ReallocateArray((int)newAllocated);
        _count = newSize;
    }

    /// <summary>CPython's <c>list_preallocate_exact</c> for a list without storage: an even number of slots.</summary>
    private void PreallocateExact(int size)
    {
        var length = (size + 1) & ~1;
        AllocateArray(length);
        _allocated = length;
    }

    // Object slots past the new end must not keep values alive.
    private void ClearTail(int newSize)
    {
        if (_strategy == ListStrategy.Object && newSize < _count)
        {
            Array.Clear(_objects, newSize, _count - newSize);
        }
    }

    /// <summary><c>list.append(value)</c>.</summary>
    public void Append(PyValue value)
    {
        Accommodate(value);
        var n = _count;
        if (n < _allocated)
        {
            _count = n + 1;
        }
        else
        {
            Resize(n + 1);
        }

        StoreAt(n, value);
    }

    /// <summary>
    /// <c>list.clear()</c>: drops the storage (CPython frees <c>ob_item</c>) and returns to the
    /// Empty strategy, so a cleared list chooses again on its next store.
    /// </summary>
    public void Clear()
    {
        _strategy = ListStrategy.Empty;
        _ints = [];
        _floats = [];
        _objects = [];
        _count = 0;
        _allocated = 0;
    }
}
