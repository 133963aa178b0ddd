using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Ast;

/// <summary><c>AST.__repr__</c>, <c>__reduce__</c> and <c>__replace__</c> (CPython 3.14).</summary>
internal static partial class AstNodeType
{
    private const int ReprDepth = 3;

    private static PyValue Repr(ThreadState ts, PyValue self)
    {
        var sb = new StringBuilder();
        return AppendRepr(ts, sb, self, ReprDepth) ? PyValue.FromObject(new PyStr(sb.ToString())) : PyValue.Error;
    }

    /// <summary>
    /// <c>ast_repr_max_depth</c>: fields as <c>name=value</c>; nested nodes up to three levels deep,
    /// deeper ones (and cycles) as <c>Name(...)</c>; lists and tuples show their first and last items.
    /// </summary>
    private static bool AppendRepr(ThreadState ts, StringBuilder sb, PyValue node, int depth)
    {
        var type = node.Type;
        var name = TypeName(type);
        if (depth <= 0)
        {
            sb.Append(name).Append("(...)");
            return true;
        }

        if (!TryNames(ts, type, s_fields, out var fields))
        {
            return false;
        }

        if (fields is null || fields.Count == 0)
        {
            sb.Append(name).Append("()");
            return true;
        }

        if (!ReprGuard.Enter(node.AsObject))
        {
            sb.Append(name).Append("(...)");
            return true;
        }

        try
        {
            if (!PyOps.EnsureStack(ts, " while getting the repr of an object"))
            {
                return false;
            }

            sb.Append(name).Append('(');
            for (var i = 0; i < fields.Count; i++)
            {
                if (fields[i].AsObject is not PyStr field)
                {
                    ts.SetError(PyExc.TypeError, "attribute name must be string, not '" + fields[i].Type.Name + "'");
                    return false;
                }

                var value = PyOps.GetAttr(ts, node, field);
                if (value.IsError)
                {
                    return false;
                }

                sb.Append(i > 0 ? ", " : string.Empty).Append(field.Value).Append('=');
                var ok = value.AsObject is PyList or PyTuple ? AppendSequence(ts, sb, value, depth) : AppendValue(ts, sb, value, depth - 1);
                if (!ok)
                {
                    return false;
                }
            }

            sb.Append(')');
            return true;
        }
        finally
        {
            ReprGuard.Leave(node.AsObject);
        }
    }

    private static bool AppendValue(ThreadState ts, StringBuilder sb, PyValue value, int depth)
    {
        if (IsAst(value))
        {
            return AppendRepr(ts, sb, value, depth);
        }

        var r = PyOps.Repr(ts, value);
        sb.Append(r?.Value);
        return r is not null;
    }

    private static bool AppendSequence(ThreadState ts, StringBuilder sb, PyValue seq, int depth)
    {
        var isList = seq.AsObject is PyList;
        var count = isList ? ((PyList)seq.AsObject).Count : ((PyTuple)seq.AsObject).Length;
        if (count == 0)
        {
            return AppendValue(ts, sb, seq, depth);
        }

        PyValue At(int i) => isList ? ((PyList)seq.AsObject).ItemAt(i) : ((PyTuple)seq.AsObject)[i];
        sb.Append(isList ? '[' : '(');
        if (!AppendValue(ts, sb, At(0), depth - 1))
        {
            return false;
        }

        if (count > 2)
        {
            sb.Append(", ...");
        }

        if (count > 1)
        {
            sb.Append(", ");
            if (!AppendValue(ts, sb, At(count - 1), depth - 1))
            {
                return false;
            }
        }

        sb.Append(isList ? ']' : ')');
        return true;
    }

    internal static bool IsAst(PyValue v) => AstClasses.IfCreated is { } c && v.Type.IsSubtypeOf(c.AstType);

    /// <summary>
    /// <c>(type(self), (None,) * n, self.__dict__)</c>: n is the number of leading fields present,
    /// so that unpickling calls the constructor without DeprecationWarnings, then sets the dict.
    /// </summary>
    private static PyValue Reduce(ThreadState ts, PyValue self)
    {
        var typeValue = PyValue.FromObject(self.Type);
        if (self.AsObject is not IHasDict owner || owner.GetDict(true) is not { } dict)
        {
            return PyValue.FromObject(new PyTuple([typeValue, PyValue.FromObject(PyTuple.Empty)]));
        }

        if (!TryNames(ts, self.Type, s_fields, out var fields))
        {
            return PyValue.Error;
        }

        var present = 0;
        foreach (var f in fields ?? [])
        {
            var found = dict.TryGetValue(ts, f, out _);
            if (ts.HasError)
            {
                return PyValue.Error;
            }

            if (found != DictLookup.Found)
            {
                break;
            }

            present++;
        }

        var nones = new PyValue[present];
        Array.Fill(nones, PyValue.None);
        return PyValue.FromObject(new PyTuple([typeValue, PyValue.FromObject(present == 0 ? PyTuple.Empty : new PyTuple(nones)), PyValue.FromObject(dict)]));
    }

    /// <summary><c>copy.replace(node, **changes)</c>: a new node of the same class from the fields and attributes present, updated.</summary>
    private static PyValue Replace(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kwnames)
    {
        var self = a[0];
        var nkw = kwnames?.Length ?? 0;
        if (a.Length - nkw > 1)
        {
            return ts.SetError(PyExc.TypeError, "__replace__() takes no positional arguments");
        }

        var type = self.Type;
        var name = type.Name;
        if (!TryNames(ts, type, s_fields, out var fields) || !TryNames(ts, type, s_attributes, out var attributes))
        {
            return PyValue.Error;
        }

        fields ??= [];
        var expecting = new List<PyValue>(fields);
        expecting.AddRange(attributes ?? []);
        for (var k = 0; k < nkw; k++)
        {
            var index = IndexOf(ts, expecting, kwnames![k]);
            if (index == -2)
            {
                return PyValue.Error;
            }

            if (index == -1)
            {
                return ts.SetError(PyExc.TypeError, name + ".__replace__ got an unexpected keyword argument " + PyOps.Repr(ts, kwnames[k])?.Value + ".");
            }
        }

        var dict = self.AsObject is IHasDict owner ? owner.GetDict(true) : null;
        var payload = new PyDict();
        var missing = new List<string>();
        PyValue fieldTypes = PyValue.Null;
        if (PyOps.TryGetAttr(ts, PyValue.FromObject(type), s_fieldTypes, out var ft) < 0)
        {
            return PyValue.Error;
        }

        fieldTypes = ft;
        for (var i = 0; i < expecting.Count; i++)
        {
            var key = expecting[i];
            var given = kwnames is null ? -1 : IndexOf(ts, [.. kwnames.Items], key);
            PyValue value;
            if (given >= 0)
            {
                value = a[a.Length - nkw + given];
            }
            else if (dict is not null && dict.TryGetValue(ts, key, out var v) == DictLookup.Found)
            {
                value = v;
            }
            else
            {
                if (ts.HasError)
                {
                    return PyValue.Error;
                }

                if (i < fields.Count && !IsOptionalField(ts, fieldTypes, key))
                {
                    missing.Add(PyOps.Repr(ts, key)?.Value ?? "?");
                }

                continue;
            }

            if (!payload.SetItem(ts, key, value))
            {
                return PyValue.Error;
            }
        }

        if (missing.Count > 0)
        {
            return ts.SetError(PyExc.TypeError, name + ".__replace__ missing " + missing.Count + " keyword argument" + (missing.Count == 1 ? string.Empty : "s") + ": " + string.Join(", ", missing) + ".");
        }

        var names = new PyValue[payload.Count];
        var values = new PyValue[payload.Count];
        var n = 0;
        foreach (var entry in payload)
        {
            names[n] = entry.Key;
            values[n++] = entry.Value;
        }

        return PyOps.Call(ts, PyValue.FromObject(type), values, new PyTuple(names));
    }

    private static bool IsOptionalField(ThreadState ts, PyValue fieldTypes, PyValue key)
    {
        if (fieldTypes.IsNull || fieldTypes.AsObject is not PyDict d)
        {
            return false;
        }

        var found = d.TryGetValue(ts, key, out var t) == DictLookup.Found;
        ts.ClearError();
        return found && t.AsObject is PyUnion;
    }
}
