using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ProtoPython.PerfTool.Results;

/// <summary>
/// A small JSON Schema (2020-12) validator for the keywords our schemas use: type, const, enum,
/// properties, required, additionalProperties, items, prefixItems, minItems, maxItems, minimum,
/// exclusiveMinimum, minLength, pattern, anyOf, not and local $ref. Enough to check our output
/// against perf/schema/pyperf-1.0.schema.json without a package.
/// </summary>
public sealed class SchemaValidator(JsonObject schema)
{
    /// <summary>The pyperf 1.0 schema embedded in the tool.</summary>
    public static SchemaValidator Pyperf()
    {
        using var stream = typeof(SchemaValidator).Assembly.GetManifestResourceStream("pyperf-1.0.schema.json")
            ?? throw new InvalidOperationException("embedded schema missing");
        return new SchemaValidator((JsonObject)JsonNode.Parse(stream)!);
    }

    /// <summary>Every violation as "path: message"; empty when the document is valid.</summary>
    public List<string> Validate(JsonNode? document)
    {
        var errors = new List<string>();
        Check(schema, document, "$", errors);
        return errors;
    }

    private void Check(JsonNode? s, JsonNode? value, string path, List<string> errors)
    {
        if (s is not JsonObject rule)
        {
            return;
        }

        if (rule["$ref"]?.GetValue<string>() is { } reference)
        {
            Check(Resolve(reference), value, path, errors);
        }

        if (rule["type"] is { } type && !MatchesType(type.GetValue<string>(), value))
        {
            errors.Add($"{path}: expected {type}, got {Describe(value)}");
            return;
        }

        if (rule["const"] is { } constant && !JsonNode.DeepEquals(constant, value))
        {
            errors.Add($"{path}: expected {constant.ToJsonString()}");
        }

        if (rule["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, value)))
        {
            errors.Add($"{path}: {value?.ToJsonString()} is not one of {options.ToJsonString()}");
        }

        if (rule["anyOf"] is JsonArray anyOf && !anyOf.Any(alt => Validates(alt, value, path)))
        {
            errors.Add($"{path}: matches none of anyOf");
        }

        if (rule["not"] is { } not && Validates(not, value, path))
        {
            errors.Add($"{path}: matches a forbidden schema");
        }

        switch (value)
        {
            case JsonObject obj:
                CheckObject(rule, obj, path, errors);
                break;
            case JsonArray arr:
                CheckArray(rule, arr, path, errors);
                break;
            case JsonValue v when v.TryGetValue<string>(out var text):
                if (rule["minLength"] is { } minLength && text.Length < minLength.GetValue<int>())
                {
                    errors.Add($"{path}: string shorter than {minLength}");
                }

                if (rule["pattern"]?.GetValue<string>() is { } pattern && !Regex.IsMatch(text, pattern))
                {
                    errors.Add($"{path}: '{text}' does not match {pattern}");
                }

                break;
            case JsonValue v when v.TryGetValue<double>(out var number):
                if (rule["minimum"] is { } min && number < min.GetValue<double>())
                {
                    errors.Add($"{path}: {number} < minimum {min}");
                }

                if (rule["exclusiveMinimum"] is { } xmin && number <= xmin.GetValue<double>())
                {
                    errors.Add($"{path}: {number} <= exclusive minimum {xmin}");
                }

                break;
        }
    }

    private void CheckObject(JsonObject rule, JsonObject obj, string path, List<string> errors)
    {
        foreach (var required in rule["required"] as JsonArray ?? [])
        {
            if (!obj.ContainsKey(required!.GetValue<string>()))
            {
                errors.Add($"{path}: missing required '{required}'");
            }
        }

        var properties = rule["properties"] as JsonObject;
        foreach (var (key, child) in obj)
        {
            if (properties?[key] is { } propertyRule)
            {
                Check(propertyRule, child, $"{path}.{key}", errors);
            }
            else if (rule["additionalProperties"] is { } extra)
            {
                if (extra is JsonValue b && b.TryGetValue<bool>(out var allowed))
                {
                    if (!allowed)
                    {
                        errors.Add($"{path}: unexpected property '{key}'");
                    }
                }
                else
                {
                    Check(extra, child, $"{path}.{key}", errors);
                }
            }
        }
    }

    private void CheckArray(JsonObject rule, JsonArray arr, string path, List<string> errors)
    {
        if (rule["minItems"] is { } minItems && arr.Count < minItems.GetValue<int>())
        {
            errors.Add($"{path}: fewer than {minItems} items");
        }

        if (rule["maxItems"] is { } maxItems && arr.Count > maxItems.GetValue<int>())
        {
            errors.Add($"{path}: more than {maxItems} items");
        }

        var prefix = rule["prefixItems"] as JsonArray;
        for (var i = 0; i < arr.Count; i++)
        {
            var itemRule = prefix is not null && i < prefix.Count ? prefix[i] : rule["items"];
            Check(itemRule, arr[i], $"{path}[{i}]", errors);
        }
    }

    private bool Validates(JsonNode? s, JsonNode? value, string path)
    {
        var errors = new List<string>();
        Check(s, value, path, errors);
        return errors.Count == 0;
    }

    private JsonNode? Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException("only local $ref: " + reference);
        }

        JsonNode? node = schema;
        foreach (var part in reference[2..].Split('/'))
        {
            node = node?[part];
        }

        return node ?? throw new InvalidDataException("unresolved $ref " + reference);
    }

    private static bool MatchesType(string type, JsonNode? value) => type switch
    {
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String,
        "number" => value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number,
        "integer" => value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number && v.TryGetValue<double>(out var d) && Math.Floor(d) == d,
        "boolean" => value is JsonValue v && v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
        "null" => value is null,
        _ => throw new NotSupportedException("schema type " + type),
    };

    private static string Describe(JsonNode? value) => value is null ? "null" : value.GetValueKind().ToString().ToLowerInvariant();
}
