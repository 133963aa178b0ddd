using System.Numerics;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins;

/// <summary>abs, divmod, pow, round, bin, oct, hex, hash, id.</summary>
public static partial class BuiltinsModule
{
    private static readonly string[] s_powNames = ["base", "exp", "mod"];
    private static readonly string[] s_roundNames = ["number", "ndigits"];
    private static readonly PyStr s_round = PyStr.Intern("__round__");
    private static readonly PyStr s_divmod = PyStr.Intern("__divmod__");
    private static readonly PyStr s_rdivmod = PyStr.Intern("__rdivmod__");

    private static void AddNumberFunctions(PyModule m)
    {
        Add(m, "abs", static (ts, a, kw) => PyOps.Absolute(ts, a[0]), NativeArity.One);
        Add(m, "divmod", static (ts, a, kw) => ArgParser.CheckPositional(ts, "divmod", a, kw, 2, 2) ? DivMod(ts, a[0], a[1]) : PyValue.Error, NativeArity.Positional);
        Add(m, "pow", Pow);
        Add(m, "round", Round);
        Add(m, "bin", static (ts, a, kw) => ToBase(ts, a[0], 2), NativeArity.One);
        Add(m, "oct", static (ts, a, kw) => ToBase(ts, a[0], 8), NativeArity.One);
        Add(m, "hex", static (ts, a, kw) => ToBase(ts, a[0], 16), NativeArity.One);
        Add(m, "hash", static (ts, a, kw) => PyOps.Hash(ts, a[0], out var h) ? PyValue.FromInt64(h) : PyValue.Error, NativeArity.One);
        Add(m, "id", static (ts, a, kw) => PyValue.FromInt64(PyOps.AddressOf(a[0])), NativeArity.One);
    }

    /// <summary>
    /// <c>divmod(a, b)</c> (<c>PyNumber_Divmod</c>): <c>__divmod__</c> of the left operand, then
    /// <c>__rdivmod__</c> of the right, the right first when its type is a subclass overriding it.
    /// </summary>
    public static PyValue DivMod(ThreadState ts, PyValue a, PyValue b)
    {
        var ta = a.Type;
        var tb = b.Type;
        var hasLeft = ta.TryLookup(s_divmod, out var left);
        var hasRight = !ReferenceEquals(ta, tb) && tb.TryLookup(s_rdivmod, out var right) && !(ta.TryLookup(s_rdivmod, out var leftR) && PyValue.Is(leftR, right));
        if (hasRight && hasLeft && tb.IsSubtypeOf(ta))
        {
            var r = PyOps.CallSpecial(ts, b, s_rdivmod, [a], out _);
            if (!r.IsNotImplemented)
            {
                return r;
            }

            hasRight = false;
        }

        if (hasLeft)
        {
            var r = PyOps.CallAttribute(ts, left, a, [b]);
            if (!r.IsNotImplemented)
            {
                return r;
            }
        }

        if (hasRight)
        {
            var r = PyOps.CallSpecial(ts, b, s_rdivmod, [a], out _);
            if (!r.IsNotImplemented)
            {
                return r;
            }
        }

        return PyOps.RaiseUnsupported(ts, a, b, "divmod()");
    }

    private static PyValue Pow(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var pBuffer = default(ArgBuffer);
        Span<PyValue> p = pBuffer;
        if (!ArgParser.Parse(ts, "pow", args, kwnames, s_powNames, 2, 0, p))
        {
            return PyValue.Error;
        }

        return PyOps.Power(ts, p[0], p[1], p[2].IsNull ? PyValue.None : p[2]);
    }

    private static PyValue Round(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var pBuffer = default(ArgBuffer);
        Span<PyValue> p = pBuffer;
        if (!ArgParser.Parse(ts, "round", args, kwnames, s_roundNames, 1, 0, p))
        {
            return PyValue.Error;
        }

        var number = p[0];
        var r = PyOps.LookupSpecial(ts, number, s_round, out var method);
        if (r < 0)
        {
            return PyValue.Error;
        }

        if (r == 0)
        {
            return ts.SetError(PyExc.TypeError, "type " + number.Type.Name + " doesn't define __round__ method");
        }

        return p[1].IsNull || p[1].IsNone ? PyOps.Call0(ts, method) : PyOps.Call1(ts, method, p[1]);
    }

    /// <summary><c>PyNumber_ToBase</c>: "0b101", "-0o17", "0xff" of an index.</summary>
    public static PyValue ToBase(ThreadState ts, PyValue v, int radix)
    {
        var i = PyOps.Index(ts, v);
        if (i.IsError)
        {
            return i;
        }

        var prefix = radix switch { 2 => "0b", 8 => "0o", _ => "0x" };
        string text;
        if (i.IsInt64)
        {
            var x = i.RawBits;
            var magnitude = x < 0 ? (ulong)-(x + 1) + 1 : (ulong)x;
            text = (x < 0 ? "-" : "") + prefix + DigitsOf(magnitude, radix);
        }
        else
        {
            PyInt.TryGetBigInteger(i, out var big);
            text = (big.Sign < 0 ? "-" : "") + prefix + DigitsOf(BigInteger.Abs(big), radix);
        }

        return PyValue.FromObject(new PyStr(text));
    }

    private static string DigitsOf(ulong x, int radix)
    {
        if (x == 0)
        {
            return "0";
        }

        Span<char> buffer = stackalloc char[64];
        var pos = buffer.Length;
        while (x != 0)
        {
            buffer[--pos] = "0123456789abcdef"[(int)(x % (ulong)radix)];
            x /= (ulong)radix;
        }

        return new string(buffer[pos..]);
    }

    private static string DigitsOf(BigInteger x, int radix)
    {
        var bitsPerDigit = radix switch { 2 => 1, 8 => 3, _ => 4 };
        var bytes = x.ToByteArray(isUnsigned: true, isBigEndian: false);
        var totalBits = bytes.Length * 8;
        var chars = new char[(totalBits + bitsPerDigit - 1) / bitsPerDigit];
        var n = 0;
        for (var bit = 0; bit < totalBits; bit += bitsPerDigit)
        {
            var digit = 0;
            for (var k = 0; k < bitsPerDigit && bit + k < totalBits; k++)
            {
                digit |= ((bytes[(bit + k) >> 3] >> ((bit + k) & 7)) & 1) << k;
            }

            chars[n++] = "0123456789abcdef"[digit];
        }

        while (n > 1 && chars[n - 1] == '0')
        {
            n--;
        }

        Array.Reverse(chars, 0, n);
        return new string(chars, 0, n);
    }
}
