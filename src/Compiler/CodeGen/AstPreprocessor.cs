using System.Runtime.CompilerServices;
using System.Text;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Compiler.Symtable;
using Attribute = ProtoPython.Compiler.Ast.Attribute;
using Tuple = ProtoPython.Compiler.Ast.Tuple;

namespace ProtoPython.Compiler.CodeGen;

/// <summary>
/// CPython 3.14's AST preprocessing (ast_preprocess.c): <c>__debug__</c> becomes a constant,
/// docstrings go at -OO, <c>'%s' % (x,)</c> becomes an f-string, negative and complex
/// literals in match patterns are folded, and 'return'/'break'/'continue' in a finally block
/// warn (PEP 765). All other constant folding happens later, in the CFG.
/// </summary>
internal sealed class AstPreprocessor
{
    private readonly int _optimize;
    private readonly bool _futureAnnotations;
    private readonly string _filename;
    private readonly IWarningSink? _warnings;
    private readonly List<(bool InFinally, bool InFuncDef, bool InLoop)> _cfStack = [];

    private AstPreprocessor(int optimize, bool futureAnnotations, string filename, IWarningSink? warnings)
    {
        _optimize = optimize;
        _futureAnnotations = futureAnnotations;
        _filename = filename;
        _warnings = warnings;
    }

    public static void Run(ModNode mod, int optimize, bool futureAnnotations, string filename, IWarningSink? warnings)
    {
        var p = new AstPreprocessor(optimize, futureAnnotations, filename, warnings);
        switch (mod)
        {
            case Module m:
                p.Body(m.Body);
                break;
            case Interactive i:
                p.Stmts(i.Body);
                break;
            case Expression e:
                e.Body = p.Expr(e.Body);
                break;
        }
    }

    private static void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw CompilerLimitError.CompilationTooDeep();
        }
    }

    private void Warn(string keyword, StmtNode node)
    {
        if (_cfStack.Count == 0)
        {
            return;
        }

        var top = _cfStack[^1];
        bool fire = keyword == "return" ? top.InFinally && !top.InFuncDef : top.InFinally && !top.InLoop;
        if (fire)
        {
            _warnings?.Warn(new CompilerWarning("SyntaxWarning", $"'{keyword}' in a 'finally' block", _filename, node.Lineno, node.ColOffset + 1));
        }
    }

    private void Body(List<StmtNode> stmts)
    {
        bool docstring = Docstrings.Get(stmts) is not null;
        if (docstring && _optimize >= 2)
        {
            stmts.RemoveAt(0);
            docstring = false;
        }

        Stmts(stmts);
        if (!docstring && Docstrings.Get(stmts) is not null)
        {
            // A string produced by folding must not become a docstring.
            var st = (Expr)stmts[0];
            var joined = new JoinedStr { Values = [st.Value] };
            joined.CopyLocation(st);
            st.Value = joined;
        }
    }

    private void Stmts(List<StmtNode> stmts)
    {
        foreach (var s in stmts)
        {
            Stmt(s);
        }
    }

    private void Exprs(List<ExprNode> exprs)
    {
        for (int i = 0; i < exprs.Count; i++)
        {
            exprs[i] = Expr(exprs[i]);
        }
    }

    private void OptExprs(List<ExprNode?> exprs)
    {
        for (int i = 0; i < exprs.Count; i++)
        {
            if (exprs[i] is { } e)
            {
                exprs[i] = Expr(e);
            }
        }
    }

    private ExprNode? Opt(ExprNode? e) => e is null ? null : Expr(e);

    private void WithContext(bool inFinally, bool inFuncDef, bool inLoop, Action body)
    {
        _cfStack.Add((inFinally, inFuncDef, inLoop));
        body();
        _cfStack.RemoveAt(_cfStack.Count - 1);
    }

    private void Arguments(Arguments a)
    {
        foreach (var arg in a.Posonlyargs.Concat(a.Args))
        {
            ArgNode(arg);
        }

        if (a.Vararg is not null)
        {
            ArgNode(a.Vararg);
        }

        foreach (var arg in a.Kwonlyargs)
        {
            ArgNode(arg);
        }

        OptExprs(a.KwDefaults);
        if (a.Kwarg is not null)
        {
            ArgNode(a.Kwarg);
        }

        Exprs(a.Defaults);
    }

    private void ArgNode(Arg arg)
    {
        if (!_futureAnnotations)
        {
            arg.Annotation = Opt(arg.Annotation);
        }
    }

    private void TypeParams(List<TypeParamNode> typeParams)
    {
        foreach (var tp in typeParams)
        {
            switch (tp)
            {
                case TypeVar tv:
                    tv.Bound = Opt(tv.Bound);
                    tv.DefaultValue = Opt(tv.DefaultValue);
                    break;
                case ParamSpec ps:
                    ps.DefaultValue = Opt(ps.DefaultValue);
                    break;
                case TypeVarTuple tvt:
                    tvt.DefaultValue = Opt(tvt.DefaultValue);
                    break;
            }
        }
    }

    private void Stmt(StmtNode s)
    {
        EnsureStack();
        switch (s)
        {
            case FunctionDef f:
                TypeParams(f.TypeParams);
                Arguments(f.Args);
                WithContext(false, true, false, () => Body(f.Body));
                Exprs(f.DecoratorList);
                if (!_futureAnnotations)
                {
                    f.Returns = Opt(f.Returns);
                }

                break;
            case AsyncFunctionDef f:
                TypeParams(f.TypeParams);
                Arguments(f.Args);
                WithContext(false, true, false, () => Body(f.Body));
                Exprs(f.DecoratorList);
                if (!_futureAnnotations)
                {
                    f.Returns = Opt(f.Returns);
                }

                break;
            case ClassDef c:
                TypeParams(c.TypeParams);
                Exprs(c.Bases);
                foreach (var k in c.Keywords)
                {
                    k.Value = Expr(k.Value);
                }

                Body(c.Body);
                Exprs(c.DecoratorList);
                break;
            case Return r:
                Warn("return", r);
                r.Value = Opt(r.Value);
                break;
            case Delete d:
                Exprs(d.Targets);
                break;
            case Assign a:
                Exprs(a.Targets);
                a.Value = Expr(a.Value);
                break;
            case AugAssign a:
                a.Target = Expr(a.Target);
                a.Value = Expr(a.Value);
                break;
            case AnnAssign a:
                a.Target = Expr(a.Target);
                if (!_futureAnnotations)
                {
                    a.Annotation = Expr(a.Annotation);
                }

                a.Value = Opt(a.Value);
                break;
            case TypeAlias t:
                t.Name = Expr(t.Name);
                TypeParams(t.TypeParams);
                t.Value = Expr(t.Value);
                break;
            case For f:
                f.Target = Expr(f.Target);
                f.Iter = Expr(f.Iter);
                WithContext(false, false, true, () => Stmts(f.Body));
                Stmts(f.Orelse);
                break;
            case AsyncFor f:
                f.Target = Expr(f.Target);
                f.Iter = Expr(f.Iter);
                WithContext(false, false, true, () => Stmts(f.Body));
                Stmts(f.Orelse);
                break;
            case While w:
                w.Test = Expr(w.Test);
                WithContext(false, false, true, () => Stmts(w.Body));
                Stmts(w.Orelse);
                break;
            case If i:
                i.Test = Expr(i.Test);
                Stmts(i.Body);
                Stmts(i.Orelse);
                break;
            case With w:
                WithItems(w.Items);
                Stmts(w.Body);
                break;
            case AsyncWith w:
                WithItems(w.Items);
                Stmts(w.Body);
                break;
            case Raise r:
                r.Exc = Opt(r.Exc);
                r.Cause = Opt(r.Cause);
                break;
            case Try t:
                Stmts(t.Body);
                Handlers(t.Handlers);
                Stmts(t.Orelse);
                WithContext(true, false, false, () => Stmts(t.Finalbody));
                break;
            case TryStar t:
                Stmts(t.Body);
                Handlers(t.Handlers);
                Stmts(t.Orelse);
                WithContext(true, false, false, () => Stmts(t.Finalbody));
                break;
            case Assert a:
                a.Test = Expr(a.Test);
                a.Msg = Opt(a.Msg);
                break;
            case Expr e:
                e.Value = Expr(e.Value);
                break;
            case Match m:
                m.Subject = Expr(m.Subject);
                foreach (var c in m.Cases)
                {
                    Pattern(c.Pattern);
                    c.Guard = Opt(c.Guard);
                    Stmts(c.Body);
                }

                break;
            case Break b:
                Warn("break", b);
                break;
            case Continue c:
                Warn("continue", c);
                break;
        }
    }

    private void WithItems(List<WithItem> items)
    {
        foreach (var item in items)
        {
            item.ContextExpr = Expr(item.ContextExpr);
            item.OptionalVars = Opt(item.OptionalVars);
        }
    }

    private void Handlers(List<ExceptHandlerNode> handlers)
    {
        foreach (ExceptHandler h in handlers)
        {
            h.Type = Opt(h.Type);
            Stmts(h.Body);
        }
    }

    private void Comprehensions(List<Comprehension> generators)
    {
        foreach (var g in generators)
        {
            g.Target = Expr(g.Target);
            g.Iter = Expr(g.Iter);
            Exprs(g.Ifs);
        }
    }

    private ExprNode Expr(ExprNode e)
    {
        EnsureStack();
        switch (e)
        {
            case BoolOp b:
                Exprs(b.Values);
                break;
            case BinOp b:
                b.Left = Expr(b.Left);
                b.Right = Expr(b.Right);
                return FoldBinOp(b);
            case UnaryOp u:
                u.Operand = Expr(u.Operand);
                break;
            case Lambda l:
                Arguments(l.Args);
                l.Body = Expr(l.Body);
                break;
            case IfExp i:
                i.Test = Expr(i.Test);
                i.Body = Expr(i.Body);
                i.Orelse = Expr(i.Orelse);
                break;
            case Dict d:
                OptExprs(d.Keys);
                Exprs(d.Values);
                break;
            case Set s:
                Exprs(s.Elts);
                break;
            case ListComp l:
                l.Elt = Expr(l.Elt);
                Comprehensions(l.Generators);
                break;
            case SetComp s:
                s.Elt = Expr(s.Elt);
                Comprehensions(s.Generators);
                break;
            case DictComp d:
                d.Key = Expr(d.Key);
                d.Value = Expr(d.Value);
                Comprehensions(d.Generators);
                break;
            case GeneratorExp g:
                g.Elt = Expr(g.Elt);
                Comprehensions(g.Generators);
                break;
            case Await a:
                a.Value = Expr(a.Value);
                break;
            case Yield y:
                y.Value = Opt(y.Value);
                break;
            case YieldFrom y:
                y.Value = Expr(y.Value);
                break;
            case Compare c:
                c.Left = Expr(c.Left);
                Exprs(c.Comparators);
                break;
            case Call c:
                c.Func = Expr(c.Func);
                Exprs(c.Args);
                foreach (var k in c.Keywords)
                {
                    k.Value = Expr(k.Value);
                }

                break;
            case FormattedValue f:
                f.Value = Expr(f.Value);
                f.FormatSpec = Opt(f.FormatSpec);
                break;
            case Interpolation i:
                i.Value = Expr(i.Value);
                i.FormatSpec = Opt(i.FormatSpec);
                break;
            case JoinedStr j:
                Exprs(j.Values);
                break;
            case TemplateStr t:
                Exprs(t.Values);
                break;
            case Attribute a:
                a.Value = Expr(a.Value);
                break;
            case Subscript s:
                s.Value = Expr(s.Value);
                s.Slice = Expr(s.Slice);
                break;
            case Starred s:
                s.Value = Expr(s.Value);
                break;
            case Slice s:
                s.Lower = Opt(s.Lower);
                s.Upper = Opt(s.Upper);
                s.Step = Opt(s.Step);
                break;
            case List l:
                Exprs(l.Elts);
                break;
            case Tuple t:
                Exprs(t.Elts);
                break;
            case Name n when n.Ctx == ExprContext.Load && n.Id == "__debug__":
                return MakeConst(n, ConstantValue.FromBool(_optimize == 0));
            case NamedExpr n:
                n.Value = Expr(n.Value);
                break;
        }

        return e;
    }

    private static Constant MakeConst(LocatedNode at, ConstantValue value)
    {
        var c = new Constant { Value = value };
        c.CopyLocation(at);
        return c;
    }

    /// <summary><c>'...%s...' % (a, b)</c> with only %s/%r/%a units becomes an f-string.</summary>
    private static ExprNode FoldBinOp(BinOp node)
    {
        if (node.Left is not Constant { Value: StrConstant fmt } || node.Op != Operator.Mod
            || node.Right is not Tuple tuple || tuple.Elts.Any(x => x is Starred))
        {
            return node;
        }

        return OptimizeFormat(node, fmt.GetCodePoints(), tuple.Elts) ?? node;
    }

    private static ExprNode? OptimizeFormat(BinOp node, int[] fmt, List<ExprNode> elts)
    {
        int pos = 0;
        int cnt = 0;
        var seq = new List<ExprNode>();
        while (true)
        {
            var lit = ParseLiteral(fmt, ref pos);
            if (lit is not null)
            {
                seq.Add(lit);
            }

            if (pos >= fmt.Length)
            {
                break;
            }

            if (cnt >= elts.Count)
            {
                return null; // more format units than items
            }

            pos++;
            var expr = ParseFormat(fmt, ref pos, elts[cnt]);
            cnt++;
            if (expr is null)
            {
                return null;
            }

            seq.Add(expr);
        }

        if (cnt < elts.Count)
        {
            return null; // more items than format units
        }

        var res = new JoinedStr { Values = seq };
        res.CopyLocation(node);
        return res;
    }

    private static Constant? ParseLiteral(int[] fmt, ref int pos)
    {
        int start = pos;
        bool hasPercents = false;
        while (pos < fmt.Length)
        {
            if (fmt[pos] != '%')
            {
                pos++;
            }
            else if (pos + 1 < fmt.Length && fmt[pos + 1] == '%')
            {
                hasPercents = true;
                pos += 2;
            }
            else
            {
                break;
            }
        }

        if (pos == start)
        {
            return null;
        }

        var cps = new List<int>(pos - start);
        for (int i = start; i < pos; i++)
        {
            cps.Add(fmt[i]);
            if (hasPercents && fmt[i] == '%')
            {
                i++; // "%%" → "%"
            }
        }

        var c = new Constant { Value = ConstantValue.FromCodePoints(cps.ToArray()) };
        c.Lineno = c.ColOffset = c.EndLineno = c.EndColOffset = -1;
        return c;
    }

    private static FormattedValue? ParseFormat(int[] fmt, ref int pos, ExprNode arg)
    {
        const int maxDigits = 3;
        int p = pos;
        int ch;
        bool ljust = false;
        int width = -1;
        int prec = -1;
        while (true)
        {
            if (p >= fmt.Length)
            {
                return null;
            }

            ch = fmt[p++];
            if (ch == '-')
            {
                ljust = true;
                continue;
            }

            if (ch is '+' or ' ' or '#' or '0')
            {
                continue;
            }

            break;
        }

        if (ch is >= '0' and <= '9')
        {
            width = 0;
            int digits = 0;
            while (ch is >= '0' and <= '9')
            {
                width = (width * 10) + (ch - '0');
                if (p >= fmt.Length)
                {
                    return null;
                }

                ch = fmt[p++];
                if (++digits >= maxDigits)
                {
                    return null;
                }
            }
        }

        if (ch == '.')
        {
            if (p >= fmt.Length)
            {
                return null;
            }

            ch = fmt[p++];
            prec = 0;
            if (ch is >= '0' and <= '9')
            {
                int digits = 0;
                while (ch is >= '0' and <= '9')
                {
                    prec = (prec * 10) + (ch - '0');
                    if (p >= fmt.Length)
                    {
                        return null;
                    }

                    ch = fmt[p++];
                    if (++digits >= maxDigits)
                    {
                        return null;
                    }
                }
            }
        }

        if (ch is not ('s' or 'r' or 'a'))
        {
            return null;
        }

        pos = p;
        var spec = new StringBuilder();
        if (!ljust && width > 0)
        {
            spec.Append('>');
        }

        if (width >= 0)
        {
            spec.Append(width);
        }

        if (prec >= 0)
        {
            spec.Append('.').Append(prec);
        }

        ExprNode? formatSpec = null;
        if (spec.Length > 0)
        {
            var c = new Constant { Value = ConstantValue.FromStr(spec.ToString()) };
            c.Lineno = c.ColOffset = c.EndLineno = c.EndColOffset = -1;
            formatSpec = c;
        }

        var fv = new FormattedValue { Value = arg, Conversion = ch, FormatSpec = formatSpec };
        fv.CopyLocation(arg);
        return fv;
    }

    private void Pattern(PatternNode p)
    {
        EnsureStack();
        switch (p)
        {
            case MatchValue v:
                v.Value = FoldMatchValue(v.Value);
                break;
            case MatchSequence s:
                s.Patterns.ForEach(Pattern);
                break;
            case MatchMapping m:
                for (int i = 0; i < m.Keys.Count; i++)
                {
                    m.Keys[i] = FoldMatchValue(m.Keys[i]);
                }

                m.Patterns.ForEach(Pattern);
                break;
            case MatchClass c:
                c.Cls = Expr(c.Cls);
                c.Patterns.ForEach(Pattern);
                c.KwdPatterns.ForEach(Pattern);
                break;
            case MatchAs a when a.Pattern is not null:
                Pattern(a.Pattern);
                break;
            case MatchOr o:
                o.Patterns.ForEach(Pattern);
                break;
        }
    }

    /// <summary>-1, 1+2j and -1-2j in patterns become constants.</summary>
    private static ExprNode FoldMatchValue(ExprNode node)
    {
        switch (node)
        {
            case UnaryOp { Op: UnaryOperator.USub, Operand: Constant operand } u:
                if (Flowgraph.ConstantFolder.TryUnary(Bytecode.Opcode.UnaryNegative, operand.Value, out var neg))
                {
                    return MakeConst(u, neg);
                }

                break;
            case BinOp { Op: Operator.Add or Operator.Sub, Right: Constant right } b:
                b.Left = FoldMatchValue(b.Left);
                if (b.Left is Constant left && Flowgraph.ConstantFolder.TryBinary(
                    b.Op == Operator.Add ? BinaryOps.Add : BinaryOps.Subtract, left.Value, right.Value, out var sum))
                {
                    return MakeConst(b, sum);
                }

                break;
        }

        return node;
    }
}
