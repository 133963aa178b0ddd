namespace ProtoPython.Compiler.Code;

/// <summary>
/// <c>co_flags</c> bits with CPython 3.14's values (<c>dis.COMPILER_FLAG_NAMES</c> plus the
/// <c>__future__</c> feature bits, which CPython also stores in <c>co_flags</c>).
/// </summary>
[Flags]
public enum CodeFlags
{
    None = 0,
    Optimized = 0x0001,
    NewLocals = 0x0002,
    VarArgs = 0x0004,
    VarKeywords = 0x0008,
    Nested = 0x0010,
    Generator = 0x0020,
    NoFree = 0x0040,
    Coroutine = 0x0080,
    IterableCoroutine = 0x0100,
    AsyncGenerator = 0x0200,
    FutureDivision = 0x20000,
    FutureAbsoluteImport = 0x40000,
    FutureWithStatement = 0x80000,
    FuturePrintFunction = 0x100000,
    FutureUnicodeLiterals = 0x200000,
    FutureBarryAsBdfl = 0x400000,
    FutureGeneratorStop = 0x800000,
    FutureAnnotations = 0x1000000,
    HasDocstring = 0x4000000,
    Method = 0x8000000,
}

/// <summary>
/// The kind byte of each entry of <c>co_localsplusnames</c> (CPython's <c>_PyLocals_Kind</c>).
/// A local may also be a cell; a free variable is neither.
/// </summary>
[Flags]
public enum LocalKind : byte
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
