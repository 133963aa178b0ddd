namespace ProtoPython.Objects;

/// <summary>BaseException's slots and attributes; the hierarchy is <see cref="PyExc"/>.</summary>
internal static partial class ExceptionTypes
{
    /// <summary>Implemented in the type's other files: its methods and attributes.</summary>
    static partial void InstallMethods();

    public static void Install()
    {
        var t = PyExc.BaseException;
        t.New = static (ts, type, args, kw) =>
        {
            var npos = args.Length - (kw?.Length ?? 0);
            return PyValue.FromObject(new PyBaseException(type, args[..npos].ToArray()));
        };
        t.Init = static (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 } && ReferenceEquals(self.Type.Init, PyExc.BaseException.Init))
            {
                ts.SetError(PyExc.TypeError, self.Type.Name + "() takes no keyword arguments");
                return false;
            }

            var npos = args.Length - (kw?.Length ?? 0);
            ((PyBaseException)self.AsObject).Args = npos == 0 ? PyTuple.Empty : new PyTuple(args[..npos].ToArray());
            return true;
        };
        t.Repr = static (ts, v) =>
        {
            var e = (PyBaseException)v.AsObject;
            if (e.Args.Length == 1)
            {
                var r = PyOps.Repr(ts, e.Args[0]);
                return r is null ? PyValue.Error : PyValue.FromObject(new PyStr(e.Type.Name + "(" + r.Value + ")"));
            }

            var tr = PyOps.Repr(ts, PyValue.FromObject(e.Args));
            return tr is null ? PyValue.Error : PyValue.FromObject(new PyStr(e.Type.Name + tr.Value));
        };
        t.ToStr = static (ts, v) =>
        {
            var e = (PyBaseException)v.AsObject;
            return e.Args.Length switch
            {
                0 => PyValue.FromObject(PyStr.Intern("")),
                1 => PyOps.Str(ts, e.Args[0]) is { } s ? PyValue.FromObject(s) : PyValue.Error,
                _ => PyOps.Str(ts, PyValue.FromObject(e.Args)) is { } s2 ? PyValue.FromObject(s2) : PyValue.Error,
            };
        };
        t.AddGetSet("args", static (ts, v) => PyValue.FromObject(E(v).Args), static (ts, v, x) =>
        {
            var items = new List<PyValue>();
            var it = PyOps.GetIter(ts, x);
            if (it.IsError)
            {
                return false;
            }

            while (PyOps.Next(ts, it, out var item) is var r && r != 0)
            {
                if (r < 0)
                {
                    return false;
                }

                items.Add(item);
            }

            E(v).Args = new PyTuple([.. items]);
            return true;
        });
        t.AddGetSet("__cause__", static (ts, v) => E(v).Cause is { } c ? PyValue.FromObject(c) : PyValue.None, static (ts, v, x) =>
        {
            if (!x.IsNone && x.AsObject is not PyBaseException)
            {
                ts.SetError(PyExc.TypeError, "exception cause must be None or derive from BaseException");
                return false;
            }

            E(v).Cause = x.AsObject as PyBaseException;
            E(v).SuppressContext = true;
            return true;
        });
        t.AddGetSet("__context__", static (ts, v) => E(v).Context is { } c ? PyValue.FromObject(c) : PyValue.None, static (ts, v, x) =>
        {
            if (!x.IsNone && x.AsObject is not PyBaseException)
            {
                ts.SetError(PyExc.TypeError, "exception context must be None or derive from BaseException");
                return false;
            }

            E(v).Context = x.AsObject as PyBaseException;
            return true;
        });
        t.AddGetSet("__suppress_context__", static (ts, v) => PyValue.FromBool(E(v).SuppressContext), static (ts, v, x) =>
        {
            E(v).SuppressContext = PyOps.IsTrue(ts, x) > 0;
            return true;
        });
        t.AddGetSet("__traceback__", static (ts, v) => E(v).Traceback is { } tb ? PyValue.FromObject(tb) : PyValue.None, static (ts, v, x) =>
        {
            E(v).Traceback = x.IsNone ? null : x.AsObject;
            return true;
        });
        t.AddMethod1("with_traceback", static (ts, self, tb) =>
        {
            E(self).Traceback = tb.IsNone ? null : tb.AsObject;
            return self;
        });
        t.AddMethod1("add_note", static (ts, self, note) =>
        {
            if (note.AsObject is not PyStr s)
            {
                return ts.SetError(PyExc.TypeError, "note must be a str, not '" + note.Type.Name + "'");
            }

            E(self).AddNote(s.Value);
            return PyValue.None;
        });
        PyExc.StopIteration.AddGetSet("value", static (ts, v) => E(v).Args.Length > 0 ? E(v).Args[0] : PyValue.None);

        InstallMethods();
    }

    private static PyBaseException E(PyValue v) => (PyBaseException)v.AsObject;
}
