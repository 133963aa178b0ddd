using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Code;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Loading;

/// <summary>
/// Turns the compiler's immutable <see cref="CodeObject"/> into the interpreter's <see cref="PyCode"/>:
/// constants become values (nested code objects recursively), names are interned.
/// </summary>
public static class CodeLoader
{
    /// <summary>Converts <paramref name="code"/>; null with a pending exception if a constant cannot be built.</summary>
    public static PyCode? Load(ThreadState ts, CodeObject code)
    {
        var consts = new PyValue[code.Consts.Length];
        for (var i = 0; i < consts.Length; i++)
        {
            consts[i] = ToValue(ts, code.Consts[i]);
            if (consts[i].IsError)
            {
                return null;
            }
        }

        var names = new PyStr[code.Names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = PyStr.Intern(code.Names[i]);
        }

        var localsNames = new PyStr[code.LocalsPlusNames.Length];
        var kinds = new LocalsKind[localsNames.Length];
        for (var i = 0; i < localsNames.Length; i++)
        {
            localsNames[i] = PyStr.Intern(code.LocalsPlusNames[i]);
            kinds[i] = (LocalsKind)(byte)code.LocalsPlusKinds[i];
        }

        var units = code.Code.ToArray();
        return new PyCode
        {
            Instructions = (ushort[])units.Clone(),
            OriginalCode = units,
            Consts = consts,
            Names = names,
            LocalsPlusNames = localsNames,
            LocalsPlusKinds = kinds,
            ArgCount = code.ArgCount,
            PosOnlyArgCount = code.PosOnlyArgCount,
            KwOnlyArgCount = code.KwOnlyArgCount,
            StackSize = code.StackSize,
            Flags = (int)code.Flags,
            Name = PyStr.Intern(code.Name),
            QualName = new PyStr(code.QualName),
            Filename = code.Filename,
            FirstLineNo = code.FirstLineNo,
            LineTable = code.LineTable.ToArray(),
            ExceptionTable = code.ExceptionTable.ToArray(),
        };
    }

    /// <summary>A compiler constant as a Python value (code constants are loaded too); used by the AST module as well.</summary>
    internal static PyValue ToValue(ThreadState ts, ConstantValue c)
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
            case StrConstant s:
                // Constant strings are interned as CPython interns identifier-like constants; interning all is harmless.
                return PyValue.FromObject(s.HasSurrogates ? new PyStr(s.SurrogateCodePoints) : PyStr.Intern(s.Value));
            case TupleConstant t:
                {
                    var items = new PyValue[t.Items.Length];
                    for (var k = 0; k < items.Length; k++)
                    {
                        items[k] = ToValue(ts, t.Items[k]);
                        if (items[k].IsError)
                        {
                            return PyValue.Error;
                        }
                    }

                    return PyValue.FromObject(items.Length == 0 ? PyTuple.Empty : new PyTuple(items));
                }

            case CodeConstant code:
                return Load(ts, code.Code) is { } pc ? PyValue.FromObject(pc) : PyValue.Error;
            case ComplexConstant z:
                return PyOps.Call2(ts, PyValue.FromObject(PyType.Complex), PyValue.FromDouble(z.Real), PyValue.FromDouble(z.Imag));
            case BytesConstant bytes:
                return PyBytes.From(bytes.Value.ToArray());

            case FrozenSetConstant fs:
                {
                    var items = new PyValue[fs.Items.Length];
                    for (var k = 0; k < items.Length; k++)
                    {
                        items[k] = ToValue(ts, fs.Items[k]);
                    }

                    return PyOps.Call1(ts, PyValue.FromObject(PyType.FrozenSet), PyValue.FromObject(new PyTuple(items)));
                }

            case SliceConstant sl:
                return PyOps.Call(ts, PyValue.FromObject(PyType.Slice), [ToValue(ts, sl.Start), ToValue(ts, sl.Stop), ToValue(ts, sl.Step)]);
            default:
                return ts.SetError(PyExc.SystemError, "unknown constant kind " + c.Kind);
        }
    }
}
