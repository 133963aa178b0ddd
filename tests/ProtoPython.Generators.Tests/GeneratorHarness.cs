using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ProtoPython.Generators.Bytecode;

namespace ProtoPython.Generators.Tests;

/// <summary>Runs <see cref="InstructionsGenerator"/> in memory on a given Instructions.def text.</summary>
internal static class GeneratorHarness
{
    public const string DefPath = "/repo/src/Bytecode/Instructions.def";

    public static GeneratorDriverRunResult Run(string? defText, string role = "Bytecode")
    {
        var compilation = CSharpCompilation.Create("Probe", [], References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var additional = defText == null ? ImmutableArray<AdditionalText>.Empty : [new InMemoryText(DefPath, defText)];
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new InstructionsGenerator().AsSourceGenerator()],
            additional,
            CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview),
            new RoleOptions(role));
        return driver.RunGenerators(compilation).GetRunResult();
    }

    /// <summary>Compiles generated sources with the one hand-written type they use.</summary>
    public static ImmutableArray<Diagnostic> CompileGenerated(GeneratorDriverRunResult result)
    {
        var stub = CSharpSyntaxTree.ParseText(
            "namespace ProtoPython.Bytecode; public readonly record struct CacheEntry(string Name, int Size);",
            CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview));
        var trees = result.GeneratedTrees.Add(stub);
        var usings = CSharpSyntaxTree.ParseText("global using System;", CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview));
        var compilation = CSharpCompilation.Create("Generated", trees.Add(usings), References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
    }

    private static IEnumerable<MetadataReference> References()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted.Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll" or "System.Memory.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class RoleOptions(string role) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(role);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(null);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(null);

        private sealed class Options(string? role) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = role ?? string.Empty;
                return role != null && key == InstructionsGenerator.RoleProperty;
            }
        }
    }
}
