namespace ProtoPython.Objects;

/// <summary>float slots over <see cref="PyFloat"/>; methods come in <c>FloatType.Methods.cs</c>.</summary>
internal static partial class FloatType
{
    /// <summary>Implemented in the type's other files: its methods and attributes.</summary>
    static partial void InstallMethods();

    public static void Install()
    {
        var t = PyType.Float;
        t.Repr = static (ts, v) => PyValue.FromObject(new PyStr(PyFloat.Repr(v)));
        t.RichCompare = static (ts, a, b, op) => PyFloat.RichCompare(a, b, op);
        t.ToBool = static (ts, v) => PyFloat.IsTrue(v) ? 1 : 0;
        t.ToFloat = static (ts, v) => v;
        t.ToInt = static (ts, v) => PyInt.FromDouble(ts, Math.Truncate(v.AsDouble));
        t.Negative = static (ts, v) => PyFloat.Negative(v);
        t.Positive = static (ts, v) => v;
        t.Absolute = static (ts, v) => PyFloat.Absolute(v);
        t.Number[(int)NumberOp.Add] = PyFloat.Add;
        t.Number[(int)NumberOp.Subtract] = PyFloat.Subtract;
        t.Number[(int)NumberOp.Multiply] = PyFloat.Multiply;
        t.Number[(int)NumberOp.TrueDivide] = PyFloat.TrueDivide;
        t.Number[(int)NumberOp.FloorDivide] = PyFloat.FloorDivide;
        t.Number[(int)NumberOp.Remainder] = PyFloat.Remainder;
        t.Number[(int)NumberOp.Power] = PyFloat.Power;
        t.Power = static (ts, a, b, m) => m.IsNone ? PyFloat.Power(ts, a, b) : ts.SetError(PyExc.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        t.AddMethod("__divmod__", static (ts, a, kw) => PyFloat.DivMod(ts, a[0], a[1]), NativeArity.One);
        t.AddMethod("__rdivmod__", static (ts, a, kw) => PyFloat.DivMod(ts, a[1], a[0]), NativeArity.One);
        t.New = static (ts, type, args, kw) =>
        {
            if (kw is { Length: > 0 })
            {
                return ts.SetError(PyExc.TypeError, "float() takes no keyword arguments");
            }

            if (args.Length > 1)
            {
                return ts.SetError(PyExc.TypeError, "float expected at most 1 argument, got " + args.Length);
            }

            if (args.Length == 0)
            {
                return PyValue.FromDouble(0.0);
            }

            var x = args[0];
            if (x.IsFloat)
            {
                return x;
            }

            if (PyInt.IsInt(x))
            {
                return PyInt.ToFloat(ts, x);
            }

            if (x.AsObject is PyStr s)
            {
                return PyFloat.FromString(ts, s.Value);
            }

            if (x.Type.ToFloat is { } f)
            {
                var r = f(ts, x);
                return r.IsError || r.IsFloat ? r : ts.SetError(PyExc.TypeError, x.Type.Name + ".__float__ returned non-float (type " + r.Type.Name + ")");
            }

            if (x.Type.Index is not null)
            {
                var i = PyOps.Index(ts, x);
                return i.IsError ? i : PyInt.ToFloat(ts, i);
            }

            return ts.SetError(PyExc.TypeError, "float() argument must be a string or a real number, not '" + x.Type.Name + "'");
        };

        InstallMethods();
    }
}
