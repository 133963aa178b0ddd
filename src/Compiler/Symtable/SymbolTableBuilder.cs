using System.Runtime.CompilerServices;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.CodeGen;
using ProtoPython.Compiler.Diagnostics;

namespace ProtoPython.Compiler.Symtable;

/// <summary>
/// The first symtable pass: walks the AST, opens a block for every scope and records the raw
/// facts about each name (bound here, used here, declared global, parameter...). Errors that
/// depend only on these facts are raised here with CPython's messages and positions.
/// </summary>
internal sealed partial class SymbolTableBuilder
{
    private const int MaxDepth = 4000;

    private readonly SymbolTable _table;
    private readonly List<SymbolTableEntry> _stack = [];
    private readonly CompileFlags _flags;
    private SymbolTableEntry _cur = null!;
    private SymbolTableEntry _top = null!;
    private string? _private;
    private int _depth;

    private SymbolTableBuilder(SymbolTable table, CompileFlags flags)
    {
        _table = table;
        _flags = flags;
    }

    private string Filename => _table.Filename;

    private FutureFeatures Future => _table.Future;

    public static SymbolTable Build(ModNode mod, string filename, FutureFeatures future, CompileFlags flags)
    {
        var table = new SymbolTable(filename, future);
        var builder = new SymbolTableBuilder(table, flags);
        builder.EnterBlock("top", BlockType.Module, mod, 0, new SourceLocation(0, 0, 0, 0));
        builder._top = builder._cur;
        table.Top = builder._cur;
        switch (mod)
        {
            case Module m:
                if (Docstrings.Get(m.Body) is not null)
                {
                    builder._cur.HasDocstring = true;
                }

                builder.VisitStatements(m.Body);
                break;
            case Expression e:
                builder.VisitExpr(e.Body);
                break;
            case Interactive i:
                builder.VisitStatements(i.Body);
                break;
            default:
                throw new InvalidOperationException("this compiler does not handle FunctionTypes");
        }

        builder.ExitBlock();
        SymbolTableAnalyzer.Analyze(table);
        return table;
    }

    private static SourceLocation Loc(LocatedNode node) =>
        new(node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);

    private PythonSyntaxError Error(string msg, SourceLocation loc) =>
        new(SyntaxErrorKind.SyntaxError, msg, Filename, loc.Lineno, loc.ColOffset + 1, loc.EndLineno, loc.EndColOffset + 1, null);

    private void Enter()
    {
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw CompilerLimitError.CompilationTooDeep();
        }
    }

    private void Leave() => _depth--;

    private SymbolTableEntry NewEntry(string name, BlockType type, object key, int variant, SourceLocation loc)
    {
        var entry = new SymbolTableEntry(name, type, loc, _stack.Count > 0 ? _cur : null);
        _table.Register(key, variant, entry);
        return entry;
    }

    private void EnterExistingBlock(SymbolTableEntry entry)
    {
        var prev = _stack.Count > 0 ? _cur : null;
        _stack.Add(entry);
        if (prev is not null)
        {
            // bpo-37757: assignment expressions stay forbidden anywhere inside the outermost
            // iterable of a comprehension, even in nested scopes.
            entry.CompIterExpr = prev.CompIterExpr;
            if (prev.MangledNames is not null && entry.Type != BlockType.Class)
            {
                entry.MangledNames = prev.MangledNames;
            }
        }

        _cur = entry;

        // Under "from __future__ import annotations" annotations become strings, so their
        // scopes never reach the analysis.
        if (Future.Annotations && entry.Type == BlockType.Annotation)
        {
            return;
        }

        prev?.Children.Add(entry);
    }

    private void EnterBlock(string name, BlockType type, object key, int variant, SourceLocation loc)
    {
        var entry = NewEntry(name, type, key, variant, loc);
        EnterExistingBlock(entry);
        if (type is BlockType.Annotation or BlockType.TypeVariable or BlockType.TypeAlias)
        {
            // The generated function reads its "format" argument.
            AddDef(".format", SymbolFlags.DefParam, loc);
            AddDef(".format", SymbolFlags.Use, loc);
        }
    }

    private void ExitBlock()
    {
        _stack.RemoveAt(_stack.Count - 1);
        _cur = _stack.Count > 0 ? _stack[^1] : null!;
    }

    private SymbolFlags Lookup(SymbolTableEntry entry, string name) =>
        entry.GetFlags(Mangling.MaybeMangle(_private, entry, name));

    private void AddDefHelper(string name, SymbolFlags flag, SymbolTableEntry entry, SourceLocation loc)
    {
        var mangled = Mangling.MaybeMangle(_private, _cur, name);
        SymbolFlags val;
        if (entry.Symbols.TryGetValue(mangled, out var existing))
        {
            val = existing.Flags;
            if ((flag & SymbolFlags.DefParam) != 0 && (val & SymbolFlags.DefParam) != 0)
            {
                throw Error($"duplicate argument '{name}' in function definition", loc);
            }

            if ((flag & SymbolFlags.DefTypeParam) != 0 && (val & SymbolFlags.DefTypeParam) != 0)
            {
                throw Error($"duplicate type parameter '{name}'", loc);
            }

            val |= flag;
        }
        else
        {
            val = flag;
        }

        if (entry.CompIterTarget)
        {
            if ((val & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0)
            {
                throw Error($"comprehension inner loop cannot rebind assignment expression target '{name}'", loc);
            }

            val |= SymbolFlags.DefCompIter;
        }

        if (existing is not null)
        {
            existing.Flags = val;
        }
        else
        {
            entry.Symbols[mangled] = new Symbol(mangled, val);
        }

        if ((flag & SymbolFlags.DefParam) != 0)
        {
            entry.VarNames.Add(mangled);
        }
        else if ((flag & SymbolFlags.DefGlobal) != 0)
        {
            if (_top.Symbols.TryGetValue(mangled, out var global))
            {
                global.Flags |= flag;
            }
            else
            {
                _top.Symbols[mangled] = new Symbol(mangled, flag);
            }
        }
    }

    private void CheckName(string name, SourceLocation loc, ExprContext ctx)
    {
        if (name == "__debug__")
        {
            if (ctx == ExprContext.Store)
            {
                throw Error("cannot assign to __debug__", loc);
            }

            if (ctx == ExprContext.Del)
            {
                throw Error("cannot delete __debug__", loc);
            }
        }
    }

    private void AddDefCtx(string name, SymbolFlags flag, SourceLocation loc, ExprContext ctx)
    {
        if ((flag & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.DefImport)) != 0)
        {
            CheckName(name, loc, ctx);
        }

        if ((flag & SymbolFlags.DefTypeParam) != 0)
        {
            _cur.MangledNames?.Add(name);
        }

        AddDefHelper(name, flag, _cur, loc);
    }

    private void AddDef(string name, SymbolFlags flag, SourceLocation loc) =>
        AddDefCtx(name, flag, loc, flag == SymbolFlags.Use ? ExprContext.Load : ExprContext.Store);

    private void RecordDirective(string name, SourceLocation loc) =>
        _cur.Directives.Add((Mangling.MaybeMangle(_private, _cur, name), loc));

    private bool AllowsTopLevelAwait =>
        (_flags & CompileFlags.AllowTopLevelAwait) != 0 && _cur.Type == BlockType.Module;

    private bool IsAsyncDef => _cur.Type == BlockType.Function && _cur.IsCoroutine;

    private void EnterTypeParamBlock(string name, object key, bool hasDefaults, bool hasKwDefaults, bool isClass, SourceLocation loc)
    {
        var currentType = _cur.Type;
        EnterBlock(name, BlockType.TypeParameters, key, 0, loc);
        if (currentType == BlockType.Class)
        {
            _cur.CanSeeClassScope = true;
            AddDef("__classdict__", SymbolFlags.Use, loc);
        }

        if (isClass)
        {
            // Set when the type params tuple is built, used when the bases are.
            AddDef(".type_params", SymbolFlags.DefLocal, loc);
            AddDef(".type_params", SymbolFlags.Use, loc);
            AddDef(".generic_base", SymbolFlags.DefLocal, loc);
            AddDef(".generic_base", SymbolFlags.Use, loc);
        }

        if (hasDefaults)
        {
            AddDef(".defaults", SymbolFlags.DefParam, loc);
        }

        if (hasKwDefaults)
        {
            AddDef(".kwdefaults", SymbolFlags.DefParam, loc);
        }
    }
}
