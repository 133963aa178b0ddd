using System.Runtime.CompilerServices;
using ProtoPython.Objects.Hashing;
using System.Text.Json;

namespace ProtoPython.Objects.Tests.Containers;

/// <summary>
/// Replays Containers/goldens/containers.json (tools/objects/record_containers.py, CPython 3.14):
/// every statement's repr or exception, program by program.
/// </summary>
public sealed class ContainerGoldenTests
{
    private static readonly Lazy<JsonElement> s_programs = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "ProtoPython.Objects.Tests", "Containers", "goldens", "containers.json"))).RootElement);

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (var p in s_programs.Value.EnumerateArray())
        {
            data.Add(p.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_MatchesCPython(string name)
    {
        BuiltinTypes.Initialize();
        var program = s_programs.Value.EnumerateArray().First(p => p.GetProperty("name").GetString() == name);
        var eval = new MiniEvaluator();
        var failures = new List<string>();
        var count = 0;
        foreach (var step in program.GetProperty("steps").EnumerateArray())
        {
            count++;
            string actual;
            try
            {
                actual = eval.Step(step.GetProperty("tree"));
            }
            catch (Exception e) when (e is not InvalidDataException)
            {
                actual = "<.NET " + e.GetType().Name + ": " + e.Message + ">";
            }

            var expected = step.GetProperty("result").GetString();
            if (actual != expected)
            {
                failures.Add(step.GetProperty("src").GetString() + "\n    expected: " + expected + "\n    actual:   " + actual);
            }
        }

        Assert.True(count > 4);
        Assert.True(failures.Count == 0, failures.Count + " of " + count + " steps differ:\n" + string.Join("\n", failures));
    }
}

/// <summary>Str hashes under PYTHONHASHSEED=0 for the whole test assembly, as the goldens were recorded.</summary>
internal static class HashSeedZero
{
#pragma warning disable CA2255 // A test assembly: every test sees the recording's hash seed.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize() => HashSecret.Current = HashSecret.FromSeed(0);
}
