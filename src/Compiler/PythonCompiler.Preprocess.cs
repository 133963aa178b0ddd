using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.CodeGen;
using ProtoPython.Compiler.Symtable;

namespace ProtoPython.Compiler;

/// <summary>The AST preprocessing step on its own, for <c>ast.parse(..., optimize=1)</c> (PyCF_OPTIMIZED_AST).</summary>
public static partial class PythonCompiler
{
    /// <summary>
    /// Runs CPython 3.14's AST preprocessing on <paramref name="tree"/> in place (<c>__debug__</c>,
    /// docstrings at -OO, folded match literals...), as <see cref="Compile(ModNode, CompileOptions)"/> does first.
    /// </summary>
    public static ModNode Preprocess(ModNode tree, CompileOptions options)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(options);
        var future = FutureFeatures.FromAst(tree, options.Flags, options.Filename);
        AstPreprocessor.Run(tree, options.Optimize < 0 ? 0 : options.Optimize, future.Annotations, options.Filename, options.Warnings);
        return tree;
    }
}
