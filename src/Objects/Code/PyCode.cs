using ProtoPython.Bytecode.Tables;

namespace ProtoPython.Objects;

/// <summary><c>co_localspluskinds</c> bits (CPython's <c>CO_FAST_*</c>); the compiler's LocalKind has the same values.</summary>
[Flags]
public enum LocalsKind : byte
{
    None = 0,
    ArgPositional = 0x02,
    ArgKeyword = 0x04,
    ArgVar = 0x08,
    Hidden = 0x10,
    Local = 0x20,
    Cell = 0x40,
    Free = 0x80,
}

/// <summary>
/// A code object as the interpreter runs it (ARCHITECTURE §1, §5.1): the code units, which
/// quickening rewrites in place, plus constants as values, interned names, the locals-plus layout
/// and the exception and location tables. Made from the compiler's immutable CodeObject by the
/// runtime; <see cref="OriginalCode"/> keeps <c>co_code</c>.
/// </summary>
public sealed class PyCode : PyObject
{
    private ExceptionTableEntry[]? _exceptionEntries;

    public PyCode()
        : base(PyType.Code)
    {
    }

    /// <summary>The executed code units (opcode | oparg &lt;&lt; 8, caches inline); specializing rewrites them.</summary>
    public required ushort[] Instructions { get; init; }

    /// <summary><c>co_code</c> as compiled.</summary>
    public required ushort[] OriginalCode { get; init; }

    public required PyValue[] Consts { get; init; }

    public required PyStr[] Names { get; init; }

    public required PyStr[] LocalsPlusNames { get; init; }

    public required LocalsKind[] LocalsPlusKinds
    {
        get => _localsPlusKinds;
        init
        {
            _localsPlusKinds = value;
            NFree = CountFree(value);
        }
    }

    private readonly LocalsKind[] _localsPlusKinds = [];

    public required int ArgCount { get; init; }

    public required int PosOnlyArgCount { get; init; }

    public required int KwOnlyArgCount { get; init; }

    public required int StackSize { get; init; }

    /// <summary><c>co_flags</c> (CO_* values).</summary>
    public required int Flags { get; init; }

    public required PyStr Name { get; init; }

    public required PyStr QualName { get; init; }

    public required string Filename { get; init; }

    public required int FirstLineNo { get; init; }

    public required byte[] LineTable { get; init; }

    public required byte[] ExceptionTable { get; init; }

    /// <summary>Locals, cells and free variables: the frame window's first part.</summary>
    public int NLocalsPlus => LocalsPlusNames.Length;

    /// <summary>The frame window: locals plus the evaluation stack.</summary>
    public int FrameSize => LocalsPlusNames.Length + StackSize;

    /// <summary>Number of free variables (the last entries of locals-plus), derived from the kinds.</summary>
    public int NFree { get; private init; }

    private static int CountFree(LocalsKind[] kinds)
    {
        var n = 0;
        foreach (var kind in kinds)
        {
            if ((kind & LocalsKind.Free) != 0)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Parameters including *args and **kwargs.</summary>
    public int TotalArgCount => ArgCount + KwOnlyArgCount + ((Flags & CodeFlagBits.VarArgs) != 0 ? 1 : 0) + ((Flags & CodeFlagBits.VarKeywords) != 0 ? 1 : 0);

    /// <summary>No *args, **kwargs or keyword-only parameters: a call with exactly ArgCount positional arguments binds by copying.</summary>
    public bool TakesPositionalOnly => (Flags & (CodeFlagBits.VarArgs | CodeFlagBits.VarKeywords)) == 0 && KwOnlyArgCount == 0;

    public bool IsGenerator => (Flags & (CodeFlagBits.Generator | CodeFlagBits.Coroutine | CodeFlagBits.AsyncGenerator | CodeFlagBits.IterableCoroutine)) != 0
        && (Flags & (CodeFlagBits.Generator | CodeFlagBits.Coroutine | CodeFlagBits.AsyncGenerator)) != 0;

    /// <summary>Counters and extra per-code state the interpreter and specializer keep.</summary>
    public object? Adaptive { get; set; }

    /// <summary>
    /// Object references of specialized instructions (ARCHITECTURE §5.1: a ushort cache cannot hold
    /// one), indexed by the instruction's code-unit index: the function of LOAD_ATTR_METHOD_*, the
    /// shape of STORE_ATTR_INSTANCE_VALUE. Allocated when first needed.
    /// </summary>
    public PyValue[]? CacheValues;

    /// <summary>
    /// The shapes of STORE_ATTR_INSTANCE_VALUE, indexed like <see cref="CacheValues"/>: at the
    /// instruction's index the shape it guards; when the store adds the attribute, the shape after
    /// it at the next index (the counter's unit, which no other instruction uses).
    /// </summary>
    public Shape?[]? CacheShapes { get; set; }

    /// <summary>Whether the specializer's counters have been initialized in <see cref="Instructions"/> (quickening).</summary>
    public bool IsQuickened { get; set; }

    /// <summary>The exception table, parsed once, in code units (the reader gives byte offsets, as dis shows them).</summary>
    public ExceptionTableEntry[] ExceptionEntries => _exceptionEntries ??= [.. ExceptionTableReader.Parse(ExceptionTable)
        .Select(e => e with { Start = e.Start / 2, End = e.End / 2, Target = e.Target / 2 })];

    /// <summary>The handler covering code unit <paramref name="index"/>, or false.</summary>
    public bool TryFindHandler(int index, out ExceptionTableEntry handler)
    {
        // Entries are sorted by start and do not overlap: binary search.
        var entries = ExceptionEntries;
        int lo = 0, hi = entries.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var e = entries[mid];
            if (index < e.Start)
            {
                hi = mid - 1;
            }
            else if (index >= e.End)
            {
                lo = mid + 1;
            }
            else
            {
                handler = e;
                return true;
            }
        }

        handler = default;
        return false;
    }

    /// <summary>The source line of code unit <paramref name="index"/>, or -1.</summary>
    public int LineAt(int index) => PositionAt(index).Lineno ?? -1;

    /// <summary>The source position of code unit <paramref name="index"/> (for tracebacks).</summary>
    public SourcePosition PositionAt(int index)
    {
        var offset = 0;
        foreach (var entry in LocationTable.Decode(LineTable, FirstLineNo))
        {
            if (index < offset + entry.Length)
            {
                return entry.Position;
            }

            offset += entry.Length;
        }

        return SourcePosition.None;
    }

    public override string ToString() => "<code object " + Name.Value + ", file \"" + Filename + "\", line " + FirstLineNo + ">";
}

/// <summary><c>co_flags</c> values (CPython's CO_*).</summary>
public static class CodeFlagBits
{
    public const int Optimized = 0x0001;
    public const int NewLocals = 0x0002;
    public const int VarArgs = 0x0004;
    public const int VarKeywords = 0x0008;
    public const int Nested = 0x0010;
    public const int Generator = 0x0020;
    public const int NoFree = 0x0040;
    public const int Coroutine = 0x0080;
    public const int IterableCoroutine = 0x0100;
    public const int AsyncGenerator = 0x0200;
    public const int HasDocstring = 0x4000000;
    public const int Method = 0x8000000;
}
