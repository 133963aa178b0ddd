namespace ProtoPython.Objects;

/// <summary>float slots over <see cref="PyFloat"/>; the constructor in <c>FloatType.New.cs</c>, methods in <c>FloatType.Methods.cs</c>.</summary>
internal static partial class FloatType
{
    /// <summary>Implemented in the type's other files: its methods and attributes.</summary>
    static partial void InstallMethods();

    public static void Install()
    {
        var t = PyType.Float;
        t.Repr = static (ts, v) => PyValue.FromObject(new PyStr(PyFloat.Repr(v)));
        t.HashFunction = static (ThreadState ts, PyValue v, out long h) =>
        {
            h = PyFloat.Hash(PyFloat.AsDouble(v));
            return true;
        };
        t.RichCompare = static (ts, a, b, op) => PyFloat.RichCompare(a, b, op);
        t.ToBool = static (ts, v) => PyFloat.IsTrue(v) ? 1 : 0;
        t.ToFloat = static (ts, v) => PyFloat.Exact(v);
        t.ToInt = static (ts, v) => PyInt.FromDouble(ts, Math.Truncate(PyFloat.AsDouble(v)));
        t.Negative = static (ts, v) => PyFloat.Negative(v);
        t.Positive = static (ts, v) => PyFloat.Exact(v);
        t.Absolute = static (ts, v) => PyFloat.Absolute(v);
        t.Number[(int)NumberOp.Add] = PyFloat.Add;
        t.Number[(int)NumberOp.Subtract] = PyFloat.Subtract;
        t.Number[(int)NumberOp.Multiply] = PyFloat.Multiply;
        t.Number[(int)NumberOp.TrueDivide] = PyFloat.TrueDivide;
        t.Number[(int)NumberOp.FloorDivide] = PyFloat.FloorDivide;
        t.Number[(int)NumberOp.Remainder] = PyFloat.Remainder;
        t.Number[(int)NumberOp.Power] = PyFloat.Power;
        t.Power = static (ts, a, b, m) => m.IsNone ? PyFloat.Power(ts, a, b)
            : !IsRealOperand(a) || !IsRealOperand(b) ? PyValue.NotImplemented
            : ts.SetError(PyExc.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        t.AddMethod("__divmod__", static (ts, a, kw) => PyFloat.DivMod(ts, a[0], a[1]), NativeArity.One);
        t.AddMethod("__rdivmod__", static (ts, a, kw) => PyFloat.DivMod(ts, a[1], a[0]), NativeArity.One);
        t.New = New;
        InstallMethods();
    }

    // float_pow's CONVERT_TO_DOUBLE: ints and floats (subclasses included); anything else is NotImplemented.
    private static bool IsRealOperand(PyValue v) => PyFloat.IsFloat(v) || PyInt.IsInt(v);
}