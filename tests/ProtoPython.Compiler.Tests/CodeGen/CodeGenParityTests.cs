using Xunit.Abstractions;

namespace ProtoPython.Compiler.Tests.CodeGen;

/// <summary>
/// Code objects compiled from the dis parity fixtures' ASTs against CPython 3.14's: bytecode,
/// constants, names, locals, flags, stack size, line table and exception table.
/// </summary>
public class CodeGenParityTests(ITestOutputHelper output)
{
    /// <summary>Fixtures known to match; the count may only go up.</summary>
    private const int MinimumMatching = 93;

    [Fact]
    public void DisFixtures_CompileToCPythonsCodeObjects()
    {
        int total = 0;
        var failures = new List<string>();
        foreach (var record in CodeGenOracle.Records("dis_fixtures.jsonl.gz"))
        {
            total++;
            if (CodeGenOracle.Check(record) is { } failure)
            {
                failures.Add(failure);
            }
        }

        output.WriteLine($"{total - failures.Count}/{total} fixtures match");
        foreach (var f in failures)
        {
            output.WriteLine(f);
        }

        Assert.True(total - failures.Count >= MinimumMatching, $"{total - failures.Count}/{total} match:\n" + string.Join("\n", failures));
    }
}
