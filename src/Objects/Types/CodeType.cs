namespace ProtoPython.Objects;

/// <summary>The code type: its read-only <c>co_*</c> attributes, computed from the locals-plus layout.</summary>
internal static partial class CodeType
{
    public static void Install()
    {
        var code = PyType.Code;
        code.Repr = static (ts, v) => PyValue.FromObject(new PyStr(C(v).ToString()));
        code.AddGetSet("co_name", static (ts, v) => PyValue.FromObject(C(v).Name));
        code.AddGetSet("co_qualname", static (ts, v) => PyValue.FromObject(C(v).QualName));
        code.AddGetSet("co_filename", static (ts, v) => PyValue.FromObject(new PyStr(C(v).Filename)));
        code.AddGetSet("co_firstlineno", static (ts, v) => PyValue.FromInt64(C(v).FirstLineNo));
        code.AddGetSet("co_argcount", static (ts, v) => PyValue.FromInt64(C(v).ArgCount));
        code.AddGetSet("co_posonlyargcount", static (ts, v) => PyValue.FromInt64(C(v).PosOnlyArgCount));
        code.AddGetSet("co_kwonlyargcount", static (ts, v) => PyValue.FromInt64(C(v).KwOnlyArgCount));
        code.AddGetSet("co_flags", static (ts, v) => PyValue.FromInt64(C(v).Flags));
        code.AddGetSet("co_stacksize", static (ts, v) => PyValue.FromInt64(C(v).StackSize));
        code.AddGetSet("co_varnames", static (ts, v) => NamesOfKind(C(v), LocalsKind.Local));
        code.AddGetSet("co_cellvars", static (ts, v) => NamesOfKind(C(v), LocalsKind.Cell));
        code.AddGetSet("co_freevars", static (ts, v) => NamesOfKind(C(v), LocalsKind.Free));
        code.AddGetSet("co_nlocals", static (ts, v) => PyValue.FromInt64(CountOfKind(C(v), LocalsKind.Local)));
        code.AddGetSet("co_consts", static (ts, v) => PyValue.FromObject(new PyTuple((PyValue[])C(v).Consts.Clone())));
        code.AddGetSet("co_names", static (ts, v) =>
        {
            var names = C(v).Names;
            var items = new PyValue[names.Length];
            for (var i = 0; i < names.Length; i++)
            {
                items[i] = PyValue.FromObject(names[i]);
            }

            return PyValue.FromObject(new PyTuple(items));
        });
        code.AddGetSet("co_code", static (ts, v) =>
        {
            var units = C(v).OriginalCode;
            var bytes = new byte[units.Length * 2];
            for (var i = 0; i < units.Length; i++)
            {
                bytes[2 * i] = (byte)units[i];
                bytes[(2 * i) + 1] = (byte)(units[i] >> 8);
            }

            return PyBytes.From(bytes);
        });
        // The quickened units in CPython's layout, for dis(adaptive=True) (AdaptiveCodeView).
        code.AddGetSet("_co_code_adaptive", static (ts, v) => PyBytes.From(AdaptiveCodeView.Bytes(C(v))));
        code.AddGetSet("co_linetable", static (ts, v) => PyBytes.From((byte[])C(v).LineTable.Clone()));
        code.AddGetSet("co_exceptiontable", static (ts, v) => PyBytes.From((byte[])C(v).ExceptionTable.Clone()));
        InstallLocations(code);
        InstallReplace(code);
    }

    private static PyCode C(PyValue v) => (PyCode)v.AsObject;

    // co_varnames / co_cellvars / co_freevars: the locals-plus names having the kind bit, in order.
    private static PyValue NamesOfKind(PyCode code, LocalsKind kind)
    {
        var n = CountOfKind(code, kind);
        if (n == 0)
        {
            return PyValue.FromObject(PyTuple.Empty);
        }

        var items = new PyValue[n];
        var j = 0;
        for (var i = 0; i < code.NLocalsPlus; i++)
        {
            if ((code.LocalsPlusKinds[i] & kind) != 0)
            {
                items[j++] = PyValue.FromObject(code.LocalsPlusNames[i]);
            }
        }

        return PyValue.FromObject(new PyTuple(items));
    }

    private static int CountOfKind(PyCode code, LocalsKind kind)
    {
        var n = 0;
        foreach (var k in code.LocalsPlusKinds)
        {
            if ((k & kind) != 0)
            {
                n++;
            }
        }

        return n;
    }
}
