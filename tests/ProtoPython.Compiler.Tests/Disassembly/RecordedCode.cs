using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.IO.Compression;
using System.Text.Json;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Code;

namespace ProtoPython.Compiler.Tests.Disassembly;

/// <summary>
/// Code objects recorded from CPython 3.14 by tools/frontend/record_code_objects.py
/// (tests/frontend/dis_formatter/recorded.jsonl.gz), rebuilt as our <see cref="CodeObject"/>s.
/// </summary>
internal sealed class RecordedFixture
{
    private static readonly Lazy<IReadOnlyDictionary<string, RecordedFixture>> s_all = new(Load);

    private RecordedFixture(string name, JsonElement root)
    {
        Name = name;
        Json = root;
        var codes = root.GetProperty("code_objects");
        CodeJson = [.. codes.EnumerateArray()];
        var built = new CodeObject?[CodeJson.Count];
        Codes = [.. Enumerable.Range(0, CodeJson.Count).Select(i => Build(i, built))];
    }

    public static string DataFile => Path.Combine(RepoPaths.FrontendData, "dis_formatter", "recorded.jsonl.gz");

    public static IReadOnlyDictionary<string, RecordedFixture> All => s_all.Value;

    public string Name { get; }

    public JsonElement Json { get; }

    public IReadOnlyList<JsonElement> CodeJson { get; }

    /// <summary>Index 0 is the module; the rest are nested code objects in recording order.</summary>
    public IReadOnlyList<CodeObject> Codes { get; }

    public string ExpectedDis(string variant) => Json.GetProperty("dis").GetProperty(variant).GetString()!;

    private static Dictionary<string, RecordedFixture> Load()
    {
        var result = new Dictionary<string, RecordedFixture>();
        using var stream = new GZipStream(File.OpenRead(DataFile), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var root = JsonDocument.Parse(line).RootElement;
            string name = root.GetProperty("fixture").GetString()!;
            result[name] = new RecordedFixture(name, root);
        }

        return result;
    }

    private CodeObject Build(int index, CodeObject?[] built)
    {
        if (built[index] is { } done)
        {
            return done;
        }

        var j = CodeJson[index];
        var code = new CodeObject
        {
            ArgCount = j.GetProperty("argcount").GetInt32(),
            PosOnlyArgCount = j.GetProperty("posonlyargcount").GetInt32(),
            KwOnlyArgCount = j.GetProperty("kwonlyargcount").GetInt32(),
            StackSize = j.GetProperty("stacksize").GetInt32(),
            Flags = (CodeFlags)j.GetProperty("flags").GetInt32(),
            Code = CodeObject.UnitsFromBytes(Convert.FromHexString(j.GetProperty("code").GetString()!)),
            Consts = [.. j.GetProperty("consts").EnumerateArray().Select(c => Constant(c, built))],
            Names = Strings(j.GetProperty("names")),
            LocalsPlusNames = Strings(j.GetProperty("localsplusnames")),
            LocalsPlusKinds = [.. j.GetProperty("localspluskinds").EnumerateArray().Select(k => (LocalKind)k.GetInt32())],
            Filename = j.GetProperty("filename").GetString()!,
            Name = j.GetProperty("name").GetString()!,
            QualName = j.GetProperty("qualname").GetString()!,
            FirstLineNo = j.GetProperty("firstlineno").GetInt32(),
            LineTable = [.. Convert.FromHexString(j.GetProperty("linetable").GetString()!)],
            ExceptionTable = [.. Convert.FromHexString(j.GetProperty("exceptiontable").GetString()!)],
        };
        built[index] = code;
        return code;
    }

    /// <summary>Rebuilds a constant from its typed JSON (see record_code_objects.py).</summary>
    private ConstantValue Constant(JsonElement c, CodeObject?[] built)
    {
        string type = c.GetProperty("t").GetString()!;
        return type switch
        {
            "None" => ConstantValue.None,
            "Ellipsis" => ConstantValue.Ellipsis,
            "bool" => ConstantValue.FromBool(c.GetProperty("v").GetBoolean()),
            "int" => ConstantValue.FromInt(BigInteger.Parse(c.GetProperty("v").GetString()!, CultureInfo.InvariantCulture)),
            "float" => ConstantValue.FromFloat(Bits(c, "bits")),
            "complex" => ConstantValue.FromComplex(Bits(c, "real_bits"), Bits(c, "imag_bits")),
            "str" => c.TryGetProperty("cps", out var cps)
                ? ConstantValue.FromCodePoints([.. cps.EnumerateArray().Select(p => p.GetInt32())])
                : ConstantValue.FromStr(c.GetProperty("v").GetString()!),
            "bytes" => ConstantValue.FromBytes(Convert.FromHexString(c.GetProperty("hex").GetString()!)),
            "tuple" => ConstantValue.Tuple(Items(c, built).ToImmutableArray()),
            "frozenset" => ConstantValue.FrozenSet(Items(c, built).ToImmutableArray()),
            "slice" => Slice(Items(c, built)),
            "code" => new CodeConstant(Build(c.GetProperty("index").GetInt32(), built)),
            _ => throw new InvalidDataException("unknown constant type " + type),
        };
    }

    private static SliceConstant Slice(List<ConstantValue> items) => new(items[0], items[1], items[2]);

    private List<ConstantValue> Items(JsonElement c, CodeObject?[] built) =>
        [.. c.GetProperty("items").EnumerateArray().Select(i => Constant(i, built))];

    private static double Bits(JsonElement c, string name) =>
        BitConverter.Int64BitsToDouble(unchecked((long)ulong.Parse(c.GetProperty(name).GetString()!, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));

    private static ImmutableArray<string> Strings(JsonElement array) =>
        [.. array.EnumerateArray().Select(s => s.GetString()!)];
}
