namespace ProtoPython.Objects;

/// <summary>
/// The key half of a split dict (ARCHITECTURE §2.4): the index table plus the dense entries'
/// hashes and keys, in insertion order. The values live in the owning <see cref="PyDict"/>, so a
/// DictKeys can later be shared by many dicts (instances of one class) without change.
/// <para>
/// The index table is one <c>int[]</c> rather than CPython's width-by-size (int8/16/32/64)
/// arrays: one code path the JIT can keep tight, and entry counts above 2^31 are impossible in a
/// .NET array anyway. The cost is 4 bytes per slot for small dicts (32 bytes at the minimum size
/// of 8). Iteration order depends only on the entries, so it is unaffected.
/// </para>
/// </summary>
public sealed class DictKeys
{
    /// <summary>An index slot never used (CPython's DKIX_EMPTY).</summary>
    internal const int Empty = -1;

    /// <summary>An index slot whose entry was deleted (DKIX_DUMMY): probing continues past it.</summary>
    internal const int Dummy = -2;

    /// <summary>CPython's PyDict_MINSIZE.</summary>
    internal const int MinSize = 8;

    private const int PerturbShift = 5;

    private static uint s_nextVersion = 1;

    /// <summary>The shared keys of every empty dict: one EMPTY slot and no usable entries, so the first insert resizes (as CPython's Py_EMPTY_KEYS).</summary>
    internal static readonly DictKeys EmptyKeys = new(1, 0, strOnly: true);

    internal readonly int[] Indices;
    internal readonly long[] Hashes;

    /// <summary>Entry keys; <see cref="PyValue.Error"/> (null) marks a deleted entry.</summary>
    internal readonly PyValue[] Keys;

    private uint _version;

    private DictKeys(int size, int capacity, bool strOnly)
    {
        StrOnly = strOnly;
        Indices = new int[size];
        Array.Fill(Indices, Empty);
        Hashes = new long[capacity];
        Keys = new PyValue[capacity];
        Usable = capacity;
    }

    /// <summary>Entries used so far, deleted ones included (dk_nentries): the next entry's index.</summary>
    internal int EntryCount { get; set; }

    /// <summary>Entries that can still be appended before a resize (dk_usable).</summary>
    internal int Usable { get; set; }

    /// <summary>
    /// True while every key is an exact str (CPython's DICT_KEYS_UNICODE): lookups can then skip
    /// type checks. Inserting another key first converts the table by a resize, as CPython does,
    /// so table sizes follow CPython's.
    /// </summary>
    public bool StrOnly { get; }

    /// <summary>The entry capacity: USABLE_FRACTION of the table size.</summary>
    public int Capacity => Keys.Length;

    /// <summary>The index table size (a power of two).</summary>
    public int Size => Indices.Length;

    /// <summary>
    /// The keys version for guards (LOAD_GLOBAL_MODULE): assigned from a global counter when first
    /// asked, 0 again after any change to the key set. 0 means "not versioned": the counter does
    /// not wrap, it stops handing out versions (as CPython's dk_version).
    /// </summary>
    public uint Version
    {
        get
        {
            if (_version == 0 && s_nextVersion != 0)
            {
                _version = s_nextVersion++;
            }

            return _version;
        }
    }

    /// <summary>The current version without assigning one (0 when unversioned): what cache guards compare.</summary>
    public uint VersionTag => _version;

    /// <summary>True when a version is currently assigned (for tests and diagnostics; does not assign one).</summary>
    public bool HasVersion => _version != 0;

    /// <summary>A keys object whose table holds at least <paramref name="minSize"/> slots.</summary>
    internal static DictKeys Create(long minSize, bool strOnly)
    {
        var size = MinSize;
        while (size < minSize)
        {
            size <<= 1;
        }

        return new DictKeys(size, UsableFraction(size), strOnly);
    }

    /// <summary>CPython's USABLE_FRACTION: at most 2/3 of the slots hold entries.</summary>
    internal static int UsableFraction(int size) => (size << 1) / 3;

    /// <summary>Called on every change to the key set (new key, delete); a resize makes a new DictKeys.</summary>
    internal void KeySetChanged() => _version = 0;

    /// <summary>
    /// The first index slot for <paramref name="hash"/> that holds no live entry (EMPTY or DUMMY),
    /// following CPython's probe sequence: i = (5*i + perturb + 1) &amp; mask, perturb &gt;&gt;= 5.
    /// </summary>
    internal int FindEmptySlot(long hash)
    {
        var mask = (ulong)(Indices.Length - 1);
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        while (Indices[i] >= 0)
        {
            perturb >>= PerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }

        return (int)i;
    }
}
