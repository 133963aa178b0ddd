using ProtoPython.Bytecode.Tables;
using System.Text;
using System.Text.RegularExpressions;
using ProtoPython.Compiler.Code;
using ProtoPython.Compiler.Disassembly;

namespace ProtoPython.Compiler.Tests.Disassembly;

/// <summary>
/// Our disassembler and table decoders against CPython 3.14, on code objects recorded from
/// CPython itself: independent of our compiler.
/// </summary>
public sealed partial class DisFormatterTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var name in RecordedFixture.All.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void RecordingHasFixtures() =>
        Assert.True(RecordedFixture.All.Count >= 3, "expected recorded fixtures in " + RecordedFixture.DataFile);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void DisMatchesCPython(string fixture)
    {
        var f = RecordedFixture.All[fixture];
        var module = f.Codes[0];
        var failures = new StringBuilder();
        Check(failures, "default", f.ExpectedDis("default"), Disassembler.Dis(module));
        Check(failures, "show_caches", f.ExpectedDis("caches"), Disassembler.Dis(module, new DisOptions(ShowCaches: true)));
        Check(failures, "show_offsets", f.ExpectedDis("offsets"), Disassembler.Dis(module, new DisOptions(ShowOffsets: true)));
        Check(failures, "show_positions", f.ExpectedDis("positions"), Disassembler.Dis(module, new DisOptions(ShowPositions: true)));
        Check(failures, "depth=0", f.ExpectedDis("depth0"), Disassembler.Dis(module, new DisOptions(Depth: 0)));
        Assert.True(failures.Length == 0, failures.ToString());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void LinesAndPositionsMatchCPython(string fixture)
    {
        var f = RecordedFixture.All[fixture];
        for (int i = 0; i < f.Codes.Count; i++)
        {
            var code = f.Codes[i];
            var json = f.CodeJson[i];
            var expectedLines = json.GetProperty("lines").EnumerateArray()
                .Select(r => new LineRange(r[0].GetInt32(), r[1].GetInt32(), Nullable(r[2]))).ToList();
            Assert.Equal(expectedLines, code.Lines());
            var expectedPositions = json.GetProperty("positions").EnumerateArray()
                .Select(p => new SourcePosition(Nullable(p[0]), Nullable(p[1]), Nullable(p[2]), Nullable(p[3]))).ToList();
            Assert.Equal(expectedPositions, code.Positions());
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void DerivedAttributesAndCodeInfoMatchCPython(string fixture)
    {
        var f = RecordedFixture.All[fixture];
        for (int i = 0; i < f.Codes.Count; i++)
        {
            var code = f.Codes[i];
            var json = f.CodeJson[i];
            code.Validate();
            Assert.Equal(json.GetProperty("varnames").EnumerateArray().Select(s => s.GetString()), code.VarNames);
            Assert.Equal(json.GetProperty("cellvars").EnumerateArray().Select(s => s.GetString()), code.CellVars);
            Assert.Equal(json.GetProperty("freevars").EnumerateArray().Select(s => s.GetString()), code.FreeVars);
            Assert.Equal(json.GetProperty("nlocals").GetInt32(), code.NLocals);
            Assert.Equal(json.GetProperty("code").GetString(), Convert.ToHexStringLower(code.CodeBytes));
            Assert.Equal(json.GetProperty("code_info").GetString(), Normalize(CodeInfo.Format(code)));
            Assert.Equal(json.GetProperty("repr").GetString(), Normalize(new CodeConstant(code).Repr()));
        }
    }

    internal static string Normalize(string text) => AddressPattern().Replace(text, "0x...");

    /// <summary>Appends the first differing line of two disassemblies, if any.</summary>
    internal static void Check(StringBuilder failures, string label, string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = Normalize(actual).Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string el = i < e.Length ? e[i] : "<end>";
            string al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                failures.Append($"{label}: line {i + 1}\n  expected: {el}\n  actual:   {al}\n");
                return;
            }
        }
    }

    private static int? Nullable(System.Text.Json.JsonElement e) =>
        e.ValueKind == System.Text.Json.JsonValueKind.Null ? null : e.GetInt32();

    [GeneratedRegex("0x[0-9a-f]+")]
    private static partial Regex AddressPattern();
}

/// <summary>The code-object recording must be current with the dis parity goldens.</summary>
public sealed class RecordingCurrencyTests
{
    [Fact]
    public void RecordingCoversEveryDisFixtureWithTheSameOutput()
    {
        string folder = Path.Combine(RepoPaths.FrontendData, "dis");
        var problems = new StringBuilder();
        int checkedFiles = 0;
        foreach (string py in Directory.GetFiles(folder, "*.py").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(py);
            if (!RecordedFixture.All.TryGetValue("dis/" + name + ".py", out var fixture))
            {
                problems.Append($"dis/{name}.py is not in the recording\n");
                continue;
            }

            foreach (var (suffix, variant) in new[] { (".dis", "default"), (".caches.dis", "caches"), (".positions.dis", "positions"), (".offsets.dis", "offsets") })
            {
                string golden = Path.Combine(folder, name + suffix);
                if (File.Exists(golden))
                {
                    checkedFiles++;
                    DisFormatterTests.Check(problems, name + suffix, File.ReadAllText(golden), fixture.ExpectedDis(variant));
                }
            }
        }

        Assert.True(checkedFiles >= 88, $"only {checkedFiles} .dis goldens found in {folder}");
        Assert.True(problems.Length == 0, "re-record with tools/record-expected code_objects:\n" + problems);
    }
}
