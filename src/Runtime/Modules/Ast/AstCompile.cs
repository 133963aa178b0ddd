using ProtoPython.Compiler;
using ProtoPython.Compiler.Ast;
using ProtoPython.Objects;
using ProtoPython.Runtime.Loading;

namespace ProtoPython.Runtime.Modules.Ast;

/// <summary>What <c>compile()</c> does with ASTs: source to a Python tree (PyCF_ONLY_AST), a Python tree to code.</summary>
internal static class AstCompile
{
    /// <summary>Whether <paramref name="source"/> is an <c>ast.AST</c> (false when <c>_ast</c> was never used).</summary>
    public static bool IsAst(PyValue source) => AstNodeType.IsAst(source);

    private static bool Optimized(CompileFlags flags) => (flags & CompileFlags.OptimizedAst) == CompileFlags.OptimizedAst;

    /// <summary><c>compile(source, filename, mode, PyCF_ONLY_AST)</c>: the Python tree; Error with the exception pending.</summary>
    public static PyValue Parse(ThreadState ts, string text, CompileOptions options)
    {
        var tree = SourceCompiler.Run(ts, () =>
        {
            var mod = PythonCompiler.Parse(text, options);
            return Optimized(options.Flags) ? PythonCompiler.Preprocess(mod, options) : mod;
        });
        return tree is null ? PyValue.Error : AstToPython.Convert(ts, tree);
    }

    /// <summary><c>compile(tree, filename, mode, flags)</c>: a code object, or with PyCF_ONLY_AST a new (optimized) tree.</summary>
    public static PyValue Compile(ThreadState ts, PyValue source, CompileOptions options)
    {
        // Even without optimization, PyCF_ONLY_AST gives a new tree, converted and validated.
        var mod = AstFromPython.ConvertModule(ts, source, options.Mode);
        if (mod is null)
        {
            return PyValue.Error;
        }

        if ((options.Flags & CompileFlags.OnlyAst) != 0)
        {
            var tree = Optimized(options.Flags) ? SourceCompiler.Run(ts, () => PythonCompiler.Preprocess(mod, options)) : mod;
            return tree is null ? PyValue.Error : AstToPython.Convert(ts, tree);
        }

        var code = SourceCompiler.Run(ts, () => PythonCompiler.Compile(mod, options));
        var loaded = code is null ? null : CodeLoader.Load(ts, code);
        return loaded is null ? PyValue.Error : PyValue.FromObject(loaded);
    }
}
