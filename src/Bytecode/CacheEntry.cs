namespace ProtoPython.Bytecode;

/// <summary>
/// One named inline-cache entry of an instruction (<c>counter/1</c>, <c>func_version/2</c>):
/// <paramref name="Size"/> is in 16-bit code units, as in CPython's <c>opcode._cache_format</c>.
/// </summary>
public readonly record struct CacheEntry(string Name, int Size);
