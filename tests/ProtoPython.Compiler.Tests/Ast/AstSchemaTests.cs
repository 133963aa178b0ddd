using System.Text.Json;
using ProtoPython.Compiler.Ast;
using Assert = Xunit.Assert;

namespace ProtoPython.Compiler.Tests.Ast;

/// <summary>
/// The generated AST metadata against CPython 3.14's ast module, as recorded by
/// tools/frontend/ast_schema.py in tests/frontend/ast_schema.json.
/// </summary>
public class AstSchemaTests
{
    private static readonly JsonElement s_schema = LoadSchema();

    private static JsonElement LoadSchema()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.FrontendData, "ast_schema.json")));
        return doc.RootElement.Clone();
    }

    private static IEnumerable<JsonElement> PythonNodes => s_schema.GetProperty("nodes").EnumerateArray();

    private static Dictionary<string, AstNodeInfo> OurNodes => AstSchema.Nodes.ToDictionary(n => n.Name);

    [Fact]
    public void Schema_WasRecordedWithPython314()
    {
        Assert.StartsWith("3.14.", s_schema.GetProperty("python").GetString());
    }

    [Fact]
    public void NodeClasses_MatchPythonsNodeClasses()
    {
        // Python's operator classes (Add, Load, ...) are our enum members; the rest are node classes.
        var enumBases = AstSchema.Enums.Select(e => e.Name).ToHashSet();
        var expected = PythonNodes.Where(n => !enumBases.Contains(n.GetProperty("base").GetString()!))
            .Select(n => n.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToList();
        var actual = AstSchema.Nodes.Select(n => n.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EveryNodeClass_HasPythonsBaseFieldsTypesAndAttributes()
    {
        var ours = OurNodes;
        var checkedCount = 0;
        foreach (var node in PythonNodes)
        {
            if (!ours.TryGetValue(node.GetProperty("name").GetString()!, out var info))
            {
                continue;
            }

            Assert.Equal(node.GetProperty("base").GetString(), info.BaseName);
            var expectedFields = node.GetProperty("fields").EnumerateArray()
                .Select(f => $"{f.GetProperty("name").GetString()}: {f.GetProperty("type").GetString()}").ToList();
            Assert.Equal(expectedFields, info.Fields.Select(f => f.ToString()).ToList());
            var expectedOptional = node.GetProperty("fields").EnumerateArray()
                .Where(f => f.GetProperty("none_default").GetBoolean()).Select(f => f.GetProperty("name").GetString()!).ToList();
            Assert.Equal(expectedOptional, info.Fields.Where(f => f.IsOptional).Select(f => f.Name).ToList());
            var expectedAttributes = node.GetProperty("attributes").EnumerateArray().Select(a => a.GetString()!).ToList();
            Assert.Equal(expectedAttributes, info.Attributes.ToList());
            checkedCount++;
        }

        Assert.Equal(AstSchema.Nodes.Length, checkedCount);
    }

    [Fact]
    public void Enums_MatchPythonsOperatorClassesInOrder()
    {
        foreach (var e in AstSchema.Enums)
        {
            var expected = PythonNodes.Where(n => n.GetProperty("base").GetString() == e.Name)
                .Select(n => n.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, e.Members.Order(StringComparer.Ordinal).ToList());
            Assert.Equal(e.Members, Enum.GetNames(e.ClrType));
        }
    }

    [Fact]
    public void AbstractBases_MatchPythonsAndCarryPositionsAsPythonsDo()
    {
        var expected = s_schema.GetProperty("abstract").EnumerateArray()
            .Where(a => !AstSchema.Enums.Any(e => e.Name == a.GetProperty("name").GetString()))
            .ToDictionary(a => a.GetProperty("name").GetString()!, a => a.GetProperty("attributes").GetArrayLength() == 4);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), AstSchema.Sums.Select(s => s.Name).Order(StringComparer.Ordinal));
        foreach (var sum in AstSchema.Sums)
        {
            Assert.Equal(expected[sum.Name], sum.Located);
            Assert.Equal(sum.Located, typeof(LocatedNode).IsAssignableFrom(sum.ClrType));
        }
    }

    [Fact]
    public void NodeInfo_IsIndexedByNodeKind_AndMatchesTheClrClass()
    {
        for (var i = 0; i < AstSchema.Nodes.Length; i++)
        {
            var info = AstSchema.Nodes[i];
            Assert.Equal(info.ClrType.Name, ((AstNodeKind)i).ToString());
            Assert.Equal(info.Located, typeof(LocatedNode).IsAssignableFrom(info.ClrType));
            var instance = (Node)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(info.ClrType);
            Assert.Same(info, instance.Info);
            Assert.Equal((AstNodeKind)i, instance.NodeKind);
        }
    }

    [Fact]
    public void PropertyNames_CapitalizeEachUnderscorePart_AndExistOnTheClass()
    {
        foreach (var info in AstSchema.Nodes)
        {
            foreach (var field in info.Fields)
            {
                var expected = string.Concat(field.Name.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
                if (expected == info.ClrType.Name)
                {
                    expected += "Name";
                }

                Assert.Equal(expected, field.PropertyName);
                Assert.NotNull(info.ClrType.GetProperty(field.PropertyName));
            }
        }
    }
}
