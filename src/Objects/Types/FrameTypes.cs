namespace ProtoPython.Objects;

/// <summary>frame and traceback objects' attributes.</summary>
internal static class FrameTypes
{
    public static void Install()
    {
        var f = PyType.Frame;
        f.AddGetSet("f_code", static (ts, v) => PyValue.FromObject(F(v).Code));
        f.AddGetSet("f_globals", static (ts, v) => PyValue.FromObject(F(v).Globals));
        f.AddGetSet("f_builtins", static (ts, v) => PyValue.FromObject(F(v).Frame.Builtins));
        f.AddGetSet("f_lineno", static (ts, v) => PyValue.FromInt64(F(v).Frame.Line));
        f.AddGetSet("f_lasti", static (ts, v) => PyValue.FromInt64(F(v).Frame.LastI * 2));
        f.AddGetSet("f_back", static (ts, v) => F(v).Back is { } b ? PyValue.FromObject(b) : PyValue.None);
        f.AddGetSet("f_locals", static (ts, v) => F(v).Frame.Locals is { IsNull: false } l ? l : PyValue.FromObject(Snapshot(F(v).Frame)));
        // clear(): our frames' locals live in the frame's own stack and go with it; nothing to break
        // (traceback.clear_frames and unittest's assertRaises call it on finished frames).
        f.AddMethod0("clear", static (ts, v) => PyValue.None);
        f.Repr = static (ts, v) => PyValue.FromObject(new PyStr("<frame at 0x" + PyOps.AddressOf(v).ToString("x", System.Globalization.CultureInfo.InvariantCulture)
            + ", file '" + F(v).Code.Filename + "', line " + F(v).Frame.Line + ", code " + F(v).Code.Name.Value + ">"));
        var t = PyType.Traceback;
        t.AddGetSet("tb_frame", static (ts, v) => PyValue.FromObject(T(v).Frame));
        t.AddGetSet("tb_lineno", static (ts, v) => PyValue.FromInt64(T(v).Line));
        t.AddGetSet("tb_lasti", static (ts, v) => PyValue.FromInt64(T(v).LastI * 2));
        t.AddGetSet("tb_next", static (ts, v) => T(v).Next is { } n ? PyValue.FromObject(n) : PyValue.None, static (ts, v, x) =>
        {
            if (!x.IsNone && x.AsObject is not PyTraceback)
            {
                ts.SetError(PyExc.TypeError, "expected traceback object or None, got '" + x.Type.Name + "'");
                return false;
            }

            T(v).Next = x.AsObject as PyTraceback;
            return true;
        });
    }

    private static PyFrameObject F(PyValue v) => (PyFrameObject)v.AsObject;

    private static PyTraceback T(PyValue v) => (PyTraceback)v.AsObject;

    // f_locals of a function frame: a snapshot of the fast locals (PEP 667's proxy is not built yet).
    private static PyDict Snapshot(InterpreterFrame frame)
    {
        var dict = new PyDict();
        var code = frame.Code;
        for (var i = 0; i < code.NLocalsPlus; i++)
        {
            var v = frame.Stack[frame.Base + i];
            if (v.AsObject is PyCell cell && (code.LocalsPlusKinds[i] & (LocalsKind.Cell | LocalsKind.Free)) != 0)
            {
                v = cell.Value;
            }

            if (!v.IsNull && (code.LocalsPlusKinds[i] & LocalsKind.Hidden) == 0)
            {
                dict.SetStr(code.LocalsPlusNames[i], v);
            }
        }

        return dict;
    }
}
