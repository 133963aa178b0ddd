using System.Reflection;

namespace ProtoPython.Architecture.Tests;

/// <summary>
/// Keeps the assembly graph one-way (ARCHITECTURE §1): each ProtoPython assembly may
/// reference only the ProtoPython assemblies listed for it here.
/// </summary>
public class DependencyGraphTests
{
    private static readonly Dictionary<string, string[]> s_allowed = new()
    {
        ["ProtoPython.Bytecode"] = [],
        ["ProtoPython.Objects"] = ["ProtoPython.Bytecode"],
        ["ProtoPython.Compiler"] = ["ProtoPython.Objects", "ProtoPython.Bytecode"],
        ["ProtoPython.Specializer"] = ["ProtoPython.Objects", "ProtoPython.Bytecode"],
        ["ProtoPython.Interpreter"] = ["ProtoPython.Specializer", "ProtoPython.Objects", "ProtoPython.Bytecode"],
        ["ProtoPython.Tier2"] = ["ProtoPython.Interpreter", "ProtoPython.Specializer", "ProtoPython.Objects", "ProtoPython.Bytecode"],
        ["ProtoPython.Jit"] = ["ProtoPython.Tier2", "ProtoPython.Interpreter", "ProtoPython.Specializer", "ProtoPython.Objects", "ProtoPython.Bytecode"],
        ["ProtoPython.Runtime"] = ["ProtoPython.Jit", "ProtoPython.Tier2", "ProtoPython.Interpreter", "ProtoPython.Specializer", "ProtoPython.Compiler", "ProtoPython.Objects", "ProtoPython.Bytecode"],
        ["protopy"] = ["ProtoPython.Runtime", "ProtoPython.Jit", "ProtoPython.Tier2", "ProtoPython.Interpreter", "ProtoPython.Specializer", "ProtoPython.Compiler", "ProtoPython.Objects", "ProtoPython.Bytecode"],
    };

    public static TheoryData<string> Assemblies()
    {
        var data = new TheoryData<string>();
        foreach (var name in LoadAll().Select(a => a.GetName().Name!))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Assembly_ReferencesOnlyLowerLayers(string name)
    {
        var assembly = LoadAll().Single(a => a.GetName().Name == name);
        Assert.True(s_allowed.ContainsKey(name), $"{name} is not in the layer table; add it to ARCHITECTURE §1 and here.");
        var ours = assembly.GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(IsOurs)
            .ToList();
        var forbidden = ours.Except(s_allowed[name]).ToList();
        Assert.True(forbidden.Count == 0, $"{name} references {string.Join(", ", forbidden)}, which the layer map forbids.");
    }

    [Fact]
    public void LayerTable_CoversEveryBuiltAssembly()
    {
        // The CLI references everything transitively, so all our assemblies sit beside this test.
        Assert.Contains(LoadAll(), a => a.GetName().Name == "ProtoPython.Compiler");
        Assert.Contains(LoadAll(), a => a.GetName().Name == "protopy");
    }

    private static bool IsOurs(string name) => name.StartsWith("ProtoPython.", StringComparison.Ordinal) || name == "protopy";

    private static List<Assembly> LoadAll()
    {
        var dir = AppContext.BaseDirectory;
        return Directory.EnumerateFiles(dir, "*.dll")
            .Where(f => IsOurs(Path.GetFileNameWithoutExtension(f)) && !Path.GetFileName(f).Contains(".Tests", StringComparison.Ordinal))
            .Select(Assembly.LoadFrom)
            .ToList();
    }
}
