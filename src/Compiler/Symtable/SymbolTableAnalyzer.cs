using ProtoPython.Compiler.CodeGen;
using ProtoPython.Compiler.Diagnostics;

namespace ProtoPython.Compiler.Symtable;

/// <summary>
/// The second symtable pass: decides the scope of every name. A parent passes down the names
/// bound in enclosing function scopes ("bound") and the declared globals; children report the
/// names they use freely, which turn the parent's locals into cells. Comprehensions (but not
/// generator expressions) are inlined into their parent here (PEP 709).
/// </summary>
internal sealed class SymbolTableAnalyzer
{
    private readonly string _filename;

    private SymbolTableAnalyzer(string filename)
    {
        _filename = filename;
    }

    public static void Analyze(SymbolTable table)
    {
        var analyzer = new SymbolTableAnalyzer(table.Filename);
        var free = new HashSet<string>(StringComparer.Ordinal);
        var global = new HashSet<string>(StringComparer.Ordinal);
        var typeParams = new HashSet<string>(StringComparer.Ordinal);
        analyzer.AnalyzeBlock(table.Top, null, free, global, typeParams, null);
    }

    private PythonSyntaxError ErrorAtDirective(SymbolTableEntry ste, string name, string msg)
    {
        foreach (var (n, loc) in ste.Directives)
        {
            if (n == name)
            {
                return new PythonSyntaxError(SyntaxErrorKind.SyntaxError, msg, _filename,
                    loc.Lineno, loc.ColOffset + 1, loc.EndLineno, loc.EndColOffset + 1, null);
            }
        }

        throw new InvalidOperationException("BUG: internal directive bookkeeping broken");
    }

    private void AnalyzeName(
        SymbolTableEntry ste, Dictionary<string, SymbolScope> scopes, string name, SymbolFlags flags,
        HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global,
        HashSet<string> typeParams, SymbolTableEntry? classEntry)
    {
        if ((flags & SymbolFlags.DefGlobal) != 0)
        {
            if ((flags & SymbolFlags.DefNonlocal) != 0)
            {
                throw ErrorAtDirective(ste, name, $"name '{name}' is nonlocal and global");
            }

            scopes[name] = SymbolScope.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }

        if ((flags & SymbolFlags.DefNonlocal) != 0)
        {
            if (bound is null)
            {
                throw ErrorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }

            if (!bound.Contains(name))
            {
                throw ErrorAtDirective(ste, name, $"no binding for nonlocal '{name}' found");
            }

            if (typeParams.Contains(name))
            {
                throw ErrorAtDirective(ste, name, $"nonlocal binding not allowed for type parameter '{name}'");
            }

            scopes[name] = SymbolScope.Free;
            free.Add(name);
            return;
        }

        if ((flags & SymbolFlags.DefBound) != 0)
        {
            scopes[name] = SymbolScope.Local;
            local.Add(name);
            global.Remove(name);
            if ((flags & SymbolFlags.DefTypeParam) != 0)
            {
                typeParams.Add(name);
            }
            else
            {
                typeParams.Remove(name);
            }

            return;
        }

        // In a scope that sees the class namespace, a name the class binds is looked up in the
        // class namespace and then the globals, never in an outer function.
        if (classEntry is not null)
        {
            var classFlags = classEntry.GetFlags(name);
            if ((classFlags & SymbolFlags.DefGlobal) != 0)
            {
                scopes[name] = SymbolScope.GlobalExplicit;
                return;
            }

            if ((classFlags & SymbolFlags.DefBound) != 0 && (classFlags & SymbolFlags.DefNonlocal) == 0)
            {
                scopes[name] = SymbolScope.GlobalImplicit;
                return;
            }
        }

        if (bound is not null && bound.Contains(name))
        {
            scopes[name] = SymbolScope.Free;
            free.Add(name);
            return;
        }

        scopes[name] = SymbolScope.GlobalImplicit;
    }

    private static bool IsFreeInAnyChild(SymbolTableEntry entry, string name)
    {
        foreach (var child in entry.Children)
        {
            if (child.GetScope(name) == SymbolScope.Free)
            {
                return true;
            }
        }

        return false;
    }

    private static void InlineComprehension(
        SymbolTableEntry ste, SymbolTableEntry comp, Dictionary<string, SymbolScope> scopes,
        HashSet<string> compFree, HashSet<string> inlinedCells)
    {
        List<string>? removeNames = null;
        foreach (var sym in comp.Symbols.Values)
        {
            if ((sym.Flags & SymbolFlags.DefParam) != 0)
            {
                continue; // the ".0" parameter
            }

            var scope = sym.Scope;
            var onlyFlags = sym.Flags;
            var name = sym.Name;
            if (scope == SymbolScope.Cell || (onlyFlags & SymbolFlags.DefCompCell) != 0)
            {
                inlinedCells.Add(name);
            }

            // __class__, __classdict__ and __conditional_annotations__ are never free through a
            // class scope: the comprehension's own uses become implicit globals. A function
            // nested in the comprehension still needs the class cell, so the name stays free
            // for the class if a child has it free.
            if (scope == SymbolScope.Free && ste.Type == BlockType.Class && IsClassImplicitName(name))
            {
                scope = SymbolScope.GlobalImplicit;
                if (!IsFreeInAnyChild(comp, name))
                {
                    compFree.Remove(name);
                }

                (removeNames ??= new List<string>()).Add(name);
            }

            if (!ste.Symbols.TryGetValue(name, out var existing))
            {
                ste.Symbols[name] = new Symbol(name, onlyFlags);
                scopes[name] = scope;
            }
            else if ((existing.Flags & SymbolFlags.DefBound) != 0 && ste.Type != BlockType.Class
                && !IsFreeInAnyChild(comp, name))
            {
                // A name free in the comprehension but local outside simply stays local.
                compFree.Remove(name);
            }
        }

        if (removeNames != null)
        {
            foreach (var name in removeNames)
            {
                comp.Symbols.Remove(name);
            }
        }
    }

    private static bool IsClassImplicitName(string name) =>
        name is "__class__" or "__classdict__" or "__conditional_annotations__";

    private static void AnalyzeCells(Dictionary<string, SymbolScope> scopes, HashSet<string> free, HashSet<string> inlinedCells)
    {
        foreach (var name in scopes.Keys.ToList())
        {
            if (scopes[name] != SymbolScope.Local)
            {
                continue;
            }

            if (!free.Contains(name) && !inlinedCells.Contains(name))
            {
                continue;
            }

            scopes[name] = SymbolScope.Cell;
            free.Remove(name);
        }
    }

    private static void DropClassFree(SymbolTableEntry ste, HashSet<string> free)
    {
        if (free.Remove("__class__"))
        {
            ste.NeedsClassClosure = true;
        }

        if (free.Remove("__classdict__"))
        {
            ste.NeedsClassDict = true;
        }

        if (free.Remove("__conditional_annotations__"))
        {
            ste.HasConditionalAnnotations = true;
        }
    }

    private static void UpdateSymbols(
        SymbolTableEntry ste, Dictionary<string, SymbolScope> scopes, HashSet<string>? bound,
        HashSet<string> free, HashSet<string> inlinedCells, bool classFlag)
    {
        foreach (var sym in ste.Symbols.Values)
        {
            if (inlinedCells.Contains(sym.Name))
            {
                sym.Flags |= SymbolFlags.DefCompCell;
            }

            sym.Scope = scopes[sym.Name];
        }

        // Free variables of children not resolved here pass through this block.
        foreach (var name in free)
        {
            if (ste.Symbols.TryGetValue(name, out var existing))
            {
                // A method's free variable with the same name as a class-level name.
                if (classFlag)
                {
                    existing.Flags |= SymbolFlags.DefFreeClass;
                }

                continue;
            }

            if (bound is not null && !bound.Contains(name))
            {
                continue; // a global
            }

            ste.Symbols[name] = new Symbol(name, SymbolFlags.None) { Scope = SymbolScope.Free };
        }
    }

    private void AnalyzeBlock(
        SymbolTableEntry ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global,
        HashSet<string> typeParams, SymbolTableEntry? classEntry)
    {
        var local = new HashSet<string>(StringComparer.Ordinal);
        var scopes = new Dictionary<string, SymbolScope>(StringComparer.Ordinal);
        var newGlobal = new HashSet<string>(StringComparer.Ordinal);
        var newFree = new HashSet<string>(StringComparer.Ordinal);
        var newBound = new HashSet<string>(StringComparer.Ordinal);
        var inlinedCells = new HashSet<string>(StringComparer.Ordinal);

        // Class bindings are invisible to nested functions: pass down only what came in.
        if (ste.Type == BlockType.Class)
        {
            newGlobal.UnionWith(global);
            if (bound is not null)
            {
                newBound.UnionWith(bound);
            }
        }

        foreach (var sym in ste.Symbols.Values)
        {
            AnalyzeName(ste, scopes, sym.Name, sym.Flags, bound, local, free, global, typeParams, classEntry);
        }

        if (ste.Type != BlockType.Class)
        {
            if (ste.IsFunctionLike)
            {
                newBound.UnionWith(local);
            }

            if (bound is not null)
            {
                newBound.UnionWith(bound);
            }

            newGlobal.UnionWith(global);
        }
        else
        {
            newBound.Add("__class__");
            newBound.Add("__classdict__");
            newBound.Add("__conditional_annotations__");
        }

        foreach (var entry in ste.Children)
        {
            SymbolTableEntry? newClassEntry = null;
            if (entry.CanSeeClassScope)
            {
                newClassEntry = ste.Type == BlockType.Class ? ste : classEntry;
            }

            // Every comprehension except generator expressions is inlined, unless it sits in an
            // annotation scope nested in a class.
            bool inlineComp = entry.Comprehension != ComprehensionKind.None && !entry.IsGenerator && !ste.CanSeeClassScope;
            var childFree = new HashSet<string>(newFree, StringComparer.Ordinal);
            AnalyzeBlock(
                entry,
                new HashSet<string>(newBound, StringComparer.Ordinal),
                childFree,
                new HashSet<string>(newGlobal, StringComparer.Ordinal),
                new HashSet<string>(typeParams, StringComparer.Ordinal),
                newClassEntry);
            if (inlineComp)
            {
                InlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.IsInlinedComprehension = true;
            }

            newFree.UnionWith(childFree);
        }

        // The children of inlined comprehensions become our children.
        for (int i = ste.Children.Count - 1; i >= 0; i--)
        {
            var entry = ste.Children[i];
            if (entry.IsInlinedComprehension)
            {
                ste.Children.RemoveAt(i);
                ste.Children.InsertRange(i, entry.Children);
            }
        }

        if (ste.IsFunctionLike)
        {
            AnalyzeCells(scopes, newFree, inlinedCells);
        }
        else if (ste.Type == BlockType.Class)
        {
            DropClassFree(ste, newFree);
        }

        UpdateSymbols(ste, scopes, bound, newFree, inlinedCells, ste.Type == BlockType.Class || ste.CanSeeClassScope);
        free.UnionWith(newFree);
    }
}
