using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Code;
using ProtoPython.Compiler.CodeGen;
using ProtoPython.Compiler.Symtable;

namespace ProtoPython.Compiler;

/// <summary>The front end's entry points: source or AST to code object.</summary>
public static partial class PythonCompiler
{
    /// <summary>Compiles source bytes (decoded by PEP 263) to a code object.</summary>
    /// <exception cref="Diagnostics.PythonSyntaxError">The source is not valid Python 3.14.</exception>
    /// <exception cref="Diagnostics.CompilerLimitError">The source nests too deeply.</exception>
    public static CodeObject Compile(ReadOnlySpan<byte> source, CompileOptions options) => Compile(Parse(source, options), options);

    /// <summary>Compiles decoded source text to a code object.</summary>
    public static CodeObject Compile(string source, CompileOptions options) => Compile(Parse(source, options), options);

    /// <summary>
    /// Compiles a module, expression or interactive tree: AST preprocessing, symbol table,
    /// code generation, flow-graph optimization and assembly, as CPython 3.14 does them.
    /// The tree is modified in place by the preprocessing (as CPython's compile does to its
    /// private copy). Throws <see cref="Diagnostics.PythonSyntaxError"/> for errors found after
    /// parsing and <see cref="Diagnostics.CompilerLimitError"/> for trees too deep.
    /// </summary>
    public static CodeObject Compile(ModNode tree, CompileOptions options)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(options);
        var future = FutureFeatures.FromAst(tree, options.Flags, options.Filename);
        int optimize = options.Optimize < 0 ? 0 : options.Optimize;
        AstPreprocessor.Run(tree, optimize, future.Annotations, options.Filename, options.Warnings);
        var st = SymbolTable.Build(tree, options.Filename, future, options.Flags);
        return CodeGenerator.CompileModule(tree, st, options.Flags, optimize, options.Filename, options.Warnings);
    }
}
