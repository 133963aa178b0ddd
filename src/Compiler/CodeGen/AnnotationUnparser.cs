using System.Globalization;
using System.Text;
using ProtoPython.Compiler.Ast;
using Attribute = ProtoPython.Compiler.Ast.Attribute;
using Tuple = ProtoPython.Compiler.Ast.Tuple;

namespace ProtoPython.Compiler.CodeGen;

/// <summary>
/// The source text of an annotation under <c>from __future__ import annotations</c>
/// (CPython's ast_unparse.c): expressions only, with its precedence-driven parentheses.
/// </summary>
internal static class AnnotationUnparser
{
    private enum Pr
    {
        Tuple,
        Test,
        Or,
        And,
        Not,
        Cmp,
        Expr,
        Bor = Expr,
        Bxor,
        Band,
        Shift,
        Arith,
        Term,
        Factor,
        Power,
        Await,
        Atom,
    }

    public static string Unparse(ExprNode e)
    {
        var sb = new StringBuilder();
        Append(sb, e, Pr.Test);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, ExprNode e, Pr level)
    {
        switch (e)
        {
            case BoolOp b:
                {
                    var pr = b.Op == BoolOperator.And ? Pr.And : Pr.Or;
                    Paren(sb, level > pr, () =>
                    {
                        for (int i = 0; i < b.Values.Count; i++)
                        {
                            if (i > 0)
                            {
                                sb.Append(b.Op == BoolOperator.And ? " and " : " or ");
                            }

                            Append(sb, b.Values[i], pr + 1);
                        }
                    });
                    return;
                }

            case BinOp b:
                {
                    var (op, pr) = b.Op switch
                    {
                        Operator.Add => (" + ", Pr.Arith),
                        Operator.Sub => (" - ", Pr.Arith),
                        Operator.Mult => (" * ", Pr.Term),
                        Operator.MatMult => (" @ ", Pr.Term),
                        Operator.Div => (" / ", Pr.Term),
                        Operator.Mod => (" % ", Pr.Term),
                        Operator.FloorDiv => (" // ", Pr.Term),
                        Operator.LShift => (" << ", Pr.Shift),
                        Operator.RShift => (" >> ", Pr.Shift),
                        Operator.BitOr => (" | ", Pr.Bor),
                        Operator.BitXor => (" ^ ", Pr.Bxor),
                        Operator.BitAnd => (" & ", Pr.Band),
                        _ => (" ** ", Pr.Power),
                    };
                    bool rassoc = b.Op == Operator.Pow;
                    Paren(sb, level > pr, () =>
                    {
                        Append(sb, b.Left, rassoc ? pr + 1 : pr);
                        sb.Append(op);
                        Append(sb, b.Right, rassoc ? pr : pr + 1);
                    });
                    return;
                }

            case UnaryOp u:
                {
                    var (op, pr) = u.Op switch
                    {
                        UnaryOperator.Not => ("not ", Pr.Not),
                        UnaryOperator.Invert => ("~", Pr.Factor),
                        UnaryOperator.UAdd => ("+", Pr.Factor),
                        _ => ("-", Pr.Factor),
                    };
                    Paren(sb, level > pr, () =>
                    {
                        sb.Append(op);
                        Append(sb, u.Operand, pr);
                    });
                    return;
                }

            case Compare c:
                Paren(sb, level > Pr.Cmp, () =>
                {
                    Append(sb, c.Left, Pr.Cmp + 1);
                    for (int i = 0; i < c.Ops.Count; i++)
                    {
                        sb.Append(c.Ops[i] switch
                        {
                            CmpOperator.Eq => " == ",
                            CmpOperator.NotEq => " != ",
                            CmpOperator.Lt => " < ",
                            CmpOperator.LtE => " <= ",
                            CmpOperator.Gt => " > ",
                            CmpOperator.GtE => " >= ",
                            CmpOperator.Is => " is ",
                            CmpOperator.IsNot => " is not ",
                            CmpOperator.In => " in ",
                            _ => " not in ",
                        });
                        Append(sb, c.Comparators[i], Pr.Cmp + 1);
                    }
                });
                return;
            case IfExp i:
                Paren(sb, level > Pr.Test, () =>
                {
                    Append(sb, i.Body, Pr.Test + 1);
                    sb.Append(" if ");
                    Append(sb, i.Test, Pr.Test + 1);
                    sb.Append(" else ");
                    Append(sb, i.Orelse, Pr.Test);
                });
                return;
            case Constant c:
                sb.Append(c.Value is EllipsisConstant ? "..." : c.Value.Repr());
                return;
            case Name n:
                sb.Append(n.Id);
                return;
            case Attribute a:
                Append(sb, a.Value, Pr.Atom);
                if (a.Value is Constant { Value: IntConstant })
                {
                    sb.Append(' ');
                }

                sb.Append('.').Append(a.Attr);
                return;
            case Subscript s:
                Append(sb, s.Value, Pr.Atom);
                sb.Append('[');
                if (s.Slice is Tuple { Elts.Count: > 0 } st)
                {
                    for (int i = 0; i < st.Elts.Count; i++)
                    {
                        if (i > 0)
                        {
                            sb.Append(", ");
                        }

                        Append(sb, st.Elts[i], Pr.Test);
                    }

                    if (st.Elts.Count == 1)
                    {
                        sb.Append(',');
                    }
                }
                else
                {
                    Append(sb, s.Slice, Pr.Tuple);
                }

                sb.Append(']');
                return;
            case Starred s:
                sb.Append('*');
                Append(sb, s.Value, Pr.Expr);
                return;
            case Tuple t:
                if (t.Elts.Count == 0)
                {
                    sb.Append("()");
                    return;
                }

                Paren(sb, level > Pr.Tuple, () =>
                {
                    Seq(sb, t.Elts);
                    if (t.Elts.Count == 1)
                    {
                        sb.Append(',');
                    }
                });
                return;
            case List l:
                sb.Append('[');
                Seq(sb, l.Elts);
                sb.Append(']');
                return;
            case Set s:
                sb.Append('{');
                Seq(sb, s.Elts);
                sb.Append('}');
                return;
            case Dict d:
                sb.Append('{');
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    if (d.Keys[i] is { } k)
                    {
                        Append(sb, k, Pr.Test);
                        sb.Append(": ");
                        Append(sb, d.Values[i], Pr.Test);
                    }
                    else
                    {
                        sb.Append("**");
                        Append(sb, d.Values[i], Pr.Expr);
                    }
                }

                sb.Append('}');
                return;
            case Call c:
                Append(sb, c.Func, Pr.Atom);
                sb.Append('(');
                bool first = true;
                foreach (var a in c.Args)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    Append(sb, a, Pr.Test);
                }

                foreach (var k in c.Keywords)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    if (k.Arg is null)
                    {
                        sb.Append("**");
                    }
                    else
                    {
                        sb.Append(k.Arg).Append('=');
                    }

                    Append(sb, k.Value, Pr.Test);
                }

                sb.Append(')');
                return;
            case Slice s:
                if (s.Lower is not null)
                {
                    Append(sb, s.Lower, Pr.Test);
                }

                sb.Append(':');
                if (s.Upper is not null)
                {
                    Append(sb, s.Upper, Pr.Test);
                }

                if (s.Step is not null)
                {
                    sb.Append(':');
                    Append(sb, s.Step, Pr.Test);
                }

                return;
            case Await a:
                Paren(sb, level > Pr.Await, () =>
                {
                    sb.Append("await ");
                    Append(sb, a.Value, Pr.Atom);
                });
                return;
            case Lambda:
                sb.Append("(lambda ...)");
                return;
            default:
                sb.Append(e.GetType().Name);
                return;
        }
    }

    private static void Seq(StringBuilder sb, List<ExprNode> elts)
    {
        for (int i = 0; i < elts.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            Append(sb, elts[i], Pr.Test);
        }
    }

    private static void Paren(StringBuilder sb, bool needed, Action body)
    {
        if (needed)
        {
            sb.Append('(');
        }

        body();
        if (needed)
        {
            sb.Append(')');
        }
    }

    internal static string Format(double d) => d.ToString("R", CultureInfo.InvariantCulture);
}
