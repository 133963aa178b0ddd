using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ProtoPython.Generators.Bytecode;

/// <summary>
/// Role "Bytecode": reads Instructions.def from AdditionalFiles and emits the opcode enums and
/// tables into the consuming project. Other roles leave this generator silent.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class InstructionsGenerator : IIncrementalGenerator
{
    public const string RoleProperty = "build_property.ProtoPythonGeneratorRole";
    public const string Role = "Bytecode";
    public const string FileName = "Instructions.def";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var role = context.AnalyzerConfigOptionsProvider.Select((options, _) =>
            options.GlobalOptions.TryGetValue(RoleProperty, out var value) ? value : string.Empty);
        var defs = context.AdditionalTextsProvider
            .Where(text => System.IO.Path.GetFileName(text.Path) == FileName)
            .Select((text, token) => (text.Path, Text: text.GetText(token)?.ToString() ?? string.Empty))
            .Collect();
        context.RegisterSourceOutput(role.Combine(defs), (spc, input) => Execute(spc, input.Left, input.Right));
    }

    private static void Execute(SourceProductionContext context, string role, ImmutableArray<(string Path, string Text)> defs)
    {
        if (!string.Equals(role, Role, System.StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (defs.Length != 1)
        {
            context.ReportDiagnostic(Diagnostic.Create(DefDiagnostics.MissingFile, Location.None,
                defs.Length == 0
                    ? "role 'Bytecode' needs exactly one Instructions.def in AdditionalFiles; none was given"
                    : "role 'Bytecode' needs exactly one Instructions.def in AdditionalFiles; " + defs.Length + " were given"));
            return;
        }

        var (path, text) = defs[0];
        var diagnostics = new List<DefDiagnostic>();
        var file = DefParser.Parse(text, diagnostics);
        DefValidator.Validate(file, diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(ToRoslyn(diagnostic, path, text));
        }

        if (diagnostics.Count > 0)
        {
            return;
        }

        context.AddSource("Opcode.g.cs", OpcodeEmitter.EmitEnums(file));
        context.AddSource("OpcodeInfo.Tables.g.cs", OpcodeEmitter.EmitTables(file));
        context.AddSource("OpcodeInfo.StackEffects.g.cs", OpcodeEmitter.EmitStackEffects(file));
        context.AddSource("OpcodeMetadataModule.g.cs", OpcodeEmitter.EmitPythonMetadata(file));
    }

    internal static Diagnostic ToRoslyn(DefDiagnostic diagnostic, string path, string text)
    {
        var start = diagnostic.Position;
        var length = System.Math.Min(diagnostic.Length, System.Math.Max(0, text.Length - start.Offset));
        var span = new TextSpan(start.Offset, length);
        var lines = new LinePositionSpan(new LinePosition(start.Line, start.Column), new LinePosition(start.Line, start.Column + length));
        return Diagnostic.Create(diagnostic.Descriptor, Location.Create(path, span, lines), diagnostic.Message);
    }
}
