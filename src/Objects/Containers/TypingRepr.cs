using System.Text;

namespace ProtoPython.Objects;

/// <summary>How typing objects show their arguments (CPython's <c>_Py_typing_type_repr</c> and <c>ga_repr</c>).</summary>
public static class TypingRepr
{
    private static readonly PyStr s_origin = PyStr.Intern("__origin__");
    private static readonly PyStr s_args = PyStr.Intern("__args__");
    private static readonly PyStr s_qualname = PyStr.Intern("__qualname__");

    /// <summary>"..." for Ellipsis, "None" for NoneType, the repr of aliases, <c>module.qualname</c> of classes; null with an exception.</summary>
    public static string? TypeRepr(ThreadState ts, PyValue p)
    {
        if (PyValue.Is(p, PyValue.Ellipsis))
        {
            return "...";
        }

        if (ReferenceEquals(p.AsObject, PyType.NoneType))
        {
            return "None";
        }

        var rc = PyOps.TryGetAttr(ts, p, s_origin, out _);
        if (rc > 0)
        {
            rc = PyOps.TryGetAttr(ts, p, s_args, out _);
            if (rc > 0)
            {
                return PyOps.Repr(ts, p)?.Value;
            }
        }

        if (rc < 0)
        {
            return null;
        }

        rc = PyOps.TryGetAttr(ts, p, s_qualname, out var qualname);
        if (rc < 0)
        {
            return null;
        }

        if (rc > 0)
        {
            rc = PyOps.TryGetAttr(ts, p, Names.Module, out var module);
            if (rc < 0)
            {
                return null;
            }

            if (rc > 0 && !module.IsNone)
            {
                if (module.AsObject is PyStr { Value: "builtins" })
                {
                    return PyOps.Str(ts, qualname)?.Value;
                }

                var m = PyOps.Str(ts, module);
                var q = m is null ? null : PyOps.Str(ts, qualname);
                return q is null ? null : m!.Value + "." + q.Value;
            }
        }

        return PyOps.Repr(ts, p)?.Value;
    }

    /// <summary><c>repr(list[int])</c>, <c>*tuple[int, ...]</c>, <c>Callable[[int], str]</c>'s list argument.</summary>
    public static PyValue GenericAliasRepr(ThreadState ts, PyValue v)
    {
        var g = (PyGenericAlias)v.AsObject;
        var sb = new StringBuilder();
        if (g.Starred)
        {
            sb.Append('*');
        }

        if (!Append(ts, sb, g.Origin))
        {
            return PyValue.Error;
        }

        sb.Append('[');
        if (g.Arguments.Length == 0)
        {
            sb.Append("()");
        }

        for (var i = 0; i < g.Arguments.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            var arg = g.Arguments[i];
            if (arg.AsObject is PyList list)
            {
                sb.Append('[');
                var items = list.ToArray();
                for (var j = 0; j < items.Length; j++)
                {
                    if (j > 0)
                    {
                        sb.Append(", ");
                    }

                    if (!Append(ts, sb, items[j]))
                    {
                        return PyValue.Error;
                    }
                }

                sb.Append(']');
            }
            else if (!Append(ts, sb, arg))
            {
                return PyValue.Error;
            }
        }

        return PyValue.FromObject(new PyStr(sb.Append(']').ToString()));
    }

    private static bool Append(ThreadState ts, StringBuilder sb, PyValue item)
    {
        var s = TypeRepr(ts, item);
        sb.Append(s);
        return s is not null;
    }
}
