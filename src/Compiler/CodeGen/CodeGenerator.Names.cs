using ProtoPython.Bytecode;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Code;
using ProtoPython.Compiler.Symtable;

namespace ProtoPython.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    private enum OpType
    {
        Fast,
        Global,
        Deref,
        Name,
    }

    private bool IsInInlinedComp => _u.InInlinedComp > 0;

    private (OpType Type, int Arg) ResolveNameop(string mangled, SymbolScope scope)
    {
        var type = OpType.Name;
        NameTable dict = Md.Names;
        int offset = 0;
        switch (scope)
        {
            case SymbolScope.Free:
                dict = Md.FreeVars;
                offset = Md.CellVars.Count;
                type = OpType.Deref;
                break;
            case SymbolScope.Cell:
                dict = Md.CellVars;
                type = OpType.Deref;
                break;
            case SymbolScope.Local:
                if (Ste.IsFunctionLike || (Md.FastHidden.TryGetValue(mangled, out bool hidden) && hidden))
                {
                    type = OpType.Fast;
                }

                break;
            case SymbolScope.GlobalImplicit:
                if (Ste.IsFunctionLike)
                {
                    type = OpType.Global;
                }

                break;
            case SymbolScope.GlobalExplicit:
                type = OpType.Global;
                break;
        }

        return type == OpType.Fast ? (type, 0) : (type, offset + dict.Add(mangled));
    }

    private void NameOp(SourceLocation loc, string name, ExprContext ctx)
    {
        var mangled = MaybeMangle(name);
        var scope = Ste.GetScope(mangled);
        var (type, arg) = ResolveNameop(mangled, scope);
        Opcode op;
        switch (type)
        {
            case OpType.Deref:
                switch (ctx)
                {
                    case ExprContext.Load:
                        if (Ste.Type == BlockType.Class && !IsInInlinedComp)
                        {
                            Addop(loc, Opcode.LoadLocals);
                            op = Opcode.LoadFromDictOrDeref;
                        }
                        else if (Ste.CanSeeClassScope)
                        {
                            LoadClassDictFreeVar(loc);
                            op = Opcode.LoadFromDictOrDeref;
                        }
                        else
                        {
                            op = Opcode.LoadDeref;
                        }

                        break;
                    case ExprContext.Store:
                        op = Opcode.StoreDeref;
                        break;
                    default:
                        op = Opcode.DeleteDeref;
                        break;
                }

                break;
            case OpType.Fast:
                op = ctx switch
                {
                    ExprContext.Load => Opcode.LoadFast,
                    ExprContext.Store => Opcode.StoreFast,
                    _ => Opcode.DeleteFast,
                };
                AddopI(loc, op, Md.VarNames.Add(mangled));
                return;
            case OpType.Global:
                switch (ctx)
                {
                    case ExprContext.Load:
                        if (Ste.CanSeeClassScope && scope == SymbolScope.GlobalImplicit)
                        {
                            LoadClassDictFreeVar(loc);
                            op = Opcode.LoadFromDictOrGlobals;
                        }
                        else
                        {
                            op = Opcode.LoadGlobal;
                        }

                        break;
                    case ExprContext.Store:
                        op = Opcode.StoreGlobal;
                        break;
                    default:
                        op = Opcode.DeleteGlobal;
                        break;
                }

                break;
            default:
                op = ctx switch
                {
                    ExprContext.Load => Ste.Type == BlockType.Class && IsInInlinedComp ? Opcode.LoadGlobal : Opcode.LoadName,
                    ExprContext.Store => Opcode.StoreName,
                    _ => Opcode.DeleteName,
                };
                break;
        }

        if (op == Opcode.LoadGlobal)
        {
            arg <<= 1;
        }

        AddopI(loc, op, arg);
    }

    private void LoadClassDictFreeVar(SourceLocation loc) =>
        AddopI(loc, Opcode.LoadDeref, FreeVarIndex("__classdict__"));

    private SymbolScope GetRefType(string name)
    {
        if (_u.ScopeType == ScopeType.Class && name is "__class__" or "__classdict__" or "__conditional_annotations__")
        {
            return SymbolScope.Cell;
        }

        var scope = Ste.GetScope(name);
        if (scope == SymbolScope.Unknown)
        {
            throw new InvalidOperationException($"_PyST_GetScope(name='{name}') failed: unknown scope in unit {Md.Name}");
        }

        return scope;
    }

    private int LookupArg(string name)
    {
        var reftype = GetRefType(name);
        if (reftype == SymbolScope.Cell)
        {
            return Md.CellVars.TryGet(name, out int i) ? i : throw new InvalidOperationException("compiler_lookup_arg: " + name);
        }

        return Md.FreeVars.TryGet(name, out int f)
            ? Md.CellVars.Count + f
            : throw new InvalidOperationException("compiler_lookup_arg: " + name);
    }

    /// <summary>Loads the cells a nested code object closes over, then makes the function.</summary>
    private void MakeClosure(SourceLocation loc, CodeObject co, int flags)
    {
        var freeVars = co.FreeVars;
        if (freeVars.Length > 0)
        {
            foreach (var name in freeVars)
            {
                AddopI(loc, Opcode.LoadClosure, LookupArg(name));
            }

            flags |= MakeFunctionFlags.Closure;
            AddopI(loc, Opcode.BuildTuple, freeVars.Length);
        }

        AddopLoadConst(loc, new CodeConstant(co));
        Addop(loc, Opcode.MakeFunction);
        foreach (var flag in new[] { MakeFunctionFlags.Closure, MakeFunctionFlags.Annotations, MakeFunctionFlags.Annotate, MakeFunctionFlags.KwDefaults, MakeFunctionFlags.Defaults })
        {
            if ((flags & flag) != 0)
            {
                AddopI(loc, Opcode.SetFunctionAttribute, flag);
            }
        }
    }
}
