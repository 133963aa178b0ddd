using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_operator</c>: the operators as functions (over the abstract API in PyOps) and the
/// itemgetter/attrgetter/methodcaller types (<see cref="Getters"/>). <c>operator.py</c> imports it with <c>*</c>.
/// </summary>
internal sealed partial class OperatorModule : INativeModule
{
    private static readonly (string Name, NumberOp Op)[] s_binary =
    [
        ("add", NumberOp.Add), ("and_", NumberOp.And), ("floordiv", NumberOp.FloorDivide), ("lshift", NumberOp.Lshift),
        ("matmul", NumberOp.MatrixMultiply), ("mod", NumberOp.Remainder), ("mul", NumberOp.Multiply), ("or_", NumberOp.Or),
        ("rshift", NumberOp.Rshift), ("sub", NumberOp.Subtract), ("truediv", NumberOp.TrueDivide), ("xor", NumberOp.Xor),
    ];

    private static readonly (string Name, CompareOp Op)[] s_compare =
    [
        ("lt", CompareOp.Lt), ("le", CompareOp.Le), ("eq", CompareOp.Eq), ("ne", CompareOp.Ne), ("gt", CompareOp.Gt), ("ge", CompareOp.Ge),
    ];

    public string Name => "_operator";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_operator");
        m.Add("__doc__", NativeTypes.Str("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."));
        foreach (var (name, op) in s_binary)
        {
            Binary(m, name, (ts, a, b) => PyOps.BinaryOp(ts, a, b, op));
            Binary(m, "i" + name.TrimEnd('_'), (ts, a, b) => PyOps.InplaceOp(ts, a, b, op));
        }

        foreach (var (name, op) in s_compare)
        {
            Binary(m, name, (ts, a, b) => PyOps.RichCompare(ts, a, b, op));
        }

        Binary(m, "pow", static (ts, a, b) => PyOps.Power(ts, a, b, PyValue.None));
        Binary(m, "ipow", static (ts, a, b) => PyOps.InplaceOp(ts, a, b, NumberOp.Power));
        Binary(m, "concat", static (ts, a, b) => Concat(ts, a, b, inplace: false));
        Binary(m, "iconcat", static (ts, a, b) => Concat(ts, a, b, inplace: true));
        Binary(m, "is_", static (ts, a, b) => PyValue.FromBool(PyValue.Is(a, b)));
        Binary(m, "is_not", static (ts, a, b) => PyValue.FromBool(!PyValue.Is(a, b)));
        Binary(m, "contains", static (ts, a, b) => Bool(PyOps.Contains(ts, a, b)));
        Binary(m, "countOf", static (ts, a, b) => Count(PyOps.CountByIteration(ts, a, b)));
        Binary(m, "indexOf", static (ts, a, b) => Count(PyOps.IndexByIteration(ts, a, b)));
        Binary(m, "getitem", PyOps.GetItem);
        Binary(m, "delitem", static (ts, a, b) => PyOps.DelItem(ts, a, b) ? PyValue.None : PyValue.Error);
        m.AddFunction("setitem", static (ts, a, kw) =>
            !ArgParser.CheckPositional(ts, "setitem", a, kw, 3, 3) ? PyValue.Error
            : PyOps.SetItem(ts, a[0], a[1], a[2]) ? PyValue.None : PyValue.Error);
        Unary(m, "neg", PyOps.Negative);
        Unary(m, "pos", PyOps.Positive);
        Unary(m, "abs", PyOps.Absolute);
        Unary(m, "inv", PyOps.Invert);
        Unary(m, "invert", PyOps.Invert);
        Unary(m, "index", PyOps.Index);
        Unary(m, "truth", static (ts, a) => Bool(PyOps.IsTrue(ts, a)));
        Unary(m, "not_", static (ts, a) =>
        {
            var r = PyOps.IsTrue(ts, a);
            return r < 0 ? PyValue.Error : PyValue.FromBool(r == 0);
        });
        Unary(m, "is_none", static (ts, a) => PyValue.FromBool(a.IsNone));
        Unary(m, "is_not_none", static (ts, a) => PyValue.FromBool(!a.IsNone));
        m.AddFunction("length_hint", LengthHint);
        m.AddFunction("call", static (ts, a, kw) =>
        {
            if (a.Length - (kw?.Length ?? 0) < 1)
            {
                return ts.SetError(PyExc.TypeError, "call() missing 1 required positional argument: 'obj'");
            }

            return PyOps.Call(ts, a[0], a[1..], kw);
        });
        m.AddFunction("_compare_digest", CompareDigest);
        m.Add("itemgetter", PyValue.FromObject(Getters.ItemGetterType.Value));
        m.Add("attrgetter", PyValue.FromObject(Getters.AttrGetterType.Value));
        m.Add("methodcaller", PyValue.FromObject(Getters.MethodCallerType.Value));
        return m;
    }

    private static void Binary(PyModule m, string name, Func<ThreadState, PyValue, PyValue, PyValue> f) =>
        m.AddFunction(name, (ts, a, kw) => ArgParser.CheckPositional(ts, name, a, kw, 2, 2) ? f(ts, a[0], a[1]) : PyValue.Error);

    private static void Unary(PyModule m, string name, Func<ThreadState, PyValue, PyValue> f) =>
        m.AddFunction(name, (ts, a, kw) => f(ts, a[0]), NativeArity.One);

    private static PyValue Bool(int r) => r < 0 ? PyValue.Error : PyValue.FromBool(r > 0);

    private static PyValue Count(long r) => r < 0 ? PyValue.Error : PyValue.FromInt64(r);

    // PySequence_Concat / InPlaceConcat: only for sequences ("'int' object can't be concatenated").
    private static PyValue Concat(ThreadState ts, PyValue a, PyValue b, bool inplace)
    {
        if (a.Type.GetItem is null || a.AsObject is PyDict)
        {
            return ts.SetError(PyExc.TypeError, "'" + a.Type.Name + "' object can't be concatenated");
        }

        return inplace ? PyOps.InplaceOp(ts, a, b, NumberOp.Add) : PyOps.BinaryOp(ts, a, b, NumberOp.Add);
    }
}
