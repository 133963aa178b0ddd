using System.Text;
using ProtoPython.Compiler.Disassembly;

namespace ProtoPython.Compiler.Tests.Disassembly;

/// <summary>
/// The real dis parity test: our compiler plus our disassembler against <c>python3.14 -m dis</c>
/// for every fixture in tests/frontend/dis (and its -C, -P and -O variants where recorded).
/// </summary>
public sealed class DisParityTests
{
    private static readonly (string Suffix, DisOptions Options)[] s_variants =
    [
        (".dis", DisOptions.Default),
        (".caches.dis", new DisOptions(ShowCaches: true)),
        (".positions.dis", new DisOptions(ShowPositions: true)),
        (".offsets.dis", new DisOptions(ShowOffsets: true)),
    ];

    private static string Folder => Path.Combine(RepoPaths.FrontendData, "dis");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (string name in FixtureNames())
        {
            data.Add(name);
        }

        return data;
    }

    private static List<string> FixtureNames() =>
        [.. Directory.GetFiles(Folder, "*.py").Order(StringComparer.Ordinal).Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void CompiledFixtureDisassemblesLikeCPython(string name)
    {
        string failures = Compare(name);
        Assert.True(failures.Length == 0, failures);
    }

    /// <summary>One summary over every fixture, so a failure lists all mismatches at once.</summary>
    [Fact]
    public void AllFixturesDisassembleLikeCPython()
    {
        var summary = new StringBuilder();
        int mismatched = 0;
        var names = FixtureNames();
        foreach (string name in names)
        {
            string failures = Compare(name);
            if (failures.Length > 0)
            {
                mismatched++;
                summary.Append(failures);
            }
        }

        Assert.True(names.Count >= 88, $"only {names.Count} fixtures in {Folder}");
        Assert.True(mismatched == 0, $"{mismatched} of {names.Count} fixtures differ from CPython:\n{summary}");
    }

    private static string Compare(string name)
    {
        var failures = new StringBuilder();
        byte[] source = File.ReadAllBytes(Path.Combine(Folder, name + ".py"));
        Code.CodeObject code;
        try
        {
            var options = new CompileOptions(name + ".py");
            code = PythonCompiler.Compile(PythonCompiler.Parse(source, options), options);
        }
        catch (Exception e)
        {
            return $"{name}.py: compile failed: {e.GetType().Name}: {e.Message}\n";
        }

        foreach (var (suffix, options) in s_variants)
        {
            string golden = Path.Combine(Folder, name + suffix);
            if (File.Exists(golden))
            {
                DisFormatterTests.Check(failures, name + suffix, File.ReadAllText(golden), Disassembler.Dis(code, options));
            }
        }

        return failures.ToString();
    }
}
