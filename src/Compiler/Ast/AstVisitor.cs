using System.Runtime.CompilerServices;
using ProtoPython.Compiler.Diagnostics;

namespace ProtoPython.Compiler.Ast;

/// <summary>
/// Dispatches on the node class. One generated virtual <c>VisitX</c> per concrete class
/// (Ast.Visitors.g.cs); each falls back to <see cref="DefaultVisit"/>.
/// </summary>
public abstract partial class AstVisitor<TResult>
{
    public virtual TResult Visit(Node node)
    {
        AstWalker.EnsureStack();
        return node.Accept(this);
    }

    protected virtual TResult DefaultVisit(Node node) => default!;
}

/// <summary>
/// Visits every child node in field order. The generated <c>VisitX</c> methods walk the
/// children; override one to act on a class and call the base to keep walking.
/// </summary>
public abstract partial class AstWalker
{
    public virtual void Visit(Node? node)
    {
        if (node is null)
        {
            return;
        }

        EnsureStack();
        node.Accept(this);
    }

    /// <summary>Throws CPython's RecursionError (as <see cref="CompilerLimitError"/>) before the .NET stack runs out.</summary>
    internal static void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw CompilerLimitError.CompilationTooDeep();
        }
    }
}
