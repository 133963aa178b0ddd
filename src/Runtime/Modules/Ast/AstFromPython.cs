using System.Collections;
using ProtoPython.Compiler.Ast;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Ast;

/// <summary>
/// Python <c>ast</c> objects to the compiler's tree (CPython's <c>obj2ast_*</c>), with its errors:
/// <c>required field "lineno" missing from stmt</c>, <c>expected some sort of expr, but got ...</c>,
/// <c>field 'id' is required for Name</c>, <c>Assign field "targets" must be a list, not a tuple</c>.
/// Attributes are read before the class is looked at; fields in Python's order. Missing lists
/// are empty (3.13+); missing end positions default to the start.
/// </summary>
internal sealed class AstFromPython(AstClasses classes)
{
    /// <summary>The root for a <c>compile()</c> mode (exec, eval, single, func_type); null with a pending exception.</summary>
    public static ModNode? ConvertModule(ThreadState ts, PyValue obj, Compiler.CompileMode mode)
    {
        var classes = AstClasses.Get(ts);
        if (classes is null)
        {
            return null;
        }

        var required = mode switch
        {
            Compiler.CompileMode.Eval => "Expression",
            Compiler.CompileMode.Single => "Interactive",
            Compiler.CompileMode.FuncType => "FunctionType",
            _ => "Module",
        };
        if (!obj.Type.IsSubtypeOf(classes.Lookup(required)!))
        {
            ts.SetError(PyExc.TypeError, "expected " + required + " node, got " + AstNodeType.TypeName(obj.Type));
            return null;
        }

        var converter = new AstFromPython(classes);
        return converter.Sum(ts, obj, "mod") is { } node && node is ModNode mod && AstValidator.Validate(ts, mod) ? mod : null;
    }

    /// <summary>A node of sum or product type <paramref name="typeName"/>; null for None (or with a pending exception).</summary>
    private Node? Sum(ThreadState ts, PyValue obj, string typeName)
    {
        if (obj.IsNone)
        {
            return null;
        }

        if (!PyOps.EnsureStack(ts, " while traversing '" + typeName + "' node"))
        {
            return null;
        }

        int lineno = 0, col = 0, endLineno = 0, endCol = 0;
        var (isSum, located, candidates) = s_types[typeName];
        if (isSum && located && !ReadPositions(ts, obj, typeName, out lineno, out col, out endLineno, out endCol))
        {
            return null;
        }

        foreach (var i in candidates)
        {
            var info = AstSchema.Nodes[i];
            if (isSum && !obj.Type.IsSubtypeOf(classes.NodeTypes[i]))
            {
                continue;
            }

            if (!isSum && info.Located && !ReadPositions(ts, obj, info.Name, out lineno, out col, out endLineno, out endCol))
            {
                return null;
            }

            var node = Fields(ts, obj, info);
            if (node is LocatedNode ln)
            {
                ln.Lineno = lineno;
                ln.ColOffset = col;
                ln.EndLineno = endLineno;
                ln.EndColOffset = endCol;
            }

            return node;
        }

        var repr = PyOps.Repr(ts, obj);
        if (repr is not null)
        {
            ts.SetError(PyExc.TypeError, "expected some sort of " + typeName + ", but got " + repr.Value);
        }

        return null;
    }

    /// <summary>Per sum or product type name: whether it is a sum, whether it has positions, and its classes (indexes in <see cref="AstSchema.Nodes"/>).</summary>
    private static readonly Dictionary<string, (bool IsSum, bool Located, int[] Nodes)> s_types = BuildTypes();

    private static Dictionary<string, (bool IsSum, bool Located, int[] Nodes)> BuildTypes()
    {
        var types = new Dictionary<string, (bool IsSum, bool Located, int[] Nodes)>();
        foreach (var sum in AstSchema.Sums)
        {
            var members = new List<int>();
            for (var i = 0; i < AstSchema.Nodes.Length; i++)
            {
                if (AstSchema.Nodes[i].BaseName == sum.Name)
                {
                    members.Add(i);
                }
            }

            types[sum.Name] = (true, sum.Located, [.. members]);
        }

        for (var i = 0; i < AstSchema.Nodes.Length; i++)
        {
            if (AstSchema.Nodes[i].BaseName == "AST")
            {
                types[AstSchema.Nodes[i].Name] = (false, AstSchema.Nodes[i].Located, [i]);
            }
        }

        return types;
    }

    private static bool ReadPositions(ThreadState ts, PyValue obj, string owner, out int lineno, out int col, out int endLineno, out int endCol)
    {
        endLineno = endCol = col = 0;
        if (!ReadInt(ts, obj, "lineno", owner, required: true, out lineno) || !ReadInt(ts, obj, "col_offset", owner, required: true, out col))
        {
            return false;
        }

        endLineno = lineno;
        endCol = col;
        return ReadInt(ts, obj, "end_lineno", owner, required: false, out endLineno, lineno) && ReadInt(ts, obj, "end_col_offset", owner, required: false, out endCol, col);
    }

    private static bool ReadInt(ThreadState ts, PyValue obj, string name, string owner, bool required, out int value, int fallback = 0)
    {
        value = fallback;
        var r = PyOps.TryGetAttr(ts, obj, PyStr.Intern(name), out var v);
        if (r < 0)
        {
            return false;
        }

        if (r == 0 || (!required && v.IsNone))
        {
            if (required)
            {
                ts.SetError(PyExc.TypeError, "required field \"" + name + "\" missing from " + owner);
                return false;
            }

            return true;
        }

        return ToInt(ts, v, out value);
    }

    private static bool ToInt(ThreadState ts, PyValue v, out int value)
    {
        value = 0;
        if (!PyInt.IsInt(v))
        {
            ts.SetError(PyExc.ValueError, "invalid integer value: " + PyOps.Repr(ts, v)?.Value);
            return false;
        }

        if (!PyOps.TryIndexAsInt64(ts, v, PyExc.OverflowError, out var l))
        {
            return false;
        }

        if (l is > int.MaxValue or < int.MinValue)
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C int");
            return false;
        }

        value = (int)l;
        return true;
    }

    private Node? Fields(ThreadState ts, PyValue obj, AstNodeInfo info)
    {
        var node = info.CreateEmpty();
        for (var i = 0; i < info.Fields.Length; i++)
        {
            var field = info.Fields[i];
            var r = PyOps.TryGetAttr(ts, obj, PyStr.Intern(field.Name), out var value);
            if (r < 0)
            {
                return null;
            }

            if (r == 0 && !field.IsList && !field.IsOptional)
            {
                ts.SetError(PyExc.TypeError, "required field \"" + field.Name + "\" missing from " + info.Name);
                return null;
            }

            if (field.IsList)
            {
                if (r != 0 && !List(ts, value, field, info, (IList)node.GetField(i)!))
                {
                    return null;
                }

                continue;
            }

            if (r == 0 || (value.IsNone && field.IsOptional))
            {
                continue;
            }

            if (!Scalar(ts, value, field, out var converted))
            {
                return null;
            }

            node.SetField(i, converted);
        }

        // CPython's _PyAST_X constructors: required fields that came out NULL.
        for (var i = 0; i < info.Fields.Length; i++)
        {
            var field = info.Fields[i];
            if (!field.IsList && !field.IsOptional && field.Kind != AstFieldKind.Int && field.Kind != AstFieldKind.Enum && node.GetField(i) is null)
            {
                ts.SetError(PyExc.ValueError, "field '" + field.Name + "' is required for " + info.Name);
                return null;
            }
        }

        return node;
    }

    private bool List(ThreadState ts, PyValue value, AstFieldInfo field, AstNodeInfo info, IList target)
    {
        if (value.AsObject is not PyList list)
        {
            ts.SetError(PyExc.TypeError, info.Name + " field \"" + field.Name + "\" must be a list, not a " + value.Type.Name);
            return false;
        }

        var count = list.Count;
        for (var k = 0; k < count; k++)
        {
            if (!Scalar(ts, list.ItemAt(k), field, out var item))
            {
                return false;
            }

            if (item is null && (field.Flags & AstFieldFlags.ElementsOptional) == 0)
            {
                ts.SetError(PyExc.ValueError, field.TypeName == "stmt" ? "None disallowed in statement list" : "None disallowed in expression list");
                return false;
            }

            if (list.Count != count)
            {
                ts.SetError(PyExc.RuntimeError, info.Name + " field \"" + field.Name + "\" changed size during iteration");
                return false;
            }

            target.Add(item);
        }

        return true;
    }

    private bool Scalar(ThreadState ts, PyValue value, AstFieldInfo field, out object? result)
    {
        result = null;
        switch (field.Kind)
        {
            case AstFieldKind.Identifier or AstFieldKind.String:
                if (value.IsNone)
                {
                    return true;
                }

                if (value.AsObject is not PyStr s || !ReferenceEquals(value.Type, PyType.Str))
                {
                    ts.SetError(PyExc.TypeError, field.Kind == AstFieldKind.Identifier ? "AST identifier must be of type str" : "AST string must be of type str");
                    return false;
                }

                result = s.Value;
                return true;
            case AstFieldKind.Int:
                if (!ToInt(ts, value, out var i))
                {
                    return false;
                }

                result = i;
                return true;
            case AstFieldKind.Constant:
                result = AstConstants.FromPython(ts, value);
                return result is not null;
            case AstFieldKind.Enum:
                return EnumValue(ts, value, field.TypeName, out result);
            default:
                result = Sum(ts, value, field.TypeName);
                return !ts.HasError;
        }
    }

    private bool EnumValue(ThreadState ts, PyValue value, string typeName, out object? result)
    {
        result = null;
        var index = AstClasses.EnumIndex(typeName);
        var members = classes.EnumMemberTypes[index];
        for (var m = 0; m < members.Length; m++)
        {
            if (value.Type.IsSubtypeOf(members[m]))
            {
                result = Enum.ToObject(AstSchema.Enums[index].ClrType, m);
                return true;
            }
        }

        var repr = PyOps.Repr(ts, value);
        if (repr is not null)
        {
            ts.SetError(PyExc.TypeError, "expected some sort of " + typeName + ", but got " + repr.Value);
        }

        return false;
    }
}
