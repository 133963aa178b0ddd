namespace ProtoPython.Objects;

/// <summary>str slots; methods and formatting in <c>StrType.*.cs</c>.</summary>
internal static partial class StrType
{
    /// <summary>Implemented in the type's other files: its methods and attributes.</summary>
    static partial void InstallMethods();

    public static void Install()
    {
        var t = PyType.Str;
        t.Repr = static (ts, v) => PyValue.FromObject(new PyStr(((PyStr)v.AsObject) is var s && s.HasSurrogates ? Formatting.StringRepr.Format(s.CodePoints) : Formatting.StringRepr.Format(s.Value)));
        t.ToStr = static (ts, v) => v.Type == PyType.Str ? v : PyValue.FromObject(new PyStr(((PyStr)v.AsObject).Value));
        t.Length = static (ts, v) => ((PyStr)v.AsObject).Length;
        t.RichCompare = static (ts, a, b, op) =>
        {
            if (a.AsObject is not PyStr x || b.AsObject is not PyStr y)
            {
                return PyValue.NotImplemented;
            }

            if (op is CompareOp.Eq or CompareOp.Ne)
            {
                var eq = PyStr.ValueEquals(x, y);
                return PyValue.FromBool(op == CompareOp.Eq ? eq : !eq);
            }

            return PyValue.FromBool(op.Holds(PyStr.CompareCodePoints(x, y)));
        };
        t.Number[(int)NumberOp.Add] = static (ts, a, b) =>
        {
            if (a.AsObject is PyStr x && b.AsObject is PyStr y)
            {
                return PyValue.FromObject(PyStr.Concat(x, y));
            }

            if (a.AsObject is PyStr)
            {
                return ts.SetError(PyExc.TypeError, "can only concatenate str (not \"" + b.Type.Name + "\") to str");
            }

            return PyValue.NotImplemented;
        };
        t.Contains = static (ts, v, item) =>
        {
            if (item.AsObject is not PyStr s)
            {
                ts.SetError(PyExc.TypeError, "'in <string>' requires string as left operand, not " + item.Type.Name);
                return -1;
            }

            return ((PyStr)v.AsObject).Value.Contains(s.Value, StringComparison.Ordinal) ? 1 : 0;
        };
        t.GetItem = static (ts, v, key) =>
        {
            var s = (PyStr)v.AsObject;
            if (!PyInt.IsInt(key) && key.Type.Index is null)
            {
                return ts.SetError(PyExc.TypeError, "string indices must be integers, not '" + key.Type.Name + "'");
            }

            return SequenceHelpers.TryNormalizeIndex(ts, key, s.Length, "string", out var i)
                ? PyValue.FromObject(PyStr.FromCodePoint(s[(int)i])) : PyValue.Error;
        };
        t.Iter = static (ts, v) => PyValue.FromObject(new PySequenceIterator(v));
        t.New = static (ts, type, args, kw) =>
        {
            if (args.Length == 0)
            {
                return PyValue.FromObject(PyStr.Intern(""));
            }

            return PyOps.Str(ts, args[0]) is { } s ? PyValue.FromObject(s) : PyValue.Error;
        };

        InstallMethods();
    }
}
