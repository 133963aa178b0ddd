using System.Text.Json;

namespace ProtoPython.Bytecode.Tests;

/// <summary>
/// cpython314_opcodes.json, written by tools/bytecode/record_cpython_opcodes.py from the CPython
/// 3.14 oracle (opcode, dis, _opcode, _opcode_metadata).
/// </summary>
internal static class CpythonOracle
{
    private static readonly Lazy<JsonElement> s_root = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "cpython314_opcodes.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.Clone();
    });

    public static JsonElement Root => s_root.Value;

    public static Dictionary<string, int> NameMap(string key) =>
        Root.GetProperty(key).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());

    public static int[] IntList(string key) => Ints(Root.GetProperty(key));

    public static int[] Ints(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToArray();

    public static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    /// <summary>CPython's real and pseudo opcodes (opcode.opmap).</summary>
    public static Dictionary<string, int> Opmap => NameMap("opmap");

    public static Dictionary<string, int> SpecializedOpmap => NameMap("specialized_opmap");

    public static Opcode Op(string name)
    {
        Assert.True(OpcodeInfo.TryGetOpcode(name, out var op), $"{name} is missing from Instructions.def");
        return op;
    }
}
