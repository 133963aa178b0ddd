using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ProtoPython.Generators.Ast;

/// <summary>
/// Turns src/Compiler/Ast/Ast.def (an AdditionalFile of ProtoPython.Compiler) into the AST node
/// classes, the schema (field metadata) and the visitors. See docs/internals/ast.md.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AstGenerator : IIncrementalGenerator
{
    private const string DescriptionFileName = "Ast.def";

    // Release tracking (RS2008) is for shipped analyzers; this generator is build-internal.
#pragma warning disable RS2008
    private static readonly DiagnosticDescriptor s_invalidDescription = new(
        id: "PPAST001",
        title: "Invalid AST description",
        messageFormat: "{0}",
        category: "ProtoPython.Ast",
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);
#pragma warning restore RS2008

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var descriptions = context.AdditionalTextsProvider
            .Where(static file => string.Equals(Path.GetFileName(file.Path), DescriptionFileName, StringComparison.Ordinal))
            .Select(static (file, cancellationToken) => (file.Path, Text: file.GetText(cancellationToken)?.ToString() ?? ""));
        context.RegisterSourceOutput(descriptions, static (spc, input) => Generate(spc, input.Path, input.Text));
    }

    private static void Generate(SourceProductionContext context, string path, string text)
    {
        var errors = new List<(int Line, int Column, string Message)>();
        var description = AstDescriptionParser.Parse(text, errors);
        if (errors.Count == 0)
        {
            errors.AddRange(description.Resolve());
        }

        if (errors.Count > 0)
        {
            foreach (var (line, column, message) in errors)
            {
                var position = new LinePosition(line - 1, column - 1);
                var location = Location.Create(path, default, new LinePositionSpan(position, position));
                context.ReportDiagnostic(Diagnostic.Create(s_invalidDescription, location, message));
            }

            return;
        }

        const string source = "src/Compiler/Ast/" + DescriptionFileName;
        context.AddSource("Ast.Nodes.g.cs", SourceText.From(AstEmitter.EmitNodes(description, source), Encoding.UTF8));
        context.AddSource("Ast.Schema.g.cs", SourceText.From(AstEmitter.EmitSchema(description, source), Encoding.UTF8));
        context.AddSource("Ast.Visitors.g.cs", SourceText.From(AstEmitter.EmitVisitors(description, source), Encoding.UTF8));
    }
}
