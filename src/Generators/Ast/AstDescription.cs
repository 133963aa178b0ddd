using System.Collections.Generic;

namespace ProtoPython.Generators.Ast;

/// <summary>How a field's value is stored, as declared in Ast.def.</summary>
internal enum AstFieldKind
{
    Node,
    Enum,
    Identifier,
    String,
    Constant,
    Int,
}

/// <summary>One field of a node class: Python name, declared type and multiplicity.</summary>
internal sealed class AstField
{
    public AstField(string pythonName, string typeName, bool isList, bool isOptional, bool elementsOptional)
    {
        PythonName = pythonName;
        TypeName = typeName;
        IsList = isList;
        IsOptional = isOptional;
        ElementsOptional = elementsOptional;
    }

    /// <summary>The Python field name, e.g. <c>decorator_list</c>.</summary>
    public string PythonName { get; }

    /// <summary>The declared type: identifier, string, constant, int, or a Python type name (expr, arguments, cmpop).</summary>
    public string TypeName { get; }

    public bool IsList { get; }

    public bool IsOptional { get; }

    /// <summary>A list whose items may be None (<c>expr?*</c>: Dict.keys, arguments.kw_defaults).</summary>
    public bool ElementsOptional { get; }

    /// <summary>Where the field is declared (1-based), for diagnostics.</summary>
    public int Line { get; set; }

    public int Column { get; set; }

    /// <summary>Resolved by <see cref="AstDescription.Resolve"/>.</summary>
    public AstFieldKind Kind { get; set; }

    /// <summary>The C# element type (without list or nullable), resolved.</summary>
    public string ClrElementType { get; set; } = "";

    /// <summary>
    /// The C# property name: each underscore-separated part capitalized, plus "Name" when that
    /// would equal the class name (C# forbids it: arg.arg is Arg.ArgName).
    /// </summary>
    public string PropertyName { get; set; } = "";
}

/// <summary>A concrete node class (a constructor of a sum type, or a product type).</summary>
internal sealed class AstClass
{
    public AstClass(string name, string pythonName, AstSum? sum, bool located, List<AstField> fields, int line)
    {
        Name = name;
        PythonName = pythonName;
        Sum = sum;
        Located = located;
        Fields = fields;
        Line = line;
    }

    /// <summary>The C# class name.</summary>
    public string Name { get; }

    /// <summary>The Python class name (<c>FunctionDef</c>, or <c>arguments</c> for a product).</summary>
    public string PythonName { get; }

    /// <summary>The sum type this class belongs to; null for a product type.</summary>
    public AstSum? Sum { get; }

    /// <summary>Whether instances carry positions (lineno, col_offset, end_lineno, end_col_offset).</summary>
    public bool Located { get; }

    public List<AstField> Fields { get; }

    public int Line { get; }

    public int Column { get; set; } = 1;

    /// <summary>The C# base class.</summary>
    public string BaseClass => Sum?.Name ?? (Located ? "LocatedNode" : "Node");

    /// <summary>The Python base class name.</summary>
    public string PythonBase => Sum?.PythonName ?? "AST";
}

/// <summary>An ASDL sum type with node constructors: an abstract C# base class.</summary>
internal sealed class AstSum
{
    public AstSum(string name, string pythonName, bool located)
    {
        Name = name;
        PythonName = pythonName;
        Located = located;
    }

    public string Name { get; }

    public string PythonName { get; }

    public bool Located { get; }

    public List<AstClass> Classes { get; } = new List<AstClass>();
}

/// <summary>An ASDL sum type whose constructors have no fields: a C# enum.</summary>
internal sealed class AstEnum
{
    public AstEnum(string name, string pythonName, List<string> members)
    {
        Name = name;
        PythonName = pythonName;
        Members = members;
    }

    public string Name { get; }

    public string PythonName { get; }

    public List<string> Members { get; }
}

/// <summary>The parsed Ast.def: sums, products and enums in declaration order.</summary>
internal sealed class AstDescription
{
    public List<AstSum> Sums { get; } = new List<AstSum>();

    public List<AstEnum> Enums { get; } = new List<AstEnum>();

    /// <summary>All concrete classes in declaration order (sum constructors and products).</summary>
    public List<AstClass> Classes { get; } = new List<AstClass>();

    public static string PascalCase(string pythonName)
    {
        var parts = pythonName.Split('_');
        var result = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length > 0)
            {
                result.Append(char.ToUpperInvariant(part[0])).Append(part.Substring(1));
            }
        }

        return result.ToString();
    }

    /// <summary>Resolves field types to kinds and C# types; returns error messages with their lines.</summary>
    public List<(int Line, int Column, string Message)> Resolve()
    {
        var errors = new List<(int, int, string)>();
        var types = new Dictionary<string, (AstFieldKind Kind, string Clr)>
        {
            ["identifier"] = (AstFieldKind.Identifier, "string"),
            ["string"] = (AstFieldKind.String, "string"),
            ["constant"] = (AstFieldKind.Constant, "ConstantValue"),
            ["int"] = (AstFieldKind.Int, "int"),
        };
        foreach (var sum in Sums)
        {
            types[sum.PythonName] = (AstFieldKind.Node, sum.Name);
        }

        foreach (var e in Enums)
        {
            types[e.PythonName] = (AstFieldKind.Enum, e.Name);
        }

        var names = new HashSet<string>();
        foreach (var c in Classes)
        {
            if (!names.Add(c.Name))
            {
                errors.Add((c.Line, c.Column, "duplicate class " + c.Name));
            }

            if (c.Sum is null)
            {
                types[c.PythonName] = (AstFieldKind.Node, c.Name);
            }
        }

        foreach (var c in Classes)
        {
            var fieldNames = new HashSet<string>();
            foreach (var f in c.Fields)
            {
                f.PropertyName = PascalCase(f.PythonName);
                if (f.PropertyName == c.Name)
                {
                    f.PropertyName += "Name";
                }

                if (!fieldNames.Add(f.PythonName))
                {
                    errors.Add((f.Line, f.Column, "duplicate field " + f.PythonName + " in " + c.Name));
                }

                if (!types.TryGetValue(f.TypeName, out var t))
                {
                    errors.Add((f.Line, f.Column, "unknown type '" + f.TypeName + "' of field " + c.Name + "." + f.PythonName));
                    continue;
                }

                f.Kind = t.Kind;
                f.ClrElementType = t.Clr;
            }
        }

        return errors;
    }
}
