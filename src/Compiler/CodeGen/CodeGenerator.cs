using System.Runtime.CompilerServices;
using ProtoPython.Bytecode;
using ProtoPython.Compiler.Assembler;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Code;
using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Compiler.Flowgraph;
using ProtoPython.Compiler.Symtable;

namespace ProtoPython.Compiler.CodeGen;

/// <summary>
/// The code generator (CPython's codegen.c with the scope handling of compile.c): walks the
/// AST of each scope and emits an <see cref="InstructionSequence"/> of real and pseudo
/// instructions, then hands it to the flow graph and the assembler.
/// </summary>
internal sealed partial class CodeGenerator
{
    private const int MaxDepth = 3000;

    private readonly SymbolTable _st;
    private readonly CompileFlags _flags;
    private readonly int _optimize;
    private readonly string _filename;
    private readonly IWarningSink? _warnings;
    private readonly List<CompilerUnit> _stack = [];
    private CompilerUnit _u = null!;
    private bool _interactive;
    private int _disableWarning;
    private int _depth;

    private CodeGenerator(SymbolTable st, CompileFlags flags, int optimize, string filename, IWarningSink? warnings)
    {
        _st = st;
        _flags = flags;
        _optimize = optimize;
        _filename = filename;
        _warnings = warnings;
    }

    private bool FutureAnnotations => _st.Future.Annotations;

    private SymbolTableEntry Ste => _u.Ste;

    private CodeUnitMetadata Md => _u.Metadata;

    private InstructionSequence Seq => _u.Seq;

    /// <summary>Compiles a preprocessed module whose symbol table is built.</summary>
    public static CodeObject CompileModule(ModNode mod, SymbolTable st, CompileFlags flags, int optimize, string filename, IWarningSink? warnings)
    {
        var c = new CodeGenerator(st, flags | st.Future.Flags, optimize, filename, warnings);
        c.EnterScope("<module>", ScopeType.Module, mod, 0, 1, null, 0, 0, 0);
        switch (mod)
        {
            case Module m:
                c.ModuleBody(StartLocation(m.Body), m.Body, isInteractive: false);
                break;
            case Interactive i:
                c._interactive = true;
                c.ModuleBody(StartLocation(i.Body), i.Body, isInteractive: true);
                break;
            case Expression e:
                c.VisitExpr(e.Body);
                break;
            default:
                throw new InvalidOperationException("module kind should not be possible");
        }

        var code = c.OptimizeAndAssemble(addNone: mod is not Expression);
        c.ExitScope();
        return code;
    }

    private static SourceLocation StartLocation(List<StmtNode> stmts) =>
        stmts.Count > 0 ? Loc(stmts[0]) : new SourceLocation(1, 0, 1, 0);

    internal static SourceLocation Loc(LocatedNode n) => new(n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset);

    // ---- errors and warnings ------------------------------------------------------------

    private PythonSyntaxError Error(SourceLocation loc, string msg) =>
        new(SyntaxErrorKind.SyntaxError, msg, _filename, loc.Lineno, loc.ColOffset + 1, loc.EndLineno, loc.EndColOffset + 1, null);

    private void Warn(SourceLocation loc, string msg)
    {
        if (_disableWarning > 0)
        {
            return;
        }

        _warnings?.Warn(new CompilerWarning("SyntaxWarning", msg, _filename, loc.Lineno, loc.ColOffset + 1));
    }

    private void EnterRecursive()
    {
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw CompilerLimitError.CompilationTooDeep();
        }
    }

    private void LeaveRecursive() => _depth--;

    // ---- emitting -----------------------------------------------------------------------

    private void Addop(SourceLocation loc, Opcode op) => Seq.Add(op, 0, loc);

    private void AddopI(SourceLocation loc, Opcode op, int arg) => Seq.Add(op, arg, loc);

    private void AddopJump(SourceLocation loc, Opcode op, Label target) => Seq.Add(op, target.Id, loc);

    private Label NewLabel() => Seq.NewLabel();

    private void UseLabel(Label label) => Seq.UseLabel(label);

    private int AddConst(ConstantValue value) => Md.Consts.Add(value);

    private void AddopLoadConst(SourceLocation loc, ConstantValue value) => AddopI(loc, Opcode.LoadConst, AddConst(value));

    private static ConstantValue Str(string s) => ConstantValue.FromStr(s);

    private string Mangle(string name) => Mangling.Mangle(_u.Private, name);

    private string MaybeMangle(string name) => Mangling.MaybeMangle(_u.Private, Ste, name);

    private const int LoadMethod = -1;
    private const int LoadSuperMethod = -2;
    private const int LoadZeroSuperAttr = -3;
    private const int LoadZeroSuperMethod = -4;

    /// <summary>Names-table opcodes: LOAD_ATTR/LOAD_SUPER_ATTR get their flag bits here.</summary>
    private void AddopName(SourceLocation loc, int opcode, string name)
    {
        int arg = Md.Names.Add(MaybeMangle(name));
        var op = (Opcode)Math.Max(opcode, 0);
        switch (opcode)
        {
            case (int)Opcode.LoadAttr:
                arg <<= 1;
                break;
            case LoadMethod:
                op = Opcode.LoadAttr;
                arg = (arg << 1) | 1;
                break;
            case (int)Opcode.LoadSuperAttr:
                arg = (arg << 2) | 2;
                break;
            case LoadSuperMethod:
                op = Opcode.LoadSuperAttr;
                arg = (arg << 2) | 3;
                break;
            case LoadZeroSuperAttr:
                op = Opcode.LoadSuperAttr;
                arg <<= 2;
                break;
            case LoadZeroSuperMethod:
                op = Opcode.LoadSuperAttr;
                arg = (arg << 2) | 1;
                break;
        }

        AddopI(loc, op, arg);
    }

    /// <summary>An opcode whose oparg indexes co_names without mangling (IMPORT_FROM of a dotted part, ...).</summary>
    private void AddopNameRaw(SourceLocation loc, Opcode op, string name) => AddopI(loc, op, Md.Names.Add(name));

    private int FreeVarIndex(string name) => Md.CellVars.Count + Md.FreeVars.Add(name);

    // ---- frame blocks -----------------------------------------------------------------

    private void PushFBlock(SourceLocation loc, FBlockType type, Label block, Label exit, object? datum)
    {
        if (_u.FBlocks.Count >= CompilerUnit.MaxBlocks)
        {
            throw Error(loc, "too many statically nested blocks");
        }

        _u.FBlocks.Add(new FBlock(type, block, loc, exit, datum));
        if (type == FBlockType.FinallyEnd)
        {
            _disableWarning++;
        }
    }

    private void PopFBlock(FBlockType type)
    {
        var top = _u.FBlocks[^1];
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        if (top.Type != type)
        {
            throw new InvalidOperationException("frame block mismatch");
        }

        if (type == FBlockType.FinallyEnd)
        {
            _disableWarning--;
        }
    }

    private FBlock? TopFBlock => _u.FBlocks.Count == 0 ? null : _u.FBlocks[^1];

    // ---- scopes -----------------------------------------------------------------------

    private void EnterScope(string name, ScopeType scopeType, object key, int variant, int lineno, string? privateName,
        int argCount, int posOnlyArgCount, int kwOnlyArgCount)
    {
        var ste = _st.Lookup(key, variant);
        var md = new CodeUnitMetadata
        {
            Name = name,
            ArgCount = argCount,
            PosOnlyArgCount = posOnlyArgCount,
            KwOnlyArgCount = kwOnlyArgCount,
            FirstLineno = lineno,
        };
        foreach (var v in ste.VarNames)
        {
            md.VarNames.Add(v);
        }

        var names = ste.Symbols.Keys.ToList();
        names.Sort(StringComparer.Ordinal);
        foreach (var n in names)
        {
            var sym = ste.Symbols[n];
            if (sym.Scope == SymbolScope.Cell || (sym.Flags & SymbolFlags.DefCompCell) != 0)
            {
                md.CellVars.Add(n);
            }
        }

        if (ste.NeedsClassClosure)
        {
            md.CellVars.Add("__class__");
        }

        if (ste.NeedsClassDict)
        {
            md.CellVars.Add("__classdict__");
        }

        if (ste.HasConditionalAnnotations)
        {
            md.CellVars.Add("__conditional_annotations__");
        }

        foreach (var n in names)
        {
            var sym = ste.Symbols[n];
            if (sym.Scope == SymbolScope.Free || (sym.Flags & SymbolFlags.DefFreeClass) != 0)
            {
                md.FreeVars.Add(n);
            }
        }

        var u = new CompilerUnit(ste, scopeType, md);
        if (scopeType == ScopeType.Class)
        {
            u.StaticAttributes = new SortedSet<string>(StringComparer.Ordinal);
        }

        if (_u is not null)
        {
            _stack.Add(_u);
            privateName ??= _u.Private;
        }

        u.Private = privateName;
        _u = u;
        if (scopeType != ScopeType.Module)
        {
            SetQualName();
        }
        else
        {
            md.QualName = name;
        }

        // codegen_enter_scope: RESUME, and for modules the deferred-annotations placeholder.
        var loc = new SourceLocation(scopeType == ScopeType.Module ? 0 : lineno, 0, lineno, 0);
        AddopI(loc, Opcode.Resume, ResumeKinds.AtFuncStart);
        if (scopeType == ScopeType.Module)
        {
            Addop(loc, Opcode.AnnotationsPlaceholder);
        }
    }

    private void ExitScope()
    {
        if (_stack.Count > 0)
        {
            _u = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
        }
        else
        {
            _u = null!;
        }
    }

    private void SetQualName()
    {
        var u = _u;
        string? qualBase = null;
        if (_stack.Count > 1)
        {
            var parent = _stack[^1];
            if (parent.ScopeType == ScopeType.Annotations)
            {
                // Inside an annotation/type-params scope, look at the grandparent.
                if (_stack.Count == 2)
                {
                    u.Metadata.QualName = u.Metadata.Name;
                    return;
                }

                parent = _stack[^2];
            }

            bool forceGlobal = false;
            if (u.ScopeType is ScopeType.Function or ScopeType.AsyncFunction or ScopeType.Class)
            {
                var mangled = Mangling.Mangle(parent.Private, u.Metadata.Name);
                if (parent.Ste.GetScope(mangled) == SymbolScope.GlobalExplicit)
                {
                    forceGlobal = true;
                }
            }

            if (!forceGlobal)
            {
                qualBase = parent.ScopeType is ScopeType.Function or ScopeType.AsyncFunction or ScopeType.Lambda
                    ? parent.Metadata.QualName + ".<locals>"
                    : parent.Metadata.QualName;
            }
        }

        u.Metadata.QualName = qualBase is null ? u.Metadata.Name : qualBase + "." + u.Metadata.Name;
    }

    private CodeFlags ComputeCodeFlags()
    {
        var ste = Ste;
        var flags = CodeFlags.None;
        if (ste.IsFunctionLike)
        {
            flags |= CodeFlags.NewLocals | CodeFlags.Optimized;
            if (ste.IsNested)
            {
                flags |= CodeFlags.Nested;
            }

            if (ste.IsGenerator && !ste.IsCoroutine)
            {
                flags |= CodeFlags.Generator;
            }

            if (ste.IsGenerator && ste.IsCoroutine)
            {
                flags |= CodeFlags.AsyncGenerator;
            }

            if (ste.HasVarArgs)
            {
                flags |= CodeFlags.VarArgs;
            }

            if (ste.HasVarKeywords)
            {
                flags |= CodeFlags.VarKeywords;
            }

            if (ste.HasDocstring)
            {
                flags |= CodeFlags.HasDocstring;
            }

            if (ste.IsMethod)
            {
                flags |= CodeFlags.Method;
            }
        }

        if (ste.IsCoroutine && !ste.IsGenerator)
        {
            flags |= CodeFlags.Coroutine;
        }

        // Only the __future__ feature bits (PyCF_MASK) are inherited.
        const CompileFlags pyCfMask = CompileFlags.FutureDivision | CompileFlags.FutureAbsoluteImport
            | CompileFlags.FutureWithStatement | CompileFlags.FuturePrintFunction | CompileFlags.FutureUnicodeLiterals
            | CompileFlags.FutureBarryAsBdfl | CompileFlags.FutureGeneratorStop | CompileFlags.FutureAnnotations;
        flags |= (CodeFlags)(int)(_flags & pyCfMask);
        return flags;
    }

    /// <summary>Adds the final return, runs the flow graph and the assembler on the current unit.</summary>
    private CodeObject OptimizeAndAssemble(bool addNone)
    {
        var flags = ComputeCodeFlags();
        if (addNone)
        {
            AddopLoadConst(SourceLocation.None, ConstantValue.None);
        }

        Addop(SourceLocation.None, Opcode.ReturnValue);
        var md = Md;
        var g = ControlFlowGraph.FromSequence(Seq);
        g.Optimize(md.Consts, md.VarNames.Count, Ste.VarNames.Count, md.FirstLineno);
        var seq = g.Finish(md, flags, out int stackDepth, out int nlocalsplus);
        return CodeAssembler.MakeCodeObject(md, stackDepth, seq, nlocalsplus, flags, _filename);
    }
}
