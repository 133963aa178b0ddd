using System.Collections.Immutable;
using ProtoPython.Compiler.Ast;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Ast;

/// <summary>Python values as compiler constants (<see cref="ConstantValue"/>); the other way is <c>CodeLoader.ToValue</c>.</summary>
internal static class AstConstants
{
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
