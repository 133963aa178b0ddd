namespace ProtoPython.Compiler.Symtable;

/// <summary>
/// What the first symtable pass learned about a name in one block (CPython's <c>DEF_*</c> bits,
/// same values, so dumps compare directly with <c>symtable</c>'s flags).
/// </summary>
[Flags]
public enum SymbolFlags
{
    None = 0,
    DefGlobal = 1,
    DefLocal = 2,
    DefParam = 4,
    DefNonlocal = 8,
    Use = 16,
    DefFreeClass = 64,
    DefImport = 128,
    DefAnnot = 256,
    DefCompIter = 512,
    DefTypeParam = 1024,
    DefCompCell = 2048,

    /// <summary>Any binding in this block (<c>DEF_BOUND</c>).</summary>
    DefBound = DefLocal | DefParam | DefImport,
}

/// <summary>The scope the analysis pass assigns a name (CPython's scope values).</summary>
public enum SymbolScope
{
    Unknown = 0,
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}

/// <summary>The kind of a block (CPython's <c>_Py_block_ty</c>).</summary>
public enum BlockType
{
    Function,
    Class,
    Module,

    /// <summary>An <c>__annotate__</c> function (PEP 649).</summary>
    Annotation,

    /// <summary>The lazily evaluated bound, constraints or default of a type parameter.</summary>
    TypeVariable,

    /// <summary>The lazily evaluated value of a <c>type</c> statement.</summary>
    TypeAlias,

    /// <summary>The scope holding a generic's type parameters (PEP 695).</summary>
    TypeParameters,
}

/// <summary>Which comprehension a function block implements.</summary>
public enum ComprehensionKind
{
    None,
    List,
    Generator,
    Dict,
    Set,
}

/// <summary>One name in one block after analysis.</summary>
public sealed class Symbol
{
    public Symbol(string name, SymbolFlags flags)
    {
        Name = name;
        Flags = flags;
    }

    public string Name { get; }

    public SymbolFlags Flags { get; internal set; }

    public SymbolScope Scope { get; internal set; }

    public override string ToString() => $"{Name}: {Flags} {Scope}";
}
