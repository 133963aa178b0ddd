using Microsoft.CodeAnalysis;

namespace ProtoPython.Generators.Bytecode;

/// <summary>A problem found in Instructions.def, before it becomes a Roslyn <see cref="Diagnostic"/>.</summary>
internal sealed class DefDiagnostic
{
    public DefDiagnostic(DiagnosticDescriptor descriptor, DefPosition position, int length, string message)
    {
        Descriptor = descriptor;
        Position = position;
        Length = length;
        Message = message;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public DefPosition Position { get; }

    public int Length { get; }

    public string Message { get; }

    public static DefDiagnostic Syntax(DefPosition position, int length, string message) =>
        new DefDiagnostic(DefDiagnostics.Syntax, position, length, message);
}

// RS2008 wants an AnalyzerReleases.*.md ledger; these IDs belong to a build-time generator used
// only inside this repository, where docs/internals/instructions.md lists them instead.
#pragma warning disable RS2008

/// <summary>The PPBC diagnostics reported for Instructions.def (listed in docs/internals/instructions.md).</summary>
internal static class DefDiagnostics
{
    private const string Category = "ProtoPython.Bytecode";

    public static readonly DiagnosticDescriptor Syntax = Make("PPBC001", "Malformed line in Instructions.def");
    public static readonly DiagnosticDescriptor DuplicateName = Make("PPBC002", "Duplicate name in Instructions.def");
    public static readonly DiagnosticDescriptor DuplicateNumber = Make("PPBC003", "Duplicate opcode number in Instructions.def");
    public static readonly DiagnosticDescriptor NumberOutOfRange = Make("PPBC004", "Opcode number out of range");
    public static readonly DiagnosticDescriptor UnknownFlag = Make("PPBC005", "Unknown flag");
    public static readonly DiagnosticDescriptor UnknownName = Make("PPBC006", "Unknown instruction");
    public static readonly DiagnosticDescriptor BadFamily = Make("PPBC007", "Inconsistent family");
    public static readonly DiagnosticDescriptor MissingFile = Make("PPBC008", "Instructions.def not found");
    public static readonly DiagnosticDescriptor NameCollision = Make("PPBC009", "Generated member names collide");
    public static readonly DiagnosticDescriptor BadCache = Make("PPBC010", "Invalid cache layout");

    private static DiagnosticDescriptor Make(string id, string title) =>
        new DiagnosticDescriptor(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
