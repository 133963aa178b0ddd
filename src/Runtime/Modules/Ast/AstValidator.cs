using System.Collections;
using ProtoPython.Compiler.Ast;
using ProtoPython.Objects;
using Attribute = ProtoPython.Compiler.Ast.Attribute;
using PyAstTuple = ProtoPython.Compiler.Ast.Tuple;

namespace ProtoPython.Runtime.Modules.Ast;

/// <summary>
/// The checks of CPython's <c>PyAST_Validate</c> that a tree built in Python needs before code
/// generation (ValueError): positions, expression contexts, empty bodies and lists, names that
/// are constants, Compare/Dict/BoolOp/arguments arity. The rest is left to the compiler.
/// </summary>
internal static class AstValidator
{
    // Marks the few messages CPython raises as TypeError instead of ValueError.
    private const string TypeErrorPrefix = "\0TypeError:";

    public static bool Validate(ThreadState ts, ModNode mod)
    {
        var error = Node(mod, ExprContext.Load);
        if (error is null)
        {
            return true;
        }

        if (error.StartsWith(TypeErrorPrefix, StringComparison.Ordinal))
        {
            ts.SetError(PyExc.TypeError, error[TypeErrorPrefix.Length..]);
        }
        else
        {
            ts.SetError(PyExc.ValueError, error);
        }

        return false;
    }

    /// <summary>The first error in <paramref name="node"/> and below; <paramref name="ctx"/> is what an expression's context must be.</summary>
    private static string? Node(Node node, ExprContext ctx)
    {
        if (node is LocatedNode ln && Positions(ln) is { } bad)
        {
            return bad;
        }

        if (Check(node, ctx) is { } error)
        {
            return error;
        }

        var info = node.Info;
        for (var i = 0; i < info.Fields.Length; i++)
        {
            var childCtx = ChildContext(node, info.Fields[i].Name, ctx);
            switch (node.GetField(i))
            {
                case Node child:
                    if (Node(child, childCtx) is { } e)
                    {
                        return e;
                    }

                    break;
                case IList list when info.Fields[i].Kind == AstFieldKind.Node:
                    foreach (var item in list)
                    {
                        if (item is Node n && Node(n, childCtx) is { } e2)
                        {
                            return e2;
                        }
                    }

                    break;
            }
        }

        return null;
    }

    private static ExprContext ChildContext(Node parent, string field, ExprContext ctx) => (parent, field) switch
    {
        (Assign, "targets") or (AugAssign, "target") or (AnnAssign, "target") or (For, "target") or (AsyncFor, "target") => ExprContext.Store,
        (WithItem, "optional_vars") or (Comprehension, "target") or (NamedExpr, "target") or (TypeAlias, "name") => ExprContext.Store,
        (Delete, "targets") => ExprContext.Del,
        (List, "elts") or (PyAstTuple, "elts") or (Starred, "value") => ctx,
        _ => ExprContext.Load,
    };

    private static string? Positions(LocatedNode n)
    {
        if (n.Lineno > n.EndLineno)
        {
            return "AST node line range (" + n.Lineno + ", " + n.EndLineno + ") is not valid";
        }

        if ((n.Lineno < 0 && n.EndLineno != n.Lineno) || (n.ColOffset < 0 && n.ColOffset != n.EndColOffset))
        {
            return "AST node column range (" + n.ColOffset + ", " + n.EndColOffset + ") for line range (" + n.Lineno + ", " + n.EndLineno + ") is not valid";
        }

        if (n.Lineno == n.EndLineno && n.ColOffset > n.EndColOffset)
        {
            return "line " + n.Lineno + ", column " + n.ColOffset + "-" + n.EndColOffset + " is not a valid range";
        }

        return null;
    }

    private static string? Context(ExprContext actual, ExprContext expected) =>
        actual == expected ? null : "expression must have " + expected + " context but has " + actual + " instead";

    private static string? Empty(ICollection list, string what, string owner) => list.Count == 0 ? "empty " + what + " on " + owner : null;

    private static string? NameId(string id) => id is "None" or "True" or "False" ? "identifier field can't represent '" + id + "' constant" : null;

    private static string? Check(Node node, ExprContext ctx) => node switch
    {
        Name n => NameId(n.Id) ?? Context(n.Ctx, ctx),
        Attribute a => Context(a.Ctx, ctx),
        Subscript s => Context(s.Ctx, ctx),
        Starred s => Context(s.Ctx, ctx),
        List l => Context(l.Ctx, ctx),
        PyAstTuple t => Context(t.Ctx, ctx),
        NamedExpr { Target: not Name } => TypeErrorPrefix + "NamedExpr target must be a Name",
        BoolOp b => b.Values.Count < 2 ? "BoolOp with less than 2 values" : null,
        Compare c => c.Comparators.Count == 0 ? "Compare with no comparators"
            : c.Comparators.Count != c.Ops.Count ? "Compare has a different number of comparators and operands" : null,
        Dict d => d.Keys.Count != d.Values.Count ? "Dict doesn't have the same number of keys as values" : null,
        Arguments a => a.Defaults.Count > a.Posonlyargs.Count + a.Args.Count ? "more positional defaults than args on arguments"
            : a.KwDefaults.Count != a.Kwonlyargs.Count ? "length of kw_defaults is not the same as kwonlyargs" : null,
        Arg a => NameId(a.ArgName),
        FunctionDef f => Empty(f.Body, "body", "FunctionDef") ?? NameId(f.Name),
        AsyncFunctionDef f => Empty(f.Body, "body", "AsyncFunctionDef") ?? NameId(f.Name),
        ClassDef c => Empty(c.Body, "body", "ClassDef") ?? NameId(c.Name),
        Delete d => Empty(d.Targets, "targets", "Delete"),
        Assign a => Empty(a.Targets, "targets", "Assign"),
        For f => Empty(f.Body, "body", "For"),
        AsyncFor f => Empty(f.Body, "body", "AsyncFor"),
        While w => Empty(w.Body, "body", "While"),
        If i => Empty(i.Body, "body", "If"),
        With w => Empty(w.Items, "items", "With") ?? Empty(w.Body, "body", "With"),
        AsyncWith w => Empty(w.Items, "items", "AsyncWith") ?? Empty(w.Body, "body", "AsyncWith"),
        Match m => Empty(m.Cases, "cases", "Match"),
        Try t => TryCheck(t.Body, t.Handlers, t.Orelse, t.Finalbody, "Try"),
        TryStar t => TryCheck(t.Body, t.Handlers, t.Orelse, t.Finalbody, "TryStar"),
        ExceptHandler h => Empty(h.Body, "body", "ExceptHandler"),
        Compiler.Ast.Import i => Empty(i.Names, "names", "Import"),
        ImportFrom i => i.Level < 0 ? "Negative ImportFrom level" : Empty(i.Names, "names", "ImportFrom"),
        Global g => Empty(g.Names, "names", "Global"),
        Nonlocal n => Empty(n.Names, "names", "Nonlocal"),
        MatchCase c => Empty(c.Body, "body", "match_case"),
        MatchAs a => a.Name is null ? (a.Pattern is null ? null : "MatchAs must specify a target name if a pattern is given") : Capture(a.Name),
        MatchStar m => m.Name is null ? null : Capture(m.Name),
        MatchMapping m => m.Keys.Count != m.Patterns.Count ? "MatchMapping doesn't have the same number of keys as patterns"
            : Literals(m.Keys) ?? (m.Rest is null ? null : Capture(m.Rest)),
        MatchClass m => m.KwdAttrs.Count != m.KwdPatterns.Count ? "MatchClass doesn't have the same number of keyword attributes as patterns"
            : FirstName(m.KwdAttrs),
        MatchValue v => Literal(v.Value),
        MatchSingleton s => s.Value.Kind is ConstantKind.None or ConstantKind.Bool ? null : "MatchSingleton can only contain True, False and None",
        MatchOr o => o.Patterns.Count < 2 ? "MatchOr requires at least 2 patterns" : null,
        _ => null,
    };

    private static string? Capture(string name) => name == "_" ? "can't capture name '_' in patterns" : NameId(name);

    private static string? FirstName(List<string> names)
    {
        foreach (var n in names)
        {
            if (NameId(n) is { } e)
            {
                return e;
            }
        }

        return null;
    }

    // What match patterns may compare with: literals (signed, complex, f-strings) and attribute lookups.
    private static string? Literal(ExprNode e) =>
        e is Constant or Attribute or UnaryOp or BinOp or JoinedStr ? null : "patterns may only match literals and attribute lookups";

    private static string? Literals(List<ExprNode> keys)
    {
        foreach (var k in keys)
        {
            if (Literal(k) is { } e)
            {
                return e;
            }
        }

        return null;
    }

    private static string? TryCheck(ICollection body, ICollection handlers, ICollection orelse, ICollection finalbody, string owner)
    {
        if (body.Count == 0)
        {
            return "empty body on " + owner;
        }

        if (handlers.Count == 0 && finalbody.Count == 0)
        {
            return owner + " has neither except handlers nor finalbody";
        }

        return handlers.Count == 0 && orelse.Count != 0 ? owner + " has orelse but no except handlers" : null;
    }
}
