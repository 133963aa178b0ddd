using ProtoPython.Objects;
using ThreadState = ProtoPython.Objects.ThreadState;

namespace ProtoPython.Runtime.Tests;

/// <summary>
/// The fixture classes of tools/runtime/record_builtins.py, built the way a class statement would
/// (<c>type(name, bases, ns)</c>) with C# methods in place of the Python ones. Instances carry
/// their constructor arguments in <c>_args</c>, as the Python fixtures do.
/// </summary>
internal static class Fixtures
{
    private static readonly Dictionary<string, PyValue> s_classes = Build();

    public static PyValue Class(string name) => s_classes[name];

    /// <summary>An instance of fixture <paramref name="name"/> made from <paramref name="args"/>.</summary>
    public static PyValue Instance(ThreadState ts, string name, PyValue[] args)
    {
        var obj = PyOps.Call0(ts, s_classes[name]);
        Check(ts, obj);
        if (name is "Anything" or "Base" or "Derived")
        {
            return obj;
        }

        Set(ts, obj, "_args", PyValue.FromObject(new PyTuple(args)));
        if (name == "WithAttrs")
        {
            Set(ts, obj, "x", PyValue.FromInt64(1));
            Set(ts, obj, "y", PyValue.FromInt64(2));
        }

        return obj;
    }

    private static Dictionary<string, PyValue> Build()
    {
        var ts = new ThreadState();
        var classes = new Dictionary<string, PyValue>();
        var fixture = MakeClass(ts, "Fixture", PyType.Object, []);
        classes["Num"] = MakeClass(ts, "Num", fixture, [
            ("__index__", Method0(static (ts, self) => Arg(ts, self))),
            ("__repr__", Method0(static (ts, self) => PyOps.Repr(ts, Arg(ts, self)) is { } r ? Str("Num(" + r.Value + ")") : PyValue.Error)),
        ]);
        (string, PyValue) add = ("__add__", Method1(static (ts, self, other) =>
        {
            var sum = PyOps.BinaryOp(ts, Arg(ts, self), other, NumberOp.Add);
            return sum.IsError ? sum : Instance(ts, "Adder", [sum]);
        }));
        classes["Adder"] = MakeClass(ts, "Adder", fixture, [
            add,
            ("__radd__", add.Item2),
            ("__repr__", Method0(static (ts, self) => PyOps.Repr(ts, Arg(ts, self)) is { } r ? Str("Adder(" + r.Value + ")") : PyValue.Error)),
        ]);
        classes["Rounder"] = MakeClass(ts, "Rounder", fixture, [
            ("__round__", Method(static (ts, a, kw) =>
            {
                var items = new List<PyValue> { Str("round"), Arg(ts, a[0]) };
                items.AddRange(a[1..].ToArray());
                return PyValue.FromObject(new PyTuple([.. items]));
            })),
        ]);
        (string, PyValue)[] seq = [
            ("__len__", Method0(static (ts, self) => PyOps.Length(ts, Arg(ts, self)) is var n and >= 0 ? PyValue.FromInt64(n) : PyValue.Error)),
            ("__getitem__", Method1(static (ts, self, i) => PyOps.GetItem(ts, Arg(ts, self), i))),
        ];
        classes["Seq"] = MakeClass(ts, "Seq", fixture, seq);
        classes["Rev"] = MakeClass(ts, "Rev", fixture, [("__reversed__", Method0(static (ts, self) => Arg(ts, self)))]);
        classes["NoRev"] = MakeClass(ts, "NoRev", classes["Seq"], [("__reversed__", PyValue.None)]);
        classes["Fmt"] = MakeClass(ts, "Fmt", fixture, [("__format__", Method1(static (ts, self, spec) => Str("fmt:" + ((PyStr)spec.AsObject).Value)))]);
        classes["BadFmt"] = MakeClass(ts, "BadFmt", fixture, [("__format__", Method1(static (ts, self, spec) => PyValue.FromInt64(1)))]);
        classes["CountDown"] = MakeClass(ts, "CountDown", fixture, [("__call__", Method0(static (ts, self) =>
        {
            var n = PyOps.TryGetAttr(ts, self, PyStr.Intern("n"), out var v) > 0 ? v : Arg(ts, self);
            Set(ts, self, "n", PyValue.FromInt64(n.AsInt64 - 1));
            return n;
        }))]);
        classes["Boom"] = MakeClass(ts, "Boom", fixture, [
            ("__iter__", Method0(static (ts, self) => self)),
            ("__next__", Method0(static (ts, self) =>
            {
                if (PyOps.TryGetAttr(ts, self, PyStr.Intern("done"), out _) > 0)
                {
                    return ts.SetError(PyExc.ValueError, "boom");
                }

                Set(ts, self, "done", PyValue.True);
                return Arg(ts, self);
            })),
        ]);
        classes["Stopper"] = MakeClass(ts, "Stopper", fixture, [("__call__", Method0(static (ts, self) => ts.SetError(new PyBaseException(PyExc.StopIteration, []))))]);
        classes["WithAttrs"] = MakeClass(ts, "WithAttrs", fixture, [
            ("cls_attr", PyValue.FromInt64(1)),
            ("method", Method0(static (ts, self) => PyValue.None)),
        ]);
        var meta = MakeClass(ts, "Meta", PyValue.FromObject(PyType.TypeType), [
            ("__instancecheck__", Method1(static (ts, cls, inst) => PyValue.FromBool(inst.IsInt64 && inst.AsInt64 == 42))),
            ("__subclasscheck__", Method1(static (ts, cls, sub) => PyValue.FromBool(ReferenceEquals(sub.AsObject, PyType.Int)))),
        ]);
        classes["Anything"] = MakeClass(ts, "Anything", PyValue.FromObject(PyType.Object), [], meta);
        classes["Base"] = MakeClass(ts, "Base", PyValue.FromObject(PyType.Object), []);
        classes["Derived"] = MakeClass(ts, "Derived", classes["Base"], []);
        return classes;
    }

    private static PyValue MakeClass(ThreadState ts, string name, PyValue baseClass, (string Name, PyValue Value)[] members, PyValue metaclass = default)
    {
        var ns = new PyDict();
        ns.SetStr(Names.Module, Str("fixtures"));
        ns.SetStr(Names.QualName, Str(name));
        foreach (var (n, v) in members)
        {
            ns.SetStr(PyStr.Intern(n), v);
        }

        var meta = metaclass.IsNull ? PyValue.FromObject(PyType.TypeType) : metaclass;
        var cls = PyOps.Call(ts, meta, [Str(name), PyValue.FromObject(new PyTuple([baseClass])), PyValue.FromObject(ns)]);
        Check(ts, cls);
        return cls;
    }

    private static PyValue MakeClass(ThreadState ts, string name, PyType baseType, (string, PyValue)[] members) =>
        MakeClass(ts, name, PyValue.FromObject(baseType), members);

    // A C# method usable in a class dict: a method descriptor of object binds to any instance.
    private static PyValue Method(NativeFunction f, NativeArity arity = NativeArity.Any) =>
        PyValue.FromObject(new PyMethodDescriptor(PyType.Object, "fixture_method", f, arity, MethodKind.Method));

    private static PyValue Method0(Func<ThreadState, PyValue, PyValue> f) => Method((ts, a, kw) => f(ts, a[0]), NativeArity.NoArgs);

    private static PyValue Method1(Func<ThreadState, PyValue, PyValue, PyValue> f) => Method((ts, a, kw) => f(ts, a[0], a[1]), NativeArity.One);

    private static PyValue Arg(ThreadState ts, PyValue self) => ((PyTuple)PyOps.GetAttr(ts, self, PyStr.Intern("_args")).AsObject)[0];

    private static PyValue Str(string s) => PyValue.FromObject(new PyStr(s));

    private static void Set(ThreadState ts, PyValue obj, string name, PyValue value)
    {
        if (!PyOps.SetAttr(ts, obj, PyStr.Intern(name), value))
        {
            throw new InvalidOperationException("fixture setup: " + ts.FetchError());
        }
    }

    private static void Check(ThreadState ts, PyValue v)
    {
        if (v.IsError)
        {
            throw new InvalidOperationException("fixture setup: " + ts.FetchError());
        }
    }
}
