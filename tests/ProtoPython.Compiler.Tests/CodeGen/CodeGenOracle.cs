using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ProtoPython.Compiler.Code;

namespace ProtoPython.Compiler.Tests.CodeGen;

/// <summary>
/// Compiles recorded ASTs and compares every code object with what CPython 3.14 produced
/// (tests/frontend/codegen/*.jsonl.gz, tools/codegen/record_codegen.py).
/// </summary>
internal static class CodeGenOracle
{
    public static IEnumerable<JsonElement> Records(string file) =>
        RecordsFromPath(Path.Combine(RepoPaths.FrontendData, "codegen", file));

    public static IEnumerable<JsonElement> RecordsFromPath(string path)
    {
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return JsonDocument.Parse(line).RootElement.Clone();
            }
        }
    }

    /// <summary>Compiles one record; null if everything matches, else the first difference.</summary>
    public static string? Check(JsonElement record)
    {
        var name = record.GetProperty("name").GetString()!;
        CodeObject code;
        try
        {
            var tree = AstJson.LoadModule(record.GetProperty("ast"));
            code = PythonCompiler.Compile(tree, new CompileOptions(name));
        }
        catch (Exception ex)
        {
            return $"{name}: {ex.GetType().Name}: {ex.Message} at {ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
        }

        return Compare(name, record.GetProperty("code"), code);
    }

    private static string? Compare(string path, JsonElement expected, CodeObject actual)
    {
        path += "/" + actual.QualName;
        string? Diff(string what, string exp, string act) => exp == act ? null : $"{path}: {what}: expected {exp}, got {act}";

        var r = Diff("name", expected.GetProperty("name").GetString()!, actual.Name)
            ?? Diff("qualname", expected.GetProperty("qualname").GetString()!, actual.QualName)
            ?? Diff("firstlineno", expected.GetProperty("firstlineno").GetInt32().ToString(), actual.FirstLineNo.ToString())
            ?? Diff("argcount", expected.GetProperty("argcount").GetInt32().ToString(), actual.ArgCount.ToString())
            ?? Diff("posonlyargcount", expected.GetProperty("posonlyargcount").GetInt32().ToString(), actual.PosOnlyArgCount.ToString())
            ?? Diff("kwonlyargcount", expected.GetProperty("kwonlyargcount").GetInt32().ToString(), actual.KwOnlyArgCount.ToString())
            ?? Diff("flags", expected.GetProperty("flags").GetInt32().ToString("x"), ((int)actual.Flags).ToString("x"))
            ?? Diff("names", Join(expected.GetProperty("names")), string.Join(",", actual.Names))
            ?? Diff("varnames", Join(expected.GetProperty("varnames")), string.Join(",", actual.VarNames))
            ?? Diff("cellvars", Join(expected.GetProperty("cellvars")), string.Join(",", actual.CellVars))
            ?? Diff("freevars", Join(expected.GetProperty("freevars")), string.Join(",", actual.FreeVars))
            ?? CodeDiff(path, expected.GetProperty("code").GetString()!, actual.CodeBytes)
            ?? ListDiff(path, "consts", ConstReprs(expected.GetProperty("consts")), actual.Consts.Select(c => c is CodeConstant cc ? "<code " + cc.Code.Name + ">" : c.Repr()).ToList())
            ?? Diff("stacksize", expected.GetProperty("stacksize").GetInt32().ToString(), actual.StackSize.ToString())
            ?? Diff("linetable", expected.GetProperty("linetable").GetString()!, Convert.ToHexStringLower(actual.LineTable.ToArray()))
            ?? Diff("exceptiontable", expected.GetProperty("exceptiontable").GetString()!, Convert.ToHexStringLower(actual.ExceptionTable.ToArray()));
        if (r is not null)
        {
            return r;
        }

        var expectedCodes = expected.GetProperty("consts").EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Object).ToList();
        var actualCodes = actual.Consts.OfType<CodeConstant>().ToList();
        for (int i = 0; i < expectedCodes.Count && i < actualCodes.Count; i++)
        {
            r = Compare(path, expectedCodes[i], actualCodes[i].Code);
            if (r is not null)
            {
                return r;
            }
        }

        return null;
    }

    private static string? CodeDiff(string path, string expectedHex, byte[] actual)
    {
        var expected = Convert.FromHexString(expectedHex);
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return null;
        }

        var e = Decode(expected);
        var a = Decode(actual);
        int i = 0;
        while (i < e.Count && i < a.Count && e[i] == a[i])
        {
            i++;
        }

        // Prefer the first difference in the opcodes themselves: jump opargs differ downstream of it.
        int j = 0;
        while (j < e.Count && j < a.Count && e[j].Split(' ')[0] == a[j].Split(' ')[0])
        {
            j++;
        }

        if (j < Math.Min(e.Count, a.Count) || e.Count != a.Count)
        {
            i = j;
        }

        int from = Math.Max(0, i - 3);
        return $"{path}: code differs at instruction {i}:\n  expected: {string.Join("; ", e.Skip(from).Take(10))}\n  got:      {string.Join("; ", a.Skip(from).Take(10))}";
    }

    private static List<string> Decode(byte[] code)
    {
        var result = new List<string>();
        for (int i = 0; i < code.Length; i += 2)
        {
            var op = (ProtoPython.Bytecode.Opcode)code[i];
            int arg = code[i + 1];
            result.Add($"{ProtoPython.Bytecode.OpcodeInfo.Name(op)} {arg}");
            i += 2 * ProtoPython.Bytecode.OpcodeInfo.CacheEntries(op);
        }

        return result;
    }

    private static string? ListDiff(string path, string what, List<string> expected, List<string> actual)
    {
        for (int i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var e = i < expected.Count ? expected[i] : "<none>";
            var a = i < actual.Count ? actual[i] : "<none>";
            if (e != a)
            {
                return $"{path}: {what}[{i}]: expected {e}, got {a}";
            }
        }

        return null;
    }

    private static string Join(JsonElement array) => string.Join(",", array.EnumerateArray().Select(x => x.GetString()));

    private static List<string> ConstReprs(JsonElement consts) => consts.EnumerateArray().Select(c =>
        c.ValueKind == JsonValueKind.Object ? "<code " + c.GetProperty("name").GetString() + ">" : c.GetString()!).ToList();
}
