using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Symtable;

/// <summary>
/// The scopes of one module: built from the AST by <see cref="SymbolTableBuilder"/>, then
/// analyzed. The code generator looks blocks up by the node that opened them.
/// </summary>
public sealed class SymbolTable
{
    private readonly Dictionary<BlockKey, SymbolTableEntry> _blocks = [];

    internal SymbolTable(string filename, FutureFeatures future)
    {
        Filename = filename;
        Future = future;
    }

    public string Filename { get; }

    public FutureFeatures Future { get; }

    public SymbolTableEntry Top { get; internal set; } = null!;

    /// <summary>
    /// The block opened by <paramref name="key"/>: a function, class, lambda or comprehension
    /// node, an <see cref="Arguments"/> (a function's annotation scope), a type-parameter list,
    /// a <see cref="TypeParamNode"/> (its bound; <paramref name="variant"/> 1 for its default),
    /// a TypeAlias statement, or a block's own key with variant 1 (its annotation scope).
    /// </summary>
    public SymbolTableEntry Lookup(object key, int variant = 0) =>
        _blocks.TryGetValue(new BlockKey(key, variant), out var entry)
            ? entry
            : throw new KeyNotFoundException("unknown symbol table entry");

    public bool TryLookup(object key, int variant, out SymbolTableEntry? entry) =>
        _blocks.TryGetValue(new BlockKey(key, variant), out entry);

    internal void Register(object key, int variant, SymbolTableEntry entry)
    {
        entry.Key = new BlockKey(key, variant);
        _blocks[entry.Key] = entry;
    }

    public static SymbolTable Build(ModNode mod, string filename, FutureFeatures future, CompileFlags flags) =>
        SymbolTableBuilder.Build(mod, filename, future, flags);
}

/// <summary>Identity of the AST object that opened a block, plus a variant for derived scopes.</summary>
public readonly record struct BlockKey(object Node, int Variant)
{
    public bool Equals(BlockKey other) => ReferenceEquals(Node, other.Node) && Variant == other.Variant;

    public override int GetHashCode() =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Node), Variant);
}
