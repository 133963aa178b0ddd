namespace ProtoPython.Objects;

/// <summary>
/// <c>code.replace(**changes)</c> and <c>copy.replace</c>: a new code object with some fields
/// changed. The fields that keep the bytecode valid can change (flags, names, file, first line,
/// constants and names of the same length); the instructions come from co_code, unspecialized.
/// </summary>
internal static partial class CodeType
{
    private static readonly string[] s_replaceNames =
        ["co_flags", "co_name", "co_qualname", "co_filename", "co_firstlineno", "co_consts", "co_names", "co_stacksize"];

    private static void InstallReplace(PyType code)
    {
        code.AddMethod("replace", Replace);
        code.AddMethod("__replace__", Replace);
    }

    private static PyValue Replace(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var c = C(a[0]);
        Span<PyValue> v = new PyValue[s_replaceNames.Length];
        if (!ArgParser.Parse(ts, "replace", a[1..], kw, s_replaceNames, 0, 0, v, maxPos: 0))
        {
            return PyValue.Error;
        }

        if (!TryInt(ts, v[0], "co_flags", c.Flags, out var flags) || !TryInt(ts, v[4], "co_firstlineno", c.FirstLineNo, out var firstLine)
            || !TryInt(ts, v[7], "co_stacksize", c.StackSize, out var stackSize)
            || !TryStr(ts, v[1], "co_name", c.Name, out var name) || !TryStr(ts, v[2], "co_qualname", c.QualName, out var qualName)
            || !TryStr(ts, v[3], "co_filename", new PyStr(c.Filename), out var filename))
        {
            return PyValue.Error;
        }

        var consts = c.Consts;
        if (!v[5].IsNull)
        {
            if (v[5].AsObject is not PyTuple t)
            {
                return ArgParser.BadArgument(ts, "replace", "argument 'co_consts'", "tuple", v[5]);
            }

            consts = t.Items.ToArray();
        }

        var names = c.Names;
        if (!v[6].IsNull)
        {
            if (v[6].AsObject is not PyTuple t)
            {
                return ArgParser.BadArgument(ts, "replace", "argument 'co_names'", "tuple", v[6]);
            }

            names = new PyStr[t.Length];
            for (var i = 0; i < t.Length; i++)
            {
                if (t[i].AsObject is not PyStr s)
                {
                    return ts.SetError(PyExc.TypeError, "name tuples must contain only strings, not '" + t[i].Type.Name + "'");
                }

                names[i] = s;
            }
        }

        if (consts.Length < c.Consts.Length || names.Length < c.Names.Length)
        {
            return ts.SetError(PyExc.ValueError, "code.replace(): co_consts and co_names cannot shrink here");
        }

        return PyValue.FromObject(new PyCode
        {
            Instructions = (ushort[])c.OriginalCode.Clone(),
            OriginalCode = c.OriginalCode,
            Consts = consts,
            Names = names,
            LocalsPlusNames = c.LocalsPlusNames,
            LocalsPlusKinds = c.LocalsPlusKinds,
            ArgCount = c.ArgCount,
            PosOnlyArgCount = c.PosOnlyArgCount,
            KwOnlyArgCount = c.KwOnlyArgCount,
            StackSize = stackSize,
            Flags = flags,
            Name = name,
            QualName = qualName,
            Filename = filename.Value,
            FirstLineNo = firstLine,
            LineTable = c.LineTable,
            ExceptionTable = c.ExceptionTable,
        });
    }

    private static bool TryInt(ThreadState ts, PyValue v, string name, int current, out int value)
    {
        value = current;
        if (v.IsNull)
        {
            return true;
        }

        if (!PyInt.IsInt(v))
        {
            ArgParser.BadArgument(ts, "replace", "argument '" + name + "'", "int", v);
            return false;
        }

        if (!PyOps.TryIndexAsInt64(ts, v, PyExc.OverflowError, out var n))
        {
            return false;
        }

        if (n is < int.MinValue or > int.MaxValue)
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C int");
            return false;
        }

        value = (int)n;
        return true;
    }

    private static bool TryStr(ThreadState ts, PyValue v, string name, PyStr current, out PyStr value)
    {
        value = current;
        if (v.IsNull)
        {
            return true;
        }

        if (v.AsObject is not PyStr s)
        {
            ArgParser.BadArgument(ts, "replace", "argument '" + name + "'", "str", v);
            return false;
        }

        value = s;
        return true;
    }
}
