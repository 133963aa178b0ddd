using ProtoPython.Compiler;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules.Ast;

/// <summary>
/// <c>_ast</c>: the node classes of CPython 3.14's abstract syntax (made from the one description,
/// <see cref="ProtoPython.Compiler.Ast.AstSchema"/>) and the <c>PyCF_*</c> flags of <c>compile()</c>.
/// <c>compile()</c> converts between these objects and the compiler's AST (<see cref="AstToPython"/>,
/// <see cref="AstFromPython"/>); CPython's pure-Python <c>ast</c> module does the rest.
/// </summary>
internal sealed class AstModule : INativeModule
{
    public string Name => "_ast";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        AstWarnings.Attach(runtime);
        var classes = AstClasses.Get(ts);
        if (classes is null)
        {
            return null;
        }

        var m = new PyModule("_ast");
        foreach (var (name, type) in classes.ByName)
        {
            m.Add(name, PyValue.FromObject(type));
        }

        m.Add("PyCF_ONLY_AST", PyValue.FromInt64((long)CompileFlags.OnlyAst));
        m.Add("PyCF_TYPE_COMMENTS", PyValue.FromInt64((long)CompileFlags.TypeComments));
        m.Add("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyValue.FromInt64((long)CompileFlags.AllowTopLevelAwait));
        m.Add("PyCF_OPTIMIZED_AST", PyValue.FromInt64((long)CompileFlags.OptimizedAst));
        return m;
    }
}
