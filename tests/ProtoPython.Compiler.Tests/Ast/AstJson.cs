using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Tests.Ast;

/// <summary>
/// Builds a tree from the JSON that tools/frontend/ast_dump_cases.py writes, using only the
/// generated schema (class names, field names and kinds), the way a Python-level ast module would.
/// </summary>
internal static class AstJson
{
    private static readonly Dictionary<string, AstNodeInfo> s_nodes = AstSchema.Nodes.ToDictionary(n => n.Name);

    private static readonly Dictionary<string, object> s_enumValues = AstSchema.Enums
        .SelectMany(e => e.Members.Select((m, i) => (m, Value: Enum.ToObject(e.ClrType, i))))
        .ToDictionary(p => p.m, p => p.Value);

    public static Node BuildNode(JsonElement json)
    {
        var type = json.GetProperty("_type").GetString()!;
        var info = s_nodes[type];
        var node = info.CreateEmpty();
        for (var i = 0; i < info.Fields.Length; i++)
        {
            var field = info.Fields[i];
            if (!json.TryGetProperty(field.Name, out var value))
            {
                continue;
            }

            if (field.IsList)
            {
                // The empty list CreateEmpty made has the field's element type.
                var list = (IList)node.GetField(i)!;
                foreach (var item in value.EnumerateArray())
                {
                    list.Add(BuildValue(field, item));
                }
            }
            else
            {
                node.SetField(i, BuildValue(field, value));
            }
        }

        if (node is LocatedNode located && json.TryGetProperty("lineno", out var lineno))
        {
            located.Lineno = lineno.GetInt32();
            located.ColOffset = json.GetProperty("col_offset").GetInt32();
            located.EndLineno = json.GetProperty("end_lineno").GetInt32();
            located.EndColOffset = json.GetProperty("end_col_offset").GetInt32();
        }

        return node;
    }

    private static object? BuildValue(AstFieldInfo field, JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return field.Kind switch
        {
            AstFieldKind.Node => BuildNode(json),
            AstFieldKind.Enum => s_enumValues[json.GetProperty("_type").GetString()!],
            AstFieldKind.Identifier or AstFieldKind.String => json.GetString(),
            AstFieldKind.Int => json.GetInt32(),
            AstFieldKind.Constant => BuildConstant(json),
            _ => throw new InvalidOperationException(field.ToString()),
        };
    }

    public static ConstantValue BuildConstant(JsonElement json)
    {
        var property = json.EnumerateObject().Single();
        var v = property.Value;
        return property.Name switch
        {
            "none" => ConstantValue.None,
            "ellipsis" => ConstantValue.Ellipsis,
            "bool" => ConstantValue.FromBool(v.GetBoolean()),
            "int" => ConstantValue.FromInt(BigInteger.Parse(v.GetString()!, CultureInfo.InvariantCulture)),
            "float" => ConstantValue.FromFloat(FromBits(v.GetString()!)),
            "complex" => ConstantValue.FromComplex(FromBits(v[0].GetString()!), FromBits(v[1].GetString()!)),
            "str" => ConstantValue.FromCodePoints(v.EnumerateArray().Select(e => e.GetInt32()).ToArray()),
            "bytes" => ConstantValue.FromBytes(Convert.FromHexString(v.GetString()!)),
            "tuple" => ConstantValue.Tuple(v.EnumerateArray().Select(BuildConstant).ToImmutableArray()),
            "frozenset" => ConstantValue.FrozenSet(v.EnumerateArray().Select(BuildConstant).ToImmutableArray()),
            _ => throw new InvalidOperationException("unknown constant tag " + property.Name),
        };
    }

    private static double FromBits(string hex) =>
        BitConverter.Int64BitsToDouble(unchecked((long)ulong.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
}
