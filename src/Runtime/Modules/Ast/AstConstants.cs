using System.Collections.Immutable;
using ProtoPython.Compiler.Ast;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Ast;

/// <summary>Constant values between the compiler (<see cref="ConstantValue"/>) and Python objects.</summary>
internal static class AstConstants
{
    public static PyValue ToPython(ThreadState ts, ConstantValue c)
    {
        switch (c)
        {
            case NoneConstant:
                return PyValue.None;
            case EllipsisConstant:
                return PyValue.Ellipsis;
            case BoolConstant b:
                return PyValue.FromBool(b.Value);
            case IntConstant i:
                return PyValue.FromBigInteger(i.Value);
            case FloatConstant f:
                return PyValue.FromDouble(f.Value);
            case ComplexConstant z:
                return PyValue.FromObject(new PyComplex(z.Real, z.Imag));
            case StrConstant s:
                return PyValue.FromObject(s.HasSurrogates ? new PyStr(s.SurrogateCodePoints) : new PyStr(s.Value));
            case BytesConstant bytes:
                return PyBytes.From(bytes.Value.ToArray());
            case TupleConstant t:
                {
                    var items = new PyValue[t.Items.Length];
                    for (var k = 0; k < items.Length; k++)
                    {
                        items[k] = ToPython(ts, t.Items[k]);
                        if (items[k].IsError)
                        {
                            return PyValue.Error;
                        }
                    }

                    return PyValue.FromObject(items.Length == 0 ? PyTuple.Empty : new PyTuple(items));
                }

            case FrozenSetConstant fs:
                {
                    var set = new PySet(frozen: true);
                    foreach (var item in fs.Items)
                    {
                        var v = ToPython(ts, item);
                        if (v.IsError || !set.Add(ts, v))
                        {
                            return PyValue.Error;
                        }
                    }

                    return PyValue.FromObject(set);
                }

            default:
                return ts.SetError(PyExc.SystemError, "unexpected constant kind " + c.Kind + " in an AST");
        }
    }

    /// <summary>
    /// A Python value as a constant (CPython's <c>validate_constant</c>: exact builtin types, tuples
    /// and frozensets of them); null with TypeError "got an invalid type in Constant: list".
    /// </summary>
    public static ConstantValue? FromPython(ThreadState ts, PyValue v)
    {
        var t = v.Type;
        if (v.IsNone)
        {
            return ConstantValue.None;
        }

        if (ReferenceEquals(v.AsObject, PyValue.Ellipsis.AsObject) && ReferenceEquals(t, PyValue.Ellipsis.Type))
        {
            return ConstantValue.Ellipsis;
        }

        if (ReferenceEquals(t, PyType.Bool))
        {
            return ConstantValue.FromBool(v.AsInt64 != 0);
        }

        if (ReferenceEquals(t, PyType.Int) && PyInt.TryGetBigInteger(v, out var big))
        {
            return ConstantValue.FromInt(big);
        }

        if (ReferenceEquals(t, PyType.Float))
        {
            return ConstantValue.FromFloat(v.AsDouble);
        }

        switch (v.AsObject)
        {
            case PyComplex z when ReferenceEquals(t, PyType.Complex):
                return ConstantValue.FromComplex(z.Real, z.Imag);
            case PyStr s when ReferenceEquals(t, PyType.Str):
                return s.HasSurrogates ? ConstantValue.FromCodePoints(s.CodePoints) : ConstantValue.FromStr(s.Value);
            case PyBytes b when ReferenceEquals(t, PyType.Bytes):
                return ConstantValue.FromBytes(b.Span);
            case PyTuple tuple when ReferenceEquals(t, PyType.Tuple):
                {
                    var items = ImmutableArray.CreateBuilder<ConstantValue>(tuple.Length);
                    foreach (var item in tuple.Items)
                    {
                        if (FromPython(ts, item) is not { } c)
                        {
                            return null;
                        }

                        items.Add(c);
                    }

                    return ConstantValue.Tuple(items.MoveToImmutable());
                }

            case PySet set when ReferenceEquals(t, PyType.FrozenSet):
                {
                    var items = ImmutableArray.CreateBuilder<ConstantValue>(set.Count);
                    foreach (var item in set.ToArray())
                    {
                        if (FromPython(ts, item) is not { } c)
                        {
                            return null;
                        }

                        items.Add(c);
                    }

                    return ConstantValue.FrozenSet(items.ToImmutable());
                }

            default:
                ts.SetError(PyExc.TypeError, "got an invalid type in Constant: " + t.Name);
                return null;
        }
    }
}
