using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.CodeGen;
using ProtoPython.Compiler.Diagnostics;

namespace ProtoPython.Compiler.Symtable;

/// <summary>
/// The <c>from __future__ import ...</c> statements at the top of a module (CPython's future.c):
/// the features they turn on and where the last one ends.
/// </summary>
public sealed class FutureFeatures
{
    private FutureFeatures(CompileFlags flags, SourceLocation location)
    {
        Flags = flags;
        Location = location;
    }

    /// <summary>Future flags from the source, or'ed with those passed to <c>compile()</c>.</summary>
    public CompileFlags Flags { get; }

    /// <summary>The location of the last future import, or none.</summary>
    public SourceLocation Location { get; }

    public bool Annotations => (Flags & CompileFlags.FutureAnnotations) != 0;

    public bool BarryAsBdfl => (Flags & CompileFlags.FutureBarryAsBdfl) != 0;

    public static FutureFeatures FromAst(ModNode mod, CompileFlags inherited, string filename)
    {
        var flags = inherited & (CompileFlags.FutureAnnotations | CompileFlags.FutureBarryAsBdfl
            | CompileFlags.FutureDivision | CompileFlags.FutureAbsoluteImport | CompileFlags.FutureWithStatement
            | CompileFlags.FuturePrintFunction | CompileFlags.FutureUnicodeLiterals | CompileFlags.FutureGeneratorStop);
        var location = SourceLocation.None;
        List<StmtNode>? body = mod switch
        {
            Module m => m.Body,
            Interactive i => i.Body,
            _ => null,
        };
        if (body is null)
        {
            return new FutureFeatures(flags, location);
        }

        for (int i = Docstrings.Get(body) is null ? 0 : 1; i < body.Count; i++)
        {
            if (body[i] is not ImportFrom { Level: 0 or null, Module: "__future__" } import)
            {
                break;
            }

            foreach (var alias in import.Names)
            {
                switch (alias.Name)
                {
                    case "nested_scopes" or "generators" or "division" or "absolute_import" or "with_statement"
                        or "print_function" or "unicode_literals" or "generator_stop":
                        break;
                    case "barry_as_FLUFL":
                        flags |= CompileFlags.FutureBarryAsBdfl;
                        break;
                    case "annotations":
                        flags |= CompileFlags.FutureAnnotations;
                        break;
                    case "braces":
                        throw Error("not a chance", import, filename);
                    default:
                        throw Error($"future feature {Truncate(alias.Name)} is not defined", import, filename);
                }
            }

            location = new SourceLocation(import.Lineno, import.ColOffset, import.EndLineno, import.EndColOffset);
        }

        return new FutureFeatures(flags, location);
    }

    private static string Truncate(string s) => s.Length > 100 ? s[..100] : s;

    private static PythonSyntaxError Error(string msg, LocatedNode node, string filename) =>
        new(SyntaxErrorKind.SyntaxError, msg, filename, node.Lineno, node.ColOffset + 1, node.EndLineno, node.EndColOffset + 1, null);
}

/// <summary>CPython's <c>_PyAST_GetDocString</c>: the leading string constant of a body.</summary>
public static class Docstrings
{
    public static Constant? Get(List<StmtNode> body) =>
        body.Count > 0 && body[0] is Expr { Value: Constant { Value: StrConstant } c } ? c : null;
}
