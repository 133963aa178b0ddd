using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Symtable;

namespace ProtoPython.Compiler.CodeGen;

/// <summary>The kind of code object a unit compiles (CPython's COMPILE_SCOPE_*).</summary>
internal enum ScopeType
{
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
    Annotations,
}

/// <summary>A frame block: what break/continue/return must unwind (CPython's fblockinfo).</summary>
internal enum FBlockType
{
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
    StopIteration,
    AsyncForLoop,
}

internal sealed record FBlock(FBlockType Type, Label Block, SourceLocation Loc, Label Exit, object? Datum);

/// <summary>The state of one code object being compiled (CPython's compiler_unit).</summary>
internal sealed class CompilerUnit
{
    public const int MaxBlocks = 20;

    public CompilerUnit(SymbolTableEntry ste, ScopeType scopeType, CodeUnitMetadata metadata)
    {
        Ste = ste;
        ScopeType = scopeType;
        Metadata = metadata;
    }

    public SymbolTableEntry Ste { get; }

    public ScopeType ScopeType { get; }

    public CodeUnitMetadata Metadata { get; }

    public string? Private { get; set; }

    /// <summary>Attributes assigned through <c>self.X</c> in a class's methods.</summary>
    public SortedSet<string>? StaticAttributes { get; set; }

    public List<AnnAssign>? DeferredAnnotations { get; set; }

    public List<int>? ConditionalAnnotationIndices { get; set; }

    public int NextConditionalAnnotationIndex { get; set; }

    public InstructionSequence Seq { get; set; } = new();

    public InstructionSequence? StashedSeq { get; set; }

    public List<FBlock> FBlocks { get; } = [];

    public int InInlinedComp { get; set; }

    public int InConditionalBlock { get; set; }
}
