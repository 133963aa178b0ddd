using System.Collections;
using System.Runtime.CompilerServices;
using ProtoPython.Compiler.Ast;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Ast;

/// <summary>
/// The compiler's tree to Python <c>ast</c> objects (CPython's <c>ast2obj_mod</c>): each node gets
/// every field (None for a missing optional one), then its positions; operators and contexts are
/// the shared instances; constants become Python values.
/// </summary>
internal sealed class AstToPython(AstClasses classes)
{
    private readonly Dictionary<string, PyStr> _identifiers = [];

    /// <summary>The Python tree; <see cref="PyValue.Error"/> with a pending exception (deep trees).</summary>
    public static PyValue Convert(ThreadState ts, Node tree)
    {
        var classes = AstClasses.Get(ts);
        return classes is null ? PyValue.Error : new AstToPython(classes).Node(ts, tree);
    }

    private PyValue Node(ThreadState ts, Node node)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return ts.SetError(PyExc.RecursionError, "maximum recursion depth exceeded during ast construction");
        }

        var info = node.Info;
        var obj = new AstObject(classes.NodeTypes[(int)node.NodeKind]);
        var dict = obj.Dict;
        for (var i = 0; i < info.Fields.Length; i++)
        {
            var value = Field(ts, info.Fields[i], node.GetField(i));
            if (value.IsError)
            {
                return value;
            }

            dict.SetStr(PyStr.Intern(info.Fields[i].Name), value);
        }

        if (node is LocatedNode located)
        {
            dict.SetStr(PyStr.Intern("lineno"), PyValue.FromInt64(located.Lineno));
            dict.SetStr(PyStr.Intern("col_offset"), PyValue.FromInt64(located.ColOffset));
            dict.SetStr(PyStr.Intern("end_lineno"), PyValue.FromInt64(located.EndLineno));
            dict.SetStr(PyStr.Intern("end_col_offset"), PyValue.FromInt64(located.EndColOffset));
        }

        return PyValue.FromObject(obj);
    }

    private PyValue Field(ThreadState ts, AstFieldInfo field, object? value)
    {
        if (field.IsList)
        {
            var list = new PyList();
            foreach (var item in (IList)value!)
            {
                var v = Scalar(ts, field, item);
                if (v.IsError)
                {
                    return v;
                }

                list.Append(v);
            }

            return PyValue.FromObject(list);
        }

        return Scalar(ts, field, value);
    }

    private PyValue Scalar(ThreadState ts, AstFieldInfo field, object? value)
    {
        switch (value)
        {
            case null:
                return PyValue.None;
            case Node n:
                return Node(ts, n);
            case string s:
                return PyValue.FromObject(field.Kind == AstFieldKind.Identifier ? Identifier(s) : new PyStr(s));
            case ConstantValue c:
                return Loading.CodeLoader.ToValue(ts, c);
            case int i when field.Kind == AstFieldKind.Int:
                return PyValue.FromInt64(i);
            case Enum e:
                var index = AstClasses.EnumIndex(field.TypeName);
                return classes.EnumSingletons[index][System.Convert.ToInt32(e, System.Globalization.CultureInfo.InvariantCulture)];
            default:
                return ts.SetError(PyExc.SystemError, "unknown AST field value " + value.GetType().Name);
        }
    }

    private PyStr Identifier(string s)
    {
        if (!_identifiers.TryGetValue(s, out var str))
        {
            str = PyStr.Intern(s);
            _identifiers[s] = str;
        }

        return str;
    }
}
