namespace ProtoPython.Objects;

/// <summary>BaseException's attributes and methods: args, chaining, __dict__, notes, pickling.</summary>
internal static partial class ExceptionTypes
{
    private static void InstallChaining(PyType t)
    {
        t.AddGetSet("args", static (ts, v) => PyValue.FromObject(E(v).Args), static (ts, v, x) =>
        {
            if (x.IsNull)
            {
                ts.SetError(PyExc.TypeError, "args may not be deleted");
                return false;
            }

            var items = SequenceToArray(ts, x);
            if (items is null)
            {
                return false;
            }

            E(v).Args = new PyTuple(items);
            return true;
        });
        t.AddGetSet("__cause__", static (ts, v) => E(v).Cause is { } c ? PyValue.FromObject(c) : PyValue.None, static (ts, v, x) =>
        {
            if (!CheckChained(ts, x, "__cause__", "exception cause"))
            {
                return false;
            }

            E(v).Cause = x.AsObject as PyBaseException;
            E(v).SuppressContext = true;
            return true;
        });
        t.AddGetSet("__context__", static (ts, v) => E(v).Context is { } c ? PyValue.FromObject(c) : PyValue.None, static (ts, v, x) =>
        {
            if (!CheckChained(ts, x, "__context__", "exception context"))
            {
                return false;
            }

            E(v).Context = x.AsObject as PyBaseException;
            return true;
        });
        t.AddGetSet("__suppress_context__", static (ts, v) => PyValue.FromBool(E(v).SuppressContext), static (ts, v, x) =>
        {
            if (x.IsNull)
            {
                ts.SetError(PyExc.TypeError, "can't delete numeric/char attribute");
                return false;
            }

            if (!x.IsBool)
            {
                ts.SetError(PyExc.TypeError, "attribute value type must be bool");
                return false;
            }

            E(v).SuppressContext = x.AsInt64 != 0;
            return true;
        });
        t.AddGetSet("__traceback__", static (ts, v) => E(v).Traceback is { } tb ? PyValue.FromObject(tb) : PyValue.None, SetTraceback);
        t.AddGetSet("__dict__", static (ts, v) => PyValue.FromObject(E(v).GetDict(true)!), static (ts, v, x) =>
        {
            if (x.IsNull)
            {
                ts.SetError(PyExc.TypeError, "cannot delete __dict__");
                return false;
            }

            if (x.AsObject is not PyDict d)
            {
                ts.SetError(PyExc.TypeError, "__dict__ must be set to a dictionary, not a '" + x.Type.Name + "'");
                return false;
            }

            E(v).SetDict(d);
            return true;
        });
        t.AddMethod1("with_traceback", static (ts, self, tb) => SetTraceback(ts, self, tb) ? self : PyValue.Error);
        t.AddMethod1("add_note", AddNote);
        t.AddMethod0("__reduce__", static (ts, self) =>
        {
            var e = E(self);
            var type = PyValue.FromObject(e.Type);
            return PyValue.FromObject(e.GetDict(false) is { } d
                ? new PyTuple([type, PyValue.FromObject(e.Args), PyValue.FromObject(d)])
                : new PyTuple([type, PyValue.FromObject(e.Args)]));
        });
        t.AddMethod1("__setstate__", static (ts, self, state) => SetState(ts, self, state) ? PyValue.None : PyValue.Error);
    }

    private static bool CheckChained(ThreadState ts, PyValue x, string attr, string what)
    {
        if (x.IsNull)
        {
            ts.SetError(PyExc.TypeError, attr + " may not be deleted");
            return false;
        }

        if (!x.IsNone && x.AsObject is not PyBaseException)
        {
            ts.SetError(PyExc.TypeError, what + " must be None or derive from BaseException");
            return false;
        }

        return true;
    }

    private static bool SetTraceback(ThreadState ts, PyValue self, PyValue tb)
    {
        if (tb.IsNull)
        {
            ts.SetError(PyExc.TypeError, "__traceback__ may not be deleted");
            return false;
        }

        if (!tb.IsNone && !ReferenceEquals(tb.Type, PyType.Traceback))
        {
            ts.SetError(PyExc.TypeError, "__traceback__ must be a traceback or None");
            return false;
        }

        E(self).Traceback = tb.IsNone ? null : tb.AsObject;
        return true;
    }

    /// <summary><c>add_note(note)</c>: through getattr/setattr of <c>__notes__</c>, as CPython.</summary>
    private static PyValue AddNote(ThreadState ts, PyValue self, PyValue note)
    {
        if (note.AsObject is not PyStr)
        {
            return ts.SetError(PyExc.TypeError, "add_note() argument must be str, not " + note.Type.Name);
        }

        var key = PyStr.Intern("__notes__");
        var r = PyOps.TryGetAttr(ts, self, key, out var notes);
        if (r < 0)
        {
            return PyValue.Error;
        }

        if (r == 0)
        {
            notes = PyValue.FromObject(new PyList());
            if (!PyOps.SetAttr(ts, self, key, notes))
            {
                return PyValue.Error;
            }
        }

        if (notes.AsObject is not PyList list)
        {
            return ts.SetError(PyExc.TypeError, "Cannot add note: __notes__ is not a list");
        }

        list.Append(note);
        return PyValue.None;
    }

    /// <summary><c>__setstate__(state)</c>: None, or a dict whose items are set as attributes.</summary>
    private static bool SetState(ThreadState ts, PyValue self, PyValue state)
    {
        if (state.IsNone)
        {
            return true;
        }

        if (state.AsObject is not PyDict d)
        {
            ts.SetError(PyExc.TypeError, "state is not a dictionary");
            return false;
        }

        var items = new List<KeyValuePair<PyValue, PyValue>>();
        foreach (var kv in d)
        {
            items.Add(kv);
        }

        foreach (var (k, val) in items)
        {
            if (k.AsObject is not PyStr name)
            {
                ts.SetError(PyExc.TypeError, "attribute name must be string, not '" + k.Type.Name + "'");
                return false;
            }

            if (!PyOps.SetAttr(ts, self, name, val))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>PySequence_Tuple</c>'s items: a tuple's or list's directly, else by iteration.</summary>
    internal static PyValue[]? SequenceToArray(ThreadState ts, PyValue x)
    {
        if (x.AsObject is PyTuple tuple)
        {
            return tuple.Items.ToArray();
        }

        var items = new List<PyValue>();
        var it = PyOps.GetIter(ts, x);
        if (it.IsError)
        {
            return null;
        }

        while (true)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r < 0)
            {
                return null;
            }

            if (r == 0)
            {
                return [.. items];
            }

            items.Add(item);
        }
    }

    /// <summary>A copy of a dict's items into a new dict (<c>PyDict_Copy</c>).</summary>
    internal static PyDict CopyDict(ThreadState ts, PyDict? source)
    {
        var copy = new PyDict();
        if (source is not null)
        {
            foreach (var (k, val) in source)
            {
                copy.SetItem(ts, k, val);
            }
        }

        return copy;
    }
}
