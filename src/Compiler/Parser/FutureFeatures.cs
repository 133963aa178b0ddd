using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Diagnostics;

namespace ProtoPython.Compiler.Parser;

/// <summary>
/// The <c>__future__</c> checks CPython makes on every parse, ast.parse included (future.c):
/// in the future imports at the top of a module (after an optional docstring), an unknown
/// feature is "future feature X is not defined" and <c>braces</c> is "not a chance". Whether
/// a future import comes too late is the compiler's check.
/// </summary>
internal static class FutureFeatures
{
    private static readonly HashSet<string> s_known = new(StringComparer.Ordinal)
    {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    };

    public static void Check(ModNode module, string filename, SourceLines lines)
    {
        var body = module switch
        {
            Module m => m.Body,
            Interactive i => i.Body,
            _ => null,
        };
        if (body is null)
        {
            return;
        }

        for (var index = 0; index < body.Count; index++)
        {
            var s = body[index];
            if (index == 0 && s is Expr { Value: Constant { Value: StrConstant } })
            {
                continue;
            }

            if (s is not ImportFrom { Module: "__future__" } future)
            {
                return;
            }

            foreach (var alias in future.Names)
            {
                if (s_known.Contains(alias.Name))
                {
                    continue;
                }

                var msg = alias.Name == "braces" ? "not a chance" : $"future feature {alias.Name} is not defined";
                throw new PythonSyntaxError(
                    SyntaxErrorKind.SyntaxError, msg, filename, alias.Lineno, alias.ColOffset + 1,
                    alias.EndLineno, alias.EndColOffset + 1, lines.GetLine(alias.Lineno));
            }
        }
    }
}
