using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using ProtoPython.Compiler.Ast;

namespace ProtoPython.Compiler.Tests.CodeGen;

/// <summary>
/// Builds AST nodes from the JSON that tools/codegen/record_codegen.py writes with CPython's
/// ast module, through the generated schema (no hand-written list of fields).
/// </summary>
internal static class AstJson
{
    private static readonly Dictionary<string, AstNodeInfo> s_nodes =
        AstSchema.Nodes.ToDictionary(n => n.Name, StringComparer.Ordinal);

    public static ModNode LoadModule(JsonElement e) => (ModNode)LoadNode(e);

    private static Node LoadNode(JsonElement e)
    {
        var info = s_nodes[e.GetProperty("_").GetString()!];
        var node = (Node)Activator.CreateInstance(info.ClrType)!;
        foreach (var field in info.Fields)
        {
            var prop = info.ClrType.GetProperty(field.PropertyName)!;
            var value = e.GetProperty(field.Name);
            prop.SetValue(node, Convert(value, field, prop.PropertyType));
        }

        if (node is LocatedNode located)
        {
            located.Lineno = e.GetProperty("lineno").GetInt32();
            located.ColOffset = e.GetProperty("col_offset").GetInt32();
            located.EndLineno = e.GetProperty("end_lineno").ValueKind == JsonValueKind.Null ? located.Lineno : e.GetProperty("end_lineno").GetInt32();
            located.EndColOffset = e.GetProperty("end_col_offset").ValueKind == JsonValueKind.Null ? located.ColOffset : e.GetProperty("end_col_offset").GetInt32();
        }

        return node;
    }

    private static object? Convert(JsonElement value, AstFieldInfo field, Type type)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (field.IsList)
        {
            var list = (IList)Activator.CreateInstance(type)!;
            foreach (var item in value.EnumerateArray())
            {
                list.Add(item.ValueKind == JsonValueKind.Null ? null : ConvertScalar(item, field, type.GetGenericArguments()[0]));
            }

            return list;
        }

        return ConvertScalar(value, field, Nullable.GetUnderlyingType(type) ?? type);
    }

    private static object? ConvertScalar(JsonElement value, AstFieldInfo field, Type type) => field.Kind switch
    {
        AstFieldKind.Node => LoadNode(value),
        AstFieldKind.Enum => Enum.Parse(type, value.GetString()!),
        AstFieldKind.Identifier or AstFieldKind.String => value.GetString(),
        AstFieldKind.Int => value.GetInt32(),
        AstFieldKind.Constant => LoadConstant(value),
        _ => throw new InvalidOperationException(field.Name),
    };

    public static ConstantValue LoadConstant(JsonElement e)
    {
        var kind = e.GetProperty("k").GetString();
        return kind switch
        {
            "none" => ConstantValue.None,
            "ellipsis" => ConstantValue.Ellipsis,
            "bool" => ConstantValue.FromBool(e.GetProperty("v").GetBoolean()),
            "int" => ConstantValue.FromInt(BigInteger.Parse(e.GetProperty("v").GetString()!, CultureInfo.InvariantCulture)),
            "float" => ConstantValue.FromFloat(ParseHexFloat(e.GetProperty("v").GetString()!)),
            "complex" => ConstantValue.FromComplex(
                ParseHexFloat(e.GetProperty("v")[0].GetString()!), ParseHexFloat(e.GetProperty("v")[1].GetString()!)),
            "str" => ConstantValue.FromCodePoints(e.GetProperty("v").EnumerateArray().Select(x => x.GetInt32()).ToArray()),
            "bytes" => ConstantValue.FromBytes(System.Convert.FromHexString(e.GetProperty("v").GetString()!)),
            "tuple" => ConstantValue.Tuple(e.GetProperty("v").EnumerateArray().Select(LoadConstant).ToArray()),
            _ => throw new InvalidOperationException("constant kind " + kind),
        };
    }

    /// <summary>Parses float.hex() output.</summary>
    public static double ParseHexFloat(string s)
    {
        switch (s)
        {
            case "inf":
                return double.PositiveInfinity;
            case "-inf":
                return double.NegativeInfinity;
            case "nan":
                return double.NaN;
        }

        bool negative = s.StartsWith('-');
        if (negative)
        {
            s = s[1..];
        }

        // 0x1.8000000000000p+1
        int p = s.IndexOf('p', StringComparison.Ordinal);
        var mantissa = s[2..p];
        int exp = int.Parse(s[(p + 1)..], CultureInfo.InvariantCulture);
        int dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot < 0 ? mantissa : mantissa[..dot];
        var fracPart = dot < 0 ? "" : mantissa[(dot + 1)..];
        var digits = BigInteger.Parse("0" + intPart + fracPart, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        double result = Math.ScaleB((double)digits, exp - (4 * fracPart.Length));
        return negative ? -result : result;
    }
}
