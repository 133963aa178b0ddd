using System.Collections.Immutable;

namespace ProtoPython.Compiler.Ast;

/// <summary>How a field's value is stored (the type column of Ast.def).</summary>
public enum AstFieldKind
{
    /// <summary>A node (or, in a list, nodes) of a sum or product type.</summary>
    Node,

    /// <summary>An operator or expression context, stored as a C# enum.</summary>
    Enum,

    /// <summary>An ASDL identifier: a Python str, a C# string.</summary>
    Identifier,

    /// <summary>An ASDL string (type_comment, tag, kind): a Python str, a C# string.</summary>
    String,

    /// <summary>An ASDL constant: a <see cref="ConstantValue"/>.</summary>
    Constant,

    /// <summary>An ASDL int: a C# int.</summary>
    Int,
}

[Flags]
public enum AstFieldFlags
{
    None = 0,

    /// <summary>A list (<c>type*</c>); in Python an empty list is its default.</summary>
    List = 1,

    /// <summary>Optional (<c>type?</c>): may be None, which is also its default in Python.</summary>
    Optional = 2,

    /// <summary>A list whose items may be None (<c>expr?*</c>: Dict.keys, arguments.kw_defaults).</summary>
    ElementsOptional = 4,
}

/// <summary>One field of a node class, from Ast.def.</summary>
public sealed class AstFieldInfo(string name, string propertyName, string typeName, AstFieldKind kind, AstFieldFlags flags)
{
    /// <summary>The Python field name (<c>decorator_list</c>).</summary>
    public string Name { get; } = name;

    /// <summary>The C# property name (<c>DecoratorList</c>).</summary>
    public string PropertyName { get; } = propertyName;

    /// <summary>The ASDL type name: identifier, string, constant, int, or a node/enum type (expr, arguments, cmpop).</summary>
    public string TypeName { get; } = typeName;

    public AstFieldKind Kind { get; } = kind;

    public AstFieldFlags Flags { get; } = flags;

    public bool IsList => (Flags & AstFieldFlags.List) != 0;

    public bool IsOptional => (Flags & AstFieldFlags.Optional) != 0;

    /// <summary>
    /// The annotation Python's <c>_field_types</c> shows: <c>ast.expr</c>, <c>list[ast.stmt]</c>,
    /// <c>ast.expr | None</c>, <c>str</c>, <c>int</c>, <c>object</c>.
    /// </summary>
    public string PythonAnnotation
    {
        get
        {
            var element = Kind switch
            {
                AstFieldKind.Identifier or AstFieldKind.String => "str",
                AstFieldKind.Constant => "object",
                AstFieldKind.Int => "int",
                _ => "ast." + TypeName,
            };
            return IsList ? "list[" + element + "]" : IsOptional ? element + " | None" : element;
        }
    }

    public override string ToString() => Name + ": " + PythonAnnotation;
}

/// <summary>A concrete node class: its Python name, base and fields in Python's order.</summary>
public sealed class AstNodeInfo(string name, string baseName, Type clrType, bool located, Func<Node> factory, ImmutableArray<AstFieldInfo> fields)
{
    private static readonly ImmutableArray<string> s_positions = ["lineno", "col_offset", "end_lineno", "end_col_offset"];

    /// <summary>The Python class name (<c>FunctionDef</c>, <c>arguments</c>).</summary>
    public string Name { get; } = name;

    /// <summary>The Python base class name (<c>stmt</c>, or <c>AST</c> for product types).</summary>
    public string BaseName { get; } = baseName;

    public Type ClrType { get; } = clrType;

    /// <summary>Whether instances derive from <see cref="LocatedNode"/>.</summary>
    public bool Located { get; } = located;

    public ImmutableArray<AstFieldInfo> Fields { get; } = fields;

    /// <summary>
    /// A new instance with every field unset (null, 0, empty lists; positions 0), for code that
    /// builds nodes by field name, such as a Python-level <c>ast</c> module; fill it with <see cref="Node.SetField"/>.
    /// </summary>
    public Node CreateEmpty() => factory();

    /// <summary>Python's <c>_attributes</c>: the four positions for located nodes, else empty.</summary>
    public ImmutableArray<string> Attributes => Located ? s_positions : [];

    public override string ToString() => Name;
}

/// <summary>An abstract sum type with node classes (mod, stmt, expr, ...).</summary>
public sealed class AstSumInfo(string name, Type clrType, bool located)
{
    public string Name { get; } = name;

    public Type ClrType { get; } = clrType;

    public bool Located { get; } = located;

    public override string ToString() => Name;
}

/// <summary>An operator sum type represented as a C# enum; members are the Python class names, in enum order.</summary>
public sealed class AstEnumInfo(string name, Type clrType, ImmutableArray<string> members)
{
    public string Name { get; } = name;

    public Type ClrType { get; } = clrType;

    public ImmutableArray<string> Members { get; } = members;

    public override string ToString() => Name;
}
