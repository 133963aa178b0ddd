namespace ProtoPython.Objects;

/// <summary>
/// int and bool slots over <see cref="PyInt"/>. Minimal for now (arithmetic, comparison, repr,
/// hash, truth, index, the constructor's common forms); the methods come in <c>IntType.Methods.cs</c>.
/// </summary>
internal static partial class IntType
{
    /// <summary>Implemented in the type's other files: its methods and attributes.</summary>
    static partial void InstallMethods();

    public static void Install()
    {
        var t = PyType.Int;
        t.Repr = PyInt.Repr;
        // long_richcompare: ints only; int-float comparisons are float's slot (reflected).
        t.RichCompare = static (ts, a, b, op) => PyInt.IsInt(a) && PyInt.IsInt(b) ? PyInt.RichCompare(a, b, op) : PyValue.NotImplemented;
        t.ToBool = static (ts, v) => PyInt.IsTrue(v) ? 1 : 0;
        t.Index = static (ts, v) => PyInt.Exact(v);
        t.ToInt = t.Index;
        t.ToFloat = static (ts, v) => PyInt.ToFloat(ts, v);
        t.Negative = static (ts, v) => PyInt.Negative(v);
        t.Positive = static (ts, v) => PyInt.Positive(v);
        t.Absolute = static (ts, v) => PyInt.Absolute(v);
        t.Invert = static (ts, v) => PyInt.Invert(v);
        Both(t, NumberOp.Add, static (ts, a, b) => PyInt.Add(a, b));
        Both(t, NumberOp.Subtract, static (ts, a, b) => PyInt.Subtract(a, b));
        Both(t, NumberOp.Multiply, static (ts, a, b) => PyInt.Multiply(a, b));
        Both(t, NumberOp.FloorDivide, PyInt.FloorDivide);
        Both(t, NumberOp.Remainder, PyInt.Remainder);
        Both(t, NumberOp.TrueDivide, PyInt.TrueDivide);
        Both(t, NumberOp.Power, static (ts, a, b) => PyInt.Power(ts, a, b));
        Both(t, NumberOp.And, static (ts, a, b) => PyInt.And(a, b));
        Both(t, NumberOp.Or, static (ts, a, b) => PyInt.Or(a, b));
        Both(t, NumberOp.Xor, static (ts, a, b) => PyInt.Xor(a, b));
        Both(t, NumberOp.Lshift, PyInt.LeftShift);
        Both(t, NumberOp.Rshift, PyInt.RightShift);
        t.Power = static (ts, a, b, m) => PyInt.IsInt(a) && PyInt.IsInt(b) && (m.IsNone || PyInt.IsInt(m))
            ? (m.IsNone ? PyInt.Power(ts, a, b) : PyInt.Power(ts, a, b, m)) : PyValue.NotImplemented;
        t.New = New;
        t.AddMethod("__divmod__", static (ts, a, kw) => PyInt.IsInt(a[1]) ? PyInt.DivMod(ts, a[0], a[1]) : PyValue.NotImplemented, NativeArity.One);
        t.AddMethod("__rdivmod__", static (ts, a, kw) => PyInt.IsInt(a[1]) ? PyInt.DivMod(ts, a[1], a[0]) : PyValue.NotImplemented, NativeArity.One);

        var b = PyType.Bool;
        b.Repr = static (ts, v) => PyValue.FromObject(PyStr.Intern(v.RawBits != 0 ? "True" : "False"));
        b.New = static (ts, type, args, kw) =>
        {
            if (kw is { Length: > 0 })
            {
                return ts.SetError(PyExc.TypeError, "bool() takes no keyword arguments");
            }

            if (args.Length > 1)
            {
                return ts.SetError(PyExc.TypeError, "bool expected at most 1 argument, got " + args.Length);
            }

            if (args.Length == 0)
            {
                return PyValue.False;
            }

            var r = PyOps.IsTrue(ts, args[0]);
            return r < 0 ? PyValue.Error : PyValue.FromBool(r > 0);
        };
        BoolOp(b, NumberOp.And, static (x, y) => x & y);
        BoolOp(b, NumberOp.Or, static (x, y) => x | y);
        BoolOp(b, NumberOp.Xor, static (x, y) => x ^ y);

        InstallMethods();
    }

    // The slot serves both operand orders: it declines (NotImplemented) unless both are ints.
    private static void Both(PyType t, NumberOp op, BinaryFunc f) =>
        t.Number[(int)op] = (ts, a, b) => PyInt.IsInt(a) && PyInt.IsInt(b) ? f(ts, a, b) : PyValue.NotImplemented;

    private static void BoolOp(PyType t, NumberOp op, Func<long, long, long> f)
    {
        var intSlot = PyType.Int.Number[(int)op]!;
        t.Number[(int)op] = (ts, a, b) => a.IsBool && b.IsBool ? PyValue.FromBool(f(a.RawBits, b.RawBits) != 0) : intSlot(ts, a, b);
    }
}
