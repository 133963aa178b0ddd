namespace ProtoPython.Objects;

/// <summary>StopIteration, SystemExit, ImportError, AttributeError, NameError: their fields and constructors.</summary>
internal static partial class ExceptionTypes
{
    private static void InstallFieldTypes()
    {
        var stop = PyExc.StopIteration;
        stop.Init = static (ts, self, args, kw) =>
        {
            if (!BaseInit(ts, self, args, kw))
            {
                return false;
            }

            var e = (PyStopIteration)self.AsObject;
            e.Value = e.Args.Length > 0 ? e.Args[0] : PyValue.None;
            return true;
        };
        Field<PyStopIteration>(stop, "value", static e => e.Value, static (e, v) => e.Value = v);

        var exit = PyExc.SystemExit;
        exit.Init = static (ts, self, args, kw) =>
        {
            if (!BaseInit(ts, self, args, kw))
            {
                return false;
            }

            var e = (PySystemExit)self.AsObject;
            e.Code = e.Args.Length switch
            {
                0 => PyValue.None,
                1 => e.Args[0],
                _ => PyValue.FromObject(e.Args),
            };
            return true;
        };
        Field<PySystemExit>(exit, "code", static e => e.Code, static (e, v) => e.Code = v);

        InstallImportError();
        InstallNameErrors();
    }

    private static void InstallImportError()
    {
        var t = PyExc.ImportError;
        t.Init = static (ts, self, args, kw) =>
        {
            var values = new PyValue[3];
            if (!KeywordOnly(ts, "ImportError", args, kw, ["name", "path", "name_from"], values))
            {
                return false;
            }

            var e = (PyImportError)self.AsObject;
            e.Args = Positional(args, kw);
            e.Name = values[0];
            e.Path = values[1];
            e.NameFrom = values[2];
            e.Msg = e.Args.Length == 1 ? e.Args[0] : PyValue.Null;
            return true;
        };
        t.ToStr = static (ts, v) => v.AsObject is PyImportError { Msg: { IsNull: false } m } && ReferenceEquals(m.Type, PyType.Str) ? m : BaseStr(ts, v);
        Field<PyImportError>(t, "msg", static e => e.Msg, static (e, v) => e.Msg = v);
        Field<PyImportError>(t, "name", static e => e.Name, static (e, v) => e.Name = v);
        Field<PyImportError>(t, "path", static e => e.Path, static (e, v) => e.Path = v);
        Field<PyImportError>(t, "name_from", static e => e.NameFrom, static (e, v) => e.NameFrom = v);
        t.AddMethod0("__reduce__", static (ts, self) =>
        {
            var e = (PyImportError)self.AsObject;
            var dict = e.GetDict(false);
            PyDict? state = dict;
            if (!e.Name.IsNull || !e.Path.IsNull || !e.NameFrom.IsNull)
            {
                state = CopyDict(ts, dict);
                SetIfPresent(state, "name", e.Name);
                SetIfPresent(state, "path", e.Path);
                SetIfPresent(state, "name_from", e.NameFrom);
            }

            var type = PyValue.FromObject(e.Type);
            return PyValue.FromObject(state is null
                ? new PyTuple([type, PyValue.FromObject(e.Args)])
                : new PyTuple([type, PyValue.FromObject(e.Args), PyValue.FromObject(state)]));
        });
    }

    private static void InstallNameErrors()
    {
        var attr = PyExc.AttributeError;
        attr.Init = static (ts, self, args, kw) =>
        {
            var values = new PyValue[2];
            if (!KeywordOnly(ts, "AttributeError", args, kw, ["name", "obj"], values))
            {
                return false;
            }

            var e = (PyAttributeError)self.AsObject;
            e.Args = Positional(args, kw);
            e.Name = values[0];
            e.Obj = values[1];
            return true;
        };
        Field<PyAttributeError>(attr, "name", static e => e.Name, static (e, v) => e.Name = v);
        Field<PyAttributeError>(attr, "obj", static e => e.Obj, static (e, v) => e.Obj = v);
        attr.AddMethod0("__getstate__", static (ts, self) => AttributeErrorState(ts, (PyAttributeError)self.AsObject));
        attr.AddMethod0("__reduce__", static (ts, self) =>
        {
            var e = (PyAttributeError)self.AsObject;
            var state = AttributeErrorState(ts, e);
            return PyValue.FromObject(new PyTuple([PyValue.FromObject(e.Type), PyValue.FromObject(e.Args), state]));
        });

        var name = PyExc.NameError;
        name.Init = static (ts, self, args, kw) =>
        {
            var values = new PyValue[1];
            if (!KeywordOnly(ts, "NameError", args, kw, ["name"], values))
            {
                return false;
            }

            var e = (PyNameError)self.AsObject;
            e.Args = Positional(args, kw);
            e.Name = values[0];
            return true;
        };
        Field<PyNameError>(name, "name", static e => e.Name, static (e, v) => e.Name = v);
    }

    // The state pickles name and args but never obj (gh-103352).
    private static PyValue AttributeErrorState(ThreadState ts, PyAttributeError e)
    {
        var state = CopyDict(ts, e.GetDict(false));
        SetIfPresent(state, "name", e.Name);
        state.SetStr(PyStr.Intern("args"), PyValue.FromObject(e.Args));
        return PyValue.FromObject(state);
    }

    private static void SetIfPresent(PyDict d, string key, PyValue v)
    {
        if (!v.IsNull)
        {
            d.SetStr(PyStr.Intern(key), v);
        }
    }

    /// <summary>A CPython T_OBJECT member: reads None for NULL, deleting stores NULL.</summary>
    private static void Field<T>(PyType t, string name, Func<T, PyValue> get, Action<T, PyValue> set)
        where T : PyBaseException =>
        t.AddGetSet(name, (ts, v) => OrNone(get((T)v.AsObject)), (ts, v, x) =>
        {
            set((T)v.AsObject, x);
            return true;
        });

    /// <summary>
    /// Keyword-only parameters <paramref name="names"/> ("|$O..:Func" in CPython's format): fills
    /// <paramref name="values"/> (Null when absent). Positional arguments are the caller's.
    /// </summary>
    private static bool KeywordOnly(ThreadState ts, string func, ReadOnlySpan<PyValue> args, PyTuple? kw, string[] names, PyValue[] values)
    {
        if (kw is null)
        {
            return true;
        }

        var npos = args.Length - kw.Length;
        for (var i = 0; i < kw.Length; i++)
        {
            var key = ((PyStr)kw[i].AsObject).Value;
            var index = Array.IndexOf(names, key);
            if (index < 0)
            {
                ts.SetError(PyExc.TypeError, func + "() got an unexpected keyword argument '" + key + "'" + KeywordSuggestions.Hint(names, key));
                return false;
            }

            values[index] = args[npos + i];
        }

        return true;
    }
}
