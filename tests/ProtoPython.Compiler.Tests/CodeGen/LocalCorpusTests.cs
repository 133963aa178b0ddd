using Xunit.Abstractions;

namespace ProtoPython.Compiler.Tests.CodeGen;

public class LocalCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void LocalCorpus()
    {
        var path = Environment.GetEnvironmentVariable("CG_CORPUS")!;
        int total = 0;
        var failures = new List<string>();
        foreach (var record in CodeGenOracle.RecordsFromPath(path))
        {
            total++;
            if (CodeGenOracle.Check(record) is { } failure)
            {
                failures.Add(failure);
            }
        }

        output.WriteLine($"{total - failures.Count}/{total} match");
        File.WriteAllLines("/tmp/cg/failures.txt", failures);
        foreach (var f in failures)
        {
            output.WriteLine(f);
        }
    }
}
