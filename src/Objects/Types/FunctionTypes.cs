namespace ProtoPython.Objects;

/// <summary>function, method, cell and module.</summary>
internal static partial class FunctionTypes
{
    public static void Install()
    {
        InstallFunction();
        InstallMethod();
        InstallModule();
        var cell = PyType.Cell;
        InstallConstructors();
        cell.AddGetSet("cell_contents", static (ts, v) => ((PyCell)v.AsObject).Value is { IsNull: false } x ? x : ts.SetError(PyExc.ValueError, "Cell is empty"),
            static (ts, v, x) =>
            {
                ((PyCell)v.AsObject).Value = x;
                return true;
            });
    }

    private static PyFunction F(PyValue v) => (PyFunction)v.AsObject;

    private static void InstallFunction()
    {
        var t = PyType.Function;
        // Hot call slots are lambdas, not static method groups: a delegate to a static method is
        // invoked through a shuffle thunk (1-1.4% of C#-to-Python calls in a profile).
        t.Call = (ts, callable, args, kwnames) => PyFunction.CallSlot(ts, callable, args, kwnames);
        t.DescrGet = PyFunction.DescrGetSlot;
        t.New = FunctionNew.New;
        t.Repr = static (ts, v) => PyValue.FromObject(new PyStr("<function " + F(v).QualName.Value + " at 0x" + PyOps.AddressOf(v).ToString("x", System.Globalization.CultureInfo.InvariantCulture) + ">"));
        t.AddGetSet("__name__", static (ts, v) => PyValue.FromObject(F(v).Name), static (ts, v, x) => SetStrAttr(ts, x, "__name__", s => F(v).Name = s));
        t.AddGetSet("__qualname__", static (ts, v) => PyValue.FromObject(F(v).QualName), static (ts, v, x) => SetStrAttr(ts, x, "__qualname__", s => F(v).QualName = s));
        t.AddGetSet("__code__", static (ts, v) => PyValue.FromObject(F(v).Code), static (ts, v, x) =>
        {
            if (x.AsObject is not PyCode c)
            {
                ts.SetError(PyExc.TypeError, "__code__ must be set to a code object");
                return false;
            }

            var closureLength = F(v).Closure?.Length ?? 0;
            if (c.NFree != closureLength)
            {
                ts.SetError(PyExc.ValueError, F(v).Name.Value + "() requires a code object with " + closureLength + " free vars, not " + c.NFree);
                return false;
            }

            F(v).SetCode(c);
            return true;
        });
        t.AddGetSet("__defaults__", static (ts, v) => F(v).Defaults is { } d ? PyValue.FromObject(d) : PyValue.None, static (ts, v, x) =>
        {
            if (!x.IsNull && !x.IsNone && x.AsObject is not PyTuple)
            {
                ts.SetError(PyExc.TypeError, "__defaults__ must be set to a tuple object");
                return false;
            }

            F(v).SetDefaults(x.AsObject as PyTuple);
            return true;
        });
        t.AddGetSet("__kwdefaults__", static (ts, v) => F(v).KwDefaults is { } d ? PyValue.FromObject(d) : PyValue.None, static (ts, v, x) =>
        {
            if (!x.IsNull && !x.IsNone && x.AsObject is not PyDict)
            {
                ts.SetError(PyExc.TypeError, "__kwdefaults__ must be set to a dict object");
                return false;
            }

            F(v).SetKwDefaults(x.AsObject as PyDict);
            return true;
        });
        t.AddGetSet("__globals__", static (ts, v) => PyValue.FromObject(F(v).Globals));
        t.AddGetSet("__builtins__", static (ts, v) => PyValue.FromObject(F(v).Builtins));
        t.AddGetSet("__closure__", static (ts, v) =>
        {
            if (F(v).Closure is not { } cells)
            {
                return PyValue.None;
            }

            var items = new PyValue[cells.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                items[i] = PyValue.FromObject(cells[i]);
            }

            return PyValue.FromObject(new PyTuple(items));
        });
        t.AddGetSet("__doc__", static (ts, v) => F(v).Doc, static (ts, v, x) =>
        {
            F(v).Doc = x.IsNull ? PyValue.None : x;
            return true;
        });
        t.AddGetSet("__module__", static (ts, v) => F(v).Module, static (ts, v, x) =>
        {
            F(v).Module = x.IsNull ? PyValue.None : x;
            return true;
        });
        t.AddGetSet("__dict__", static (ts, v) => PyValue.FromObject(F(v).GetDict(true)!), static (ts, v, x) =>
        {
            if (x.AsObject is not PyDict d)
            {
                ts.SetError(PyExc.TypeError, "__dict__ must be set to a dictionary, not a '" + x.Type.Name + "'");
                return false;
            }

            F(v).SetDict(d);
            return true;
        });
        t.AddGetSet("__annotations__", GetAnnotations, static (ts, v, x) =>
        {
            // func_set_annotations: a dict, or None/del to forget; either way __annotate__ goes.
            if (!x.IsNull && !x.IsNone && x.AsObject is not PyDict)
            {
                ts.SetError(PyExc.TypeError, "__annotations__ must be set to a dict object");
                return false;
            }

            F(v).Annotations = x.IsNone ? PyValue.Null : x;
            F(v).Annotate = PyValue.None;
            return true;
        });
        t.AddGetSet("__annotate__", static (ts, v) => F(v).Annotate, static (ts, v, x) =>
        {
            if (x.IsNull)
            {
                ts.SetError(PyExc.TypeError, "__annotate__ cannot be deleted");
                return false;
            }

            if (!x.IsNone && x.Type.Call is null)
            {
                ts.SetError(PyExc.TypeError, "__annotate__ must be callable or None");
                return false;
            }

            F(v).Annotate = x;
            if (!x.IsNone)
            {
                F(v).Annotations = PyValue.Null;
            }

            return true;
        });
        t.AddGetSet("__type_params__", static (ts, v) => F(v).TypeParams.IsNull ? PyValue.FromObject(PyTuple.Empty) : F(v).TypeParams, static (ts, v, x) =>
        {
            F(v).TypeParams = x;
            return true;
        });
    }

    // func_get_annotations: the cached dict, else __annotate__(1) (VALUE format), cached only when it succeeds.
    private static PyValue GetAnnotations(ThreadState ts, PyValue v)
    {
        var f = F(v);
        if (!f.Annotations.IsNull)
        {
            return f.Annotations;
        }

        if (f.Annotate.IsNone || f.Annotate.IsNull || f.Annotate.Type.Call is null)
        {
            f.Annotations = PyValue.FromObject(new PyDict());
            return f.Annotations;
        }

        var d = PyOps.Call1(ts, f.Annotate, PyValue.FromInt64(1));
        if (d.IsError)
        {
            return d;
        }

        if (d.AsObject is not PyDict)
        {
            return ts.SetError(PyExc.TypeError, "__annotate__ returned non-dict of type '" + d.Type.Name + "'");
        }

        f.Annotations = d;
        return d;
    }

    private static bool SetStrAttr(ThreadState ts, PyValue x, string name, Action<PyStr> set)
    {
        if (x.AsObject is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, name + " must be set to a string object");
            return false;
        }

        set(s);
        return true;
    }

    private static void InstallMethod()
    {
        var t = PyType.Method;
        t.Call = (ts, callable, args, kwnames) => PyMethod.CallSlot(ts, callable, args, kwnames);

        // method(function, instance): types.MethodType, used by weakref.WeakMethod.
        t.New = static (ts, type, args, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "method", args, kw, 2, 2))
            {
                return PyValue.Error;
            }

            if (args[0].Type.Call is null)
            {
                return ts.SetError(PyExc.TypeError, "first argument must be callable");
            }

            return args[1].IsNone
                ? ts.SetError(PyExc.TypeError, "instance must not be None")
                : PyValue.FromObject(new PyMethod(args[0], args[1]));
        };
        t.GetAttr = static (ThreadState ts, PyValue v, PyStr name, out PyValue value) =>
        {
            // Attributes the method type does not define come from the function (__name__, __doc__...).
            var r = PyOps.GenericGetAttr(ts, v, name, out value);
            return r != 0 ? r : PyOps.TryGetAttr(ts, ((PyMethod)v.AsObject).Function, name, out value);
        };
        t.DescrGet = static (ts, d, inst, owner) => d;
        t.AddGetSet("__func__", static (ts, v) => ((PyMethod)v.AsObject).Function);
        t.AddGetSet("__self__", static (ts, v) => ((PyMethod)v.AsObject).Self);
        t.AddGetSet("__doc__", static (ts, v) => PyOps.GetAttr(ts, ((PyMethod)v.AsObject).Function, Names.Doc));
        t.Repr = static (ts, v) =>
        {
            var m = (PyMethod)v.AsObject;
            // method_repr: __qualname__, else __name__, else "?".
            var name = PyOps.TryGetAttr(ts, m.Function, Names.QualName, out var q) > 0 && q.AsObject is PyStr qs ? qs.Value
                : PyOps.TryGetAttr(ts, m.Function, Names.Name, out var n) > 0 && n.AsObject is PyStr ns ? ns.Value : "?";
            var self = PyOps.Repr(ts, m.Self);
            return self is null ? PyValue.Error : PyValue.FromObject(new PyStr("<bound method " + name + " of " + self.Value + ">"));
        };
        t.RichCompare = static (ts, a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || b.AsObject is not PyMethod mb)
            {
                return PyValue.NotImplemented;
            }

            var ma = (PyMethod)a.AsObject;
            var eq = PyValue.Is(ma.Self, mb.Self) && PyValue.Is(ma.Function, mb.Function);
            return PyValue.FromBool(op == CompareOp.Eq ? eq : !eq);
        };
        t.HashFunction = static (ThreadState ts, PyValue v, out long h) =>
        {
            var m = (PyMethod)v.AsObject;
            h = PyOps.AddressOf(m.Self) ^ PyOps.AddressOf(m.Function);
            return true;
        };
    }

    private static void InstallModule()
    {
        var t = PyType.Module;
        t.GetAttr = static (ThreadState ts, PyValue v, PyStr name, out PyValue value) =>
        {
            var r = PyOps.GenericGetAttr(ts, v, name, out value);
            if (r != 0)
            {
                return r;
            }

            var dict = ((PyModule)v.AsObject).Dict;
            if (dict.TryGetStr(Names.GetAttr, out var hook))
            {
                value = PyOps.Call1(ts, hook, PyValue.FromObject(name));
                return value.IsError ? -1 : 1;
            }

            return 0;
        };
        t.Repr = static (ts, v) =>
        {
            var m = (PyModule)v.AsObject;
            var file = m.Dict.TryGetStr(Names.File, out var f) && f.AsObject is PyStr fs ? " from '" + fs.Value + "'" : " (built-in)";
            return PyValue.FromObject(new PyStr("<module '" + m.Name + "'" + file + ">"));
        };
        t.New = static (ts, type, args, kw) => PyValue.FromObject(new PyModule("?"));
        t.AddMethod0("__dir__", DirMethods.ModuleDir);
        t.Init = static (ts, self, args, kw) =>
        {
            if (args.Length < 1 || args[0].AsObject is not PyStr name)
            {
                ts.SetError(PyExc.TypeError, "module.__init__() argument 'name' must be str");
                return false;
            }

            var m = (PyModule)self.AsObject;
            m.Dict.SetStr(Names.Name, args[0]);
            m.Dict.SetStr(Names.Doc, args.Length > 1 ? args[1] : PyValue.None);
            _ = name;
            return true;
        };
        t.AddGetSet("__dict__", static (ts, v) => PyValue.FromObject(((PyModule)v.AsObject).Dict));
    }
}
