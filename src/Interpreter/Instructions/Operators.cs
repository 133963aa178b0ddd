using System.Runtime.CompilerServices;
using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>BINARY_OP and COMPARE_OP: inline int/float fast paths, then the generic protocol.</summary>
internal static class Operators
{
    private const int Subscr = 26;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue BinaryOp(ThreadState ts, PyValue a, PyValue b, int oparg)
    {
        if (a.IsInt64 && b.IsInt64)
        {
            long x = a.AsInt64, y = b.AsInt64, r;
            switch (oparg)
            {
                case (int)NumberOp.Add:
                case (int)NumberOp.Add + NumberOps.InplaceOffset:
                    if (!Overflows(r = unchecked(x + y), x, y))
                    {
                        return PyValue.FromInt64(r);
                    }

                    break;
                case (int)NumberOp.Subtract:
                case (int)NumberOp.Subtract + NumberOps.InplaceOffset:
                    r = unchecked(x - y);
                    if (((x ^ y) & (x ^ r)) >= 0)
                    {
                        return PyValue.FromInt64(r);
                    }

                    break;
            }
        }
        else if (a.IsFloat && b.IsFloat)
        {
            switch (oparg)
            {
                case (int)NumberOp.Add:
                case (int)NumberOp.Add + NumberOps.InplaceOffset:
                    return PyValue.FromDouble(a.AsDouble + b.AsDouble);
                case (int)NumberOp.Subtract:
                case (int)NumberOp.Subtract + NumberOps.InplaceOffset:
                    return PyValue.FromDouble(a.AsDouble - b.AsDouble);
                case (int)NumberOp.Multiply:
                case (int)NumberOp.Multiply + NumberOps.InplaceOffset:
                    return PyValue.FromDouble(a.AsDouble * b.AsDouble);
            }
        }

        return BinaryOpSlow(ts, a, b, oparg);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Overflows(long r, long x, long y) => ((x ^ r) & (y ^ r)) < 0;

    private static PyValue BinaryOpSlow(ThreadState ts, PyValue a, PyValue b, int oparg)
    {
        if (oparg == Subscr)
        {
            return PyOps.GetItem(ts, a, b);
        }

        return oparg < NumberOps.InplaceOffset
            ? PyOps.BinaryOp(ts, a, b, (NumberOp)oparg)
            : PyOps.InplaceOp(ts, a, b, (NumberOp)(oparg - NumberOps.InplaceOffset));
    }

    /// <summary>COMPARE_OP: oparg &gt;&gt; 5 is the operator; bit 4 asks for a bool result.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Compare(ThreadState ts, PyValue a, PyValue b, int oparg)
    {
        var op = (CompareOp)(oparg >> 5);
        if (a.IsInt64 && b.IsInt64)
        {
            return PyValue.FromBool(op.Holds(a.AsInt64.CompareTo(b.AsInt64)));
        }

        if (a.IsFloat && b.IsFloat)
        {
            double x = a.AsDouble, y = b.AsDouble;
            return PyValue.FromBool(op.Apply(x, y));
        }

        var res = PyOps.RichCompare(ts, a, b, op);
        if ((oparg & 16) != 0 && !res.IsError && !res.IsBool)
        {
            var t = PyOps.IsTrue(ts, res);
            return t < 0 ? PyValue.Error : PyValue.FromBool(t > 0);
        }

        return res;
    }
}
