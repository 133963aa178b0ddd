using System.Text;
using ProtoPython.Compiler.Ast;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Ast;

/// <summary>
/// The Python classes of the <c>_ast</c> module, made once from <see cref="AstSchema"/>: the
/// <c>AST</c> base, one abstract class per sum type (mod, stmt, expr, ...), one per operator
/// type (operator, cmpop, ...) with a class and a shared instance per operator, and one per
/// concrete node class, each with CPython 3.14's <c>_fields</c>, <c>__match_args__</c>,
/// <c>_attributes</c>, <c>_field_types</c>, None defaults for optional fields and doc string.
/// They are heap types made by calling <c>type(name, (base,), dict)</c>, as CPython does.
/// </summary>
internal sealed class AstClasses
{
    private static readonly object s_lock = new();
    private static AstClasses? s_instance;

    private readonly Dictionary<string, PyType> _byName = [];

    private AstClasses(PyType astType)
    {
        AstType = astType;
        _byName["AST"] = astType;
    }

    /// <summary>The <c>AST</c> base class.</summary>
    public PyType AstType { get; }

    /// <summary>The concrete class of each node kind, indexed by <see cref="AstNodeKind"/>.</summary>
    public PyType[] NodeTypes { get; } = new PyType[AstSchema.Nodes.Length];

    /// <summary>Per operator enum (<see cref="AstSchema.Enums"/> order): the member classes, in enum order.</summary>
    public PyType[][] EnumMemberTypes { get; } = new PyType[AstSchema.Enums.Length][];

    /// <summary>Per operator enum: the shared instances <c>ast.parse</c> uses (CPython's <c>Load_singleton</c>, ...).</summary>
    public PyValue[][] EnumSingletons { get; } = new PyValue[AstSchema.Enums.Length][];

    /// <summary>Every class by its Python name, in creation order (the module's dict).</summary>
    public IReadOnlyDictionary<string, PyType> ByName => _byName;

    /// <summary>The classes once made, or null when no code has used <c>_ast</c> yet.</summary>
    public static AstClasses? IfCreated => Volatile.Read(ref s_instance);

    /// <summary>The classes, made on first use; null with a pending exception.</summary>
    public static AstClasses? Get(ThreadState ts)
    {
        if (Volatile.Read(ref s_instance) is { } made)
        {
            return made;
        }

        lock (s_lock)
        {
            if (s_instance is null)
            {
                var classes = new AstClasses(AstNodeType.Create());
                if (!classes.Build(ts))
                {
                    return null;
                }

                Volatile.Write(ref s_instance, classes);
            }

            return s_instance;
        }
    }

    public PyType? Lookup(string pythonName) => _byName.TryGetValue(pythonName, out var t) ? t : null;

    /// <summary>The enum a field type names (expr_context, operator, ...), with its index; null for other types.</summary>
    public static int EnumIndex(string typeName)
    {
        for (var i = 0; i < AstSchema.Enums.Length; i++)
        {
            if (AstSchema.Enums[i].Name == typeName)
            {
                return i;
            }
        }

        return -1;
    }

    private bool Build(ThreadState ts)
    {
        // Abstract classes first (sums and enums, in ASDL order), then the concrete classes.
        foreach (var sum in AstSchema.Sums)
        {
            var members = MembersOf(sum.Name);
            var attrs = sum.Located ? Located : [];
            if (MakeClass(ts, sum.Name, AstType, [], attrs, SumDoc(sum.Name, members), sum.Located) is null)
            {
                return false;
            }
        }

        for (var e = 0; e < AstSchema.Enums.Length; e++)
        {
            var info = AstSchema.Enums[e];
            var baseType = MakeClass(ts, info.Name, AstType, [], [], info.Name + " = " + string.Join(" | ", info.Members), false);
            if (baseType is null)
            {
                return false;
            }

            EnumMemberTypes[e] = new PyType[info.Members.Length];
            EnumSingletons[e] = new PyValue[info.Members.Length];
            for (var m = 0; m < info.Members.Length; m++)
            {
                var t = MakeClass(ts, info.Members[m], baseType, [], null, info.Members[m], false);
                if (t is null)
                {
                    return false;
                }

                EnumMemberTypes[e][m] = t;
                EnumSingletons[e][m] = PyValue.FromObject(new AstObject(t));
            }
        }

        foreach (var node in AstSchema.Nodes)
        {
            var isProduct = node.BaseName == "AST";
            var baseType = _byName[node.BaseName];
            var names = new string[node.Fields.Length];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = node.Fields[i].Name;
            }

            var attrs = isProduct ? (node.Located ? Located : []) : null;
            var t = MakeClass(ts, node.Name, baseType, names, attrs, Signature(node), isProduct && node.Located);
            if (t is null)
            {
                return false;
            }

            NodeTypes[IndexOf(node)] = t;
            foreach (var f in node.Fields)
            {
                if (f.IsOptional && !f.IsList)
                {
                    t.SetDictEntry(PyStr.Intern(f.Name), PyValue.None);
                }
            }
        }

        // _field_types needs every class to exist (fields name other classes).
        foreach (var node in AstSchema.Nodes)
        {
            var types = new PyDict();
            foreach (var f in node.Fields)
            {
                var annotation = FieldType(ts, f);
                if (annotation.IsError || !types.SetItem(ts, PyValue.FromObject(PyStr.Intern(f.Name)), annotation))
                {
                    return false;
                }
            }

            SetFieldTypes(NodeTypes[IndexOf(node)], types);
        }

        for (var e = 0; e < AstSchema.Enums.Length; e++)
        {
            foreach (var t in EnumMemberTypes[e])
            {
                SetFieldTypes(t, new PyDict());
            }
        }

        return true;
    }

    private static readonly string[] Located = ["lineno", "col_offset", "end_lineno", "end_col_offset"];

    private static int IndexOf(AstNodeInfo node) => AstSchema.Nodes.IndexOf(node);

    private static void SetFieldTypes(PyType t, PyDict types)
    {
        t.SetDictEntry(PyStr.Intern("_field_types"), PyValue.FromObject(types));
        t.SetDictEntry(PyStr.Intern("__annotations__"), PyValue.FromObject(types));
    }

    private PyValue FieldType(ThreadState ts, AstFieldInfo f)
    {
        PyValue element = f.Kind switch
        {
            AstFieldKind.Identifier or AstFieldKind.String => PyValue.FromObject(PyType.Str),
            AstFieldKind.Constant => PyValue.FromObject(PyType.Object),
            AstFieldKind.Int => PyValue.FromObject(PyType.Int),
            _ => PyValue.FromObject(_byName[f.TypeName]),
        };
        if (f.IsList)
        {
            return PyValue.FromObject(new PyGenericAlias(PyValue.FromObject(PyType.List), new PyTuple([element])));
        }

        return f.IsOptional ? PyOps.BinaryOp(ts, element, PyValue.None, NumberOp.Or) : element;
    }

    private static List<AstNodeInfo> MembersOf(string sumName)
    {
        var members = new List<AstNodeInfo>();
        foreach (var node in AstSchema.Nodes)
        {
            if (node.BaseName == sumName)
            {
                members.Add(node);
            }
        }

        return members;
    }

    /// <summary>The ASDL signature CPython uses as a class doc: <c>Name(identifier id, expr_context ctx)</c>.</summary>
    private static string Signature(AstNodeInfo node)
    {
        if (node.Fields.Length == 0)
        {
            return node.Name;
        }

        var sb = new StringBuilder(node.Name).Append('(');
        for (var i = 0; i < node.Fields.Length; i++)
        {
            var f = node.Fields[i];
            sb.Append(i > 0 ? ", " : string.Empty).Append(f.TypeName);
            if ((f.Flags & AstFieldFlags.ElementsOptional) != 0 || (f.IsOptional && !f.IsList))
            {
                sb.Append('?');
            }

            sb.Append(f.IsList ? "* " : " ").Append(f.Name);
        }

        return sb.Append(')').ToString();
    }

    private static string SumDoc(string name, List<AstNodeInfo> members)
    {
        var sb = new StringBuilder(name).Append(" = ");
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                sb.Append('\n').Append(' ', name.Length + 1).Append("| ");
            }

            sb.Append(Signature(members[i]));
        }

        return sb.ToString();
    }

    /// <summary>
    /// <c>type(name, (base,), {_fields, __match_args__, __module__, __doc__})</c>, then <c>_attributes</c>
    /// (null: inherited) and, for located classes, the None defaults of the optional end positions.
    /// </summary>
    private PyType? MakeClass(ThreadState ts, string name, PyType baseType, string[] fields, string[]? attributes, string doc, bool located)
    {
        var dict = new PyDict();
        var fieldTuple = StrTuple(fields);
        dict.SetStr(PyStr.Intern("_fields"), fieldTuple);
        dict.SetStr(PyStr.Intern("__match_args__"), fieldTuple);
        dict.SetStr(PyStr.Intern("__module__"), PyValue.FromObject(PyStr.Intern("ast")));
        dict.SetStr(PyStr.Intern("__doc__"), PyValue.FromObject(new PyStr(doc)));
        var made = PyOps.Call(ts, PyValue.FromObject(PyType.TypeType),
            [PyValue.FromObject(PyStr.Intern(name)), PyValue.FromObject(new PyTuple([PyValue.FromObject(baseType)])), PyValue.FromObject(dict)]);
        if (made.IsError)
        {
            return null;
        }

        var t = (PyType)made.AsObject;
        if (attributes is not null)
        {
            t.SetDictEntry(PyStr.Intern("_attributes"), StrTuple(attributes));
        }

        if (located)
        {
            t.SetDictEntry(PyStr.Intern("end_lineno"), PyValue.None);
            t.SetDictEntry(PyStr.Intern("end_col_offset"), PyValue.None);
        }

        _byName[name] = t;
        return t;
    }

    private static PyValue StrTuple(string[] items)
    {
        if (items.Length == 0)
        {
            return PyValue.FromObject(PyTuple.Empty);
        }

        var values = new PyValue[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            values[i] = PyValue.FromObject(PyStr.Intern(items[i]));
        }

        return PyValue.FromObject(new PyTuple(values));
    }
}
