namespace ProtoPython.Compiler;

/// <summary>The <c>mode</c> argument of <c>compile()</c>.</summary>
public enum CompileMode
{
    Exec,
    Eval,
    Single,
    FuncType,
}

/// <summary>
/// <c>compile()</c> flags with CPython 3.14's bit values (<c>ast.PyCF_*</c> and the
/// <c>__future__</c> compiler flags), so the Python-level constants can pass straight through.
/// </summary>
[Flags]
public enum CompileFlags
{
    None = 0,
    OnlyAst = 0x0400,
    TypeComments = 0x1000,
    AllowTopLevelAwait = 0x2000,
    AllowIncompleteInput = 0x4000,
    OptimizedAst = 0x8000 | OnlyAst,
    DontImplyDedent = 0x0200,
    SourceIsUtf8 = 0x0100,
    IgnoreCookie = 0x0800,
    FutureDivision = 0x20000,
    FutureAbsoluteImport = 0x40000,
    FutureWithStatement = 0x80000,
    FuturePrintFunction = 0x100000,
    FutureUnicodeLiterals = 0x200000,
    FutureBarryAsBdfl = 0x400000,
    FutureGeneratorStop = 0x800000,
    FutureAnnotations = 0x1000000,
}

/// <summary>Everything a front-end pass needs besides the source.</summary>
/// <param name="Filename">Reported in errors and stored in <c>co_filename</c>.</param>
/// <param name="Optimize">The <c>optimize</c> argument: -1 means the interpreter's <c>-O</c> level.</param>
/// <param name="FeatureVersion">Minor version for <c>ast.parse(feature_version=...)</c>; -1 for current.</param>
public sealed record CompileOptions(
    string Filename,
    CompileMode Mode = CompileMode.Exec,
    CompileFlags Flags = CompileFlags.None,
    int Optimize = -1,
    int FeatureVersion = -1)
{
    /// <summary>Receives SyntaxWarnings and DeprecationWarnings; null drops them.</summary>
    public Diagnostics.IWarningSink? Warnings { get; init; }
}
