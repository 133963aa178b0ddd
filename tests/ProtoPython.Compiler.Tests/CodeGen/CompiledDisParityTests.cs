using System.Text.RegularExpressions;
using ProtoPython.Compiler.Disassembly;

namespace ProtoPython.Compiler.Tests.CodeGen;

/// <summary>
/// The whole front end against CPython 3.14: each tests/frontend/dis fixture is parsed and
/// compiled by us, disassembled by our dis, and must print what <c>python3.14 -m dis</c> printed.
/// </summary>
public sealed partial class CompiledDisParityTests
{
    private static string DisFolder => Path.Combine(RepoPaths.FrontendData, "dis");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(DisFolder, "*.py").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [GeneratedRegex("0x[0-9a-f]+")]
    private static partial Regex Address();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void CompiledFixture_DisassemblesLikeCPython(string name)
    {
        var source = File.ReadAllBytes(Path.Combine(DisFolder, name + ".py"));
        var code = PythonCompiler.Compile(source, new CompileOptions(name + ".py"));
        var expected = Address().Replace(File.ReadAllText(Path.Combine(DisFolder, name + ".dis")), "0x...");
        var actual = Address().Replace(Disassembler.Dis(code), "0x...");
        Assert.Equal(expected.ReplaceLineEndings("\n").TrimEnd(), actual.ReplaceLineEndings("\n").TrimEnd());
    }
}
