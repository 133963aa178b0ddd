namespace ProtoPython.Objects;

/// <summary>
/// str slots; the rest in <c>Types/Str/</c>: methods (Search, Split, Case), the other dunders and
/// the format family (Methods), argument helpers, slicing and the iterator.
/// </summary>
internal static partial class StrType
{
    /// <summary>Implemented in the type's other files: its methods and attributes.</summary>
    static partial void InstallMethods();

    public static void Install()
    {
        var t = PyType.Str;
        t.Repr = static (ts, v) => PyValue.FromObject(new PyStr(((PyStr)v.AsObject) is var s && s.HasSurrogates ? Formatting.StringRepr.Format(s.CodePoints) : Formatting.StringRepr.Format(s.Value)));
        t.ToStr = static (ts, v) => v.Type == PyType.Str ? v : PyValue.FromObject(((PyStr)v.AsObject).Copy());
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

            // NotImplemented lets b's __radd__ run; PyOps.BinaryOp words the error when nothing does.
            return PyValue.NotImplemented;
        };

        InstallMethods();
    }
}
