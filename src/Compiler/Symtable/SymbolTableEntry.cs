using ProtoPython.Compiler.CodeGen;

namespace ProtoPython.Compiler.Symtable;

/// <summary>
/// One block (scope) of the program: module, class, function, lambda, comprehension,
/// annotation, type-parameter, type-alias or type-variable scope (CPython's <c>PySTEntryObject</c>).
/// </summary>
public sealed class SymbolTableEntry
{
    internal SymbolTableEntry(string name, BlockType type, SourceLocation location, SymbolTableEntry? parent)
    {
        Name = name;
        Type = type;
        Location = location;
        if (parent is not null && (parent.IsNested || parent.IsFunctionLike))
        {
            IsNested = true;
        }

        IsMethod = parent is not null && parent.Type == BlockType.Class && type == BlockType.Function;
    }

    public string Name { get; }

    /// <summary>The AST object (and variant) that opened this block.</summary>
    public BlockKey Key { get; internal set; }

    public BlockType Type { get; }

    public SourceLocation Location { get; }

    /// <summary>Names in first-definition order with their flags and, after analysis, scopes.</summary>
    public Dictionary<string, Symbol> Symbols { get; } = new(StringComparer.Ordinal);

    /// <summary>Parameters in order (<c>ste_varnames</c>): the first entries of <c>co_varnames</c>.</summary>
    public List<string> VarNames { get; } = [];

    public List<SymbolTableEntry> Children { get; } = [];

    public ComprehensionKind Comprehension { get; internal set; }

    public bool IsNested { get; }

    public bool IsMethod { get; }

    public bool IsGenerator { get; internal set; }

    public bool IsCoroutine { get; internal set; }

    public bool HasVarArgs { get; internal set; }

    public bool HasVarKeywords { get; internal set; }

    public bool ReturnsValue { get; internal set; }

    /// <summary>A method uses <c>__class__</c> or <c>super</c>: the class body creates the cell.</summary>
    public bool NeedsClassClosure { get; internal set; }

    /// <summary>A nested annotation or type scope reads the class namespace through <c>__classdict__</c>.</summary>
    public bool NeedsClassDict { get; internal set; }

    public bool HasConditionalAnnotations { get; internal set; }

    /// <summary>This comprehension was inlined into its parent (PEP 709).</summary>
    public bool IsInlinedComprehension { get; internal set; }

    /// <summary>An annotation or type scope inside a class that sees the class namespace.</summary>
    public bool CanSeeClassScope { get; internal set; }

    public bool HasDocstring { get; internal set; }

    /// <summary>Some annotation is present (drives whether <c>__annotate__</c> is generated).</summary>
    public bool AnnotationsUsed { get; internal set; }

    /// <summary>The <c>__annotate__</c> block of a module or class (annotations of its body).</summary>
    public SymbolTableEntry? AnnotationBlock { get; internal set; }

    internal bool CompIterTarget { get; set; }

    internal int CompIterExpr { get; set; }

    internal bool InConditionalBlock { get; set; }

    internal bool InUnevaluatedAnnotation { get; set; }

    /// <summary>For type-variable scopes: "a TypeVar bound", "a ParamSpec default", ...</summary>
    internal string? ScopeInfo { get; set; }

    /// <summary>In the type-parameter scope of a generic class, the names to mangle.</summary>
    internal HashSet<string>? MangledNames { get; set; }

    /// <summary>global/nonlocal statements: name and location, for error positions.</summary>
    internal List<(string Name, SourceLocation Location)> Directives { get; } = [];

    public bool IsFunctionLike => Type is BlockType.Function or BlockType.Annotation
        or BlockType.TypeVariable or BlockType.TypeAlias or BlockType.TypeParameters;

    public SymbolFlags GetFlags(string name) => Symbols.TryGetValue(name, out var s) ? s.Flags : SymbolFlags.None;

    public SymbolScope GetScope(string name) => Symbols.TryGetValue(name, out var s) ? s.Scope : SymbolScope.Unknown;

    public override string ToString() => $"<symtable entry {Name}, line {Location.Lineno}>";
}
