namespace ProtoPython.Objects;

public static partial class PyOps
{
    /// <summary>
    /// <c>a op b</c> for BINARY_OP's operators (<c>binary_op1</c>): the left operand's slot, unless
    /// the right operand's type is a subclass with its own slot, which goes first. Slots return
    /// NotImplemented for operands that are not theirs.
    /// </summary>
    public static PyValue BinaryOp(ThreadState ts, PyValue a, PyValue b, NumberOp op)
    {
        var r = BinaryOp1(ts, a, b, (int)op);
        if (r.IsNotImplemented)
        {
            return SequenceOperandError(ts, a, b, (int)op) ?? RaiseUnsupported(ts, a, b, NumberOps.Symbol((int)op));
        }

        return r;
    }

    /// <summary>
    /// CPython's messages when + or * fall back to sq_concat/sq_repeat and fail:
    /// 'can only concatenate list (not "int") to list', "can't multiply sequence by non-int of type 'float'".
    /// Null when the operands are not sequences.
    /// </summary>
    private static PyValue? SequenceOperandError(ThreadState ts, PyValue a, PyValue b, int slot)
    {
        static bool IsSequence(PyType t) => t.HasFlag(TypeFlags.ListSubclass) || t.HasFlag(TypeFlags.TupleSubclass) || t.HasFlag(TypeFlags.StrSubclass);
        var op = slot % NumberOps.InplaceOffset;
        if (op == (int)NumberOp.Add && IsSequence(a.Type))
        {
            var name = a.Type.HasFlag(TypeFlags.ListSubclass) ? "list" : a.Type.HasFlag(TypeFlags.TupleSubclass) ? "tuple" : "str";
            return ts.SetError(PyExc.TypeError, "can only concatenate " + name + " (not \"" + b.Type.TpName + "\") to " + name);
        }

        if (op == (int)NumberOp.Multiply && (IsSequence(a.Type) || IsSequence(b.Type)))
        {
            var count = IsSequence(a.Type) ? b : a;
            return ts.SetError(PyExc.TypeError, "can't multiply sequence by non-int of type '" + count.Type.Name + "'");
        }

        return null;
    }

    /// <summary><c>a op= b</c>: the left operand's in-place slot, then the binary operation.</summary>
    public static PyValue InplaceOp(ThreadState ts, PyValue a, PyValue b, NumberOp op)
    {
        if (a.Type.Number[(int)op + NumberOps.InplaceOffset] is { } inplace)
        {
            var r = inplace(ts, a, b);
            if (!r.IsNotImplemented)
            {
                return r;
            }
        }

        var r2 = BinaryOp1(ts, a, b, (int)op);
        if (r2.IsNotImplemented)
        {
            return SequenceOperandError(ts, a, b, (int)op) ?? RaiseUnsupported(ts, a, b, NumberOps.Symbol((int)op + NumberOps.InplaceOffset));
        }

        return r2;
    }

    private static PyValue BinaryOp1(ThreadState ts, PyValue a, PyValue b, int slot)
    {
        var ta = a.Type;
        var tb = b.Type;
        var fa = ta.Number[slot];
        var fb = ReferenceEquals(ta, tb) ? null : tb.Number[slot];
        if (ReferenceEquals(fa, fb))
        {
            fb = null;
        }

        if (fa is not null)
        {
            if (fb is not null && tb.IsSubtypeOf(ta))
            {
                var r = fb(ts, a, b);
                if (!r.IsNotImplemented)
                {
                    return r;
                }

                fb = null;
            }

            var x = fa(ts, a, b);
            if (!x.IsNotImplemented)
            {
                return x;
            }
        }

        return fb is not null ? fb(ts, a, b) : PyValue.NotImplemented;
    }

    /// <summary>"unsupported operand type(s) for +: 'int' and 'str'".</summary>
    public static PyValue RaiseUnsupported(ThreadState ts, PyValue a, PyValue b, string symbol) =>
        ts.SetError(PyExc.TypeError, "unsupported operand type(s) for " + symbol + ": '" + a.Type.Name + "' and '" + b.Type.Name + "'");

    /// <summary><c>pow(a, b, c)</c> (<c>PyNumber_Power</c> with a modulus): the three-argument slot of either operand.</summary>
    public static PyValue Power(ThreadState ts, PyValue a, PyValue b, PyValue modulus)
    {
        if (modulus.IsNone)
        {
            return BinaryOp(ts, a, b, NumberOp.Power);
        }

        // ternary_op: the right operand's slot first when its type is a subclass, then the
        // left's, the right's, and last the modulus's (float's gives "3rd argument not allowed").
        var fa = a.Type.Power;
        var fb = ReferenceEquals(a.Type, b.Type) ? null : b.Type.Power;
        if (ReferenceEquals(fb, fa))
        {
            fb = null;
        }

        PyValue r;
        if (fa is not null)
        {
            if (fb is not null && b.Type.IsSubtypeOf(a.Type))
            {
                r = fb(ts, a, b, modulus);
                if (!r.IsNotImplemented)
                {
                    return r;
                }

                fb = null;
            }

            r = fa(ts, a, b, modulus);
            if (!r.IsNotImplemented)
            {
                return r;
            }
        }

        if (fb is not null)
        {
            r = fb(ts, a, b, modulus);
            if (!r.IsNotImplemented)
            {
                return r;
            }
        }

        var fz = modulus.Type.Power;
        if (fz is not null && !ReferenceEquals(fz, fa) && !ReferenceEquals(fz, fb))
        {
            r = fz(ts, a, b, modulus);
            if (!r.IsNotImplemented)
            {
                return r;
            }
        }

        return ts.SetError(PyExc.TypeError, "unsupported operand type(s) for ** or pow(): '" + a.Type.Name + "', '" + b.Type.Name + "', '" + modulus.Type.Name + "'");
    }

    public static PyValue Negative(ThreadState ts, PyValue v) =>
        v.IsInt64 && v.RawBits != long.MinValue ? PyValue.FromInt64(-v.RawBits) : Unary(ts, v, v.Type.Negative, "-");

    public static PyValue Positive(ThreadState ts, PyValue v) => Unary(ts, v, v.Type.Positive, "+");

    public static PyValue Invert(ThreadState ts, PyValue v) =>
        v.IsInt64 ? PyValue.FromInt64(~v.RawBits) : Unary(ts, v, v.Type.Invert, "~");

    public static PyValue Absolute(ThreadState ts, PyValue v)
    {
        if (v.Type.Absolute is { } f)
        {
            return f(ts, v);
        }

        return ts.SetError(PyExc.TypeError, "bad operand type for abs(): '" + v.Type.Name + "'");
    }

    private static PyValue Unary(ThreadState ts, PyValue v, UnaryFunc? f, string symbol) =>
        f is not null ? f(ts, v) : ts.SetError(PyExc.TypeError, "bad operand type for unary " + symbol + ": '" + v.Type.Name + "'");

    /// <summary><c>operator.index(v)</c> (<c>PyNumber_Index</c>): an exact int, or a TypeError.</summary>
    public static PyValue Index(ThreadState ts, PyValue v)
    {
        if (v.IsInt64 || v.IsBigInt)
        {
            return v;
        }

        if (PyInt.IsInt(v))
        {
            return PyInt.Exact(v); // bools and int subclass instances: their exact value (CPython ignores their __index__)
        }

        if (v.Type.Index is { } f)
        {
            var r = f(ts, v);
            if (r.IsError || r.IsInt64 || r.IsBigInt)
            {
                return r;
            }

            if (PyInt.IsInt(r))
            {
                return PyInt.Exact(r);
            }

            return ts.SetError(PyExc.TypeError, "__index__ returned non-int (type " + r.Type.Name + ")");
        }

        return ts.SetError(PyExc.TypeError, "'" + v.Type.Name + "' object cannot be interpreted as an integer");
    }

    /// <summary>
    /// <c>PyNumber_AsSsize_t</c>: an index as a C# long. Values past 64 bits raise
    /// <paramref name="overflow"/> (IndexError for sequence indexes), or clamp when it is null.
    /// </summary>
    public static bool TryIndexAsInt64(ThreadState ts, PyValue v, PyType? overflow, out long result)
    {
        var i = Index(ts, v);
        if (i.IsError)
        {
            result = 0;
            return false;
        }

        if (i.IsInt64)
        {
            result = i.RawBits;
            return true;
        }

        PyInt.TryGetBigInteger(i, out var big);
        if (overflow is null)
        {
            result = big.Sign < 0 ? long.MinValue : long.MaxValue;
            return true;
        }

        result = 0;
        ts.SetError(overflow, "cannot fit '" + v.Type.Name + "' into an index-sized integer");
        return false;
    }
}
