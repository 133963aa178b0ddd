using System.Numerics;
using ProtoPython.Objects;
using ProtoPython.Objects.Formatting;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// Argument handling shared by the C# modules (math, time): CPython's conversions
/// (<c>PyFloat_AsDouble</c>, <c>PyNumber_Index</c>) and its argument-count messages.
/// </summary>
internal static class MathArgs
{
    /// <summary>CPython's NaN (Py_NAN, float('nan')): the sign bit clear, unlike .NET's double.NaN.</summary>
    public static readonly double NaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);

    /// <summary>
    /// <c>PyFloat_AsDouble</c>: floats, ints (OverflowError past the double range), objects with
    /// <c>__float__</c>, then <c>__index__</c>; otherwise "must be real number, not T".
    /// </summary>
    public static bool TryToDouble(ThreadState ts, PyValue v, out double d)
    {
        if (PyFloat.IsFloat(v))
        {
            d = PyFloat.AsDouble(v); // float subclasses too, without calling __float__ (as CPython)
            return true;
        }

        if (PyInt.IsInt(v))
        {
            return PyInt.TryToDouble(ts, v, out d);
        }

        d = 0;
        if (v.Type.ToFloat is { } toFloat)
        {
            var r = toFloat(ts, v);
            if (r.IsError)
            {
                return false;
            }

            if (!r.IsFloat)
            {
                ts.SetError(PyExc.TypeError, v.Type.Name + ".__float__ returned non-float (type " + r.Type.Name + ")");
                return false;
            }

            d = r.AsDouble;
            return true;
        }

        if (v.Type.Index is not null)
        {
            var i = PyOps.Index(ts, v);
            return !i.IsError && PyInt.TryToDouble(ts, i, out d);
        }

        ts.SetError(PyExc.TypeError, "must be real number, not " + v.Type.Name);
        return false;
    }

    /// <summary><c>PyNumber_Index</c> as a BigInteger.</summary>
    public static bool TryIndex(ThreadState ts, PyValue v, out BigInteger value)
    {
        var i = PyOps.Index(ts, v);
        if (i.IsError)
        {
            value = default;
            return false;
        }

        PyInt.TryGetBigInteger(i, out value);
        return true;
    }

    /// <summary>The repr of a float as CPython's messages show it ("-1.0", "inf").</summary>
    public static string Repr(double d) => FloatRepr.Format(d);

    /// <summary>METH_O: exactly one positional argument, named "math.f()" in the messages.</summary>
    public static bool CheckOne(ThreadState ts, string qualified, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (kwnames is { Length: > 0 })
        {
            ts.SetError(PyExc.TypeError, qualified + "() takes no keyword arguments");
            return false;
        }

        if (args.Length != 1)
        {
            ts.SetError(PyExc.TypeError, qualified + "() takes exactly one argument (" + args.Length + " given)");
            return false;
        }

        return true;
    }

    /// <summary>METH_FASTCALL without keywords: <c>_PyArg_CheckPositional</c>'s messages.</summary>
    public static bool CheckPositional(ThreadState ts, string qualified, string name, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int min, int max)
    {
        if (kwnames is { Length: > 0 })
        {
            ts.SetError(PyExc.TypeError, qualified + "() takes no keyword arguments");
            return false;
        }

        return CheckCount(ts, name, args.Length, min, max);
    }

    /// <summary>"f expected 2 arguments, got 1" / "at least" / "at most".</summary>
    public static bool CheckCount(ThreadState ts, string name, int given, int min, int max)
    {
        if (given >= min && given <= max)
        {
            return true;
        }

        var (which, count) = min == max ? ("", min) : given < min ? ("at least ", min) : ("at most ", max);
        ts.SetError(PyExc.TypeError, name + " expected " + which + count + " argument" + (count == 1 ? "" : "s") + ", got " + given);
        return false;
    }

    /// <summary>
    /// Splits keyword arguments for a clinic function with positional-only parameters followed by
    /// keyword-only ones. Unknown names raise "f() got an unexpected keyword argument 'x'".
    /// </summary>
    public static bool TryKeywords(ThreadState ts, string name, ReadOnlySpan<PyValue> args, PyTuple? kwnames, string[] keywords, Span<PyValue> values, out int positional)
    {
        var nkw = kwnames?.Length ?? 0;
        positional = args.Length - nkw;
        for (var i = 0; i < nkw; i++)
        {
            var key = ((PyStr)kwnames![i].AsObject).Value;
            var index = Array.IndexOf(keywords, key);
            if (index < 0)
            {
                var hint = Suggest(key, keywords) is { } near ? ". Did you mean '" + near + "'?" : "";
                ts.SetError(PyExc.TypeError, name + "() got an unexpected keyword argument '" + key + "'" + hint);
                return false;
            }

            values[index] = args[positional + i];
        }

        return true;
    }

    // CPython's suggestion rule (_Py_CalculateSuggestions): edit distance with moves costing 2
    // (1 when only the case differs), accepted up to (len + 3) * 2 / 6.
    private static string? Suggest(string given, string[] keywords)
    {
        string? best = null;
        var bestCost = (given.Length + 3) * 2 / 6;
        foreach (var candidate in keywords)
        {
            var cost = EditCost(given, candidate);
            if (cost <= bestCost && cost > 0)
            {
                best = candidate;
                bestCost = cost - 1;
            }
        }

        return best;
    }

    private static int EditCost(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j * 2;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i * 2;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = a[i - 1] == b[j - 1] ? 0 : char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 1 : 2;
                var next = Math.Min(Math.Min(row[j] + 2, row[j - 1] + 2), diagonal + substitute);
                diagonal = row[j];
                row[j] = next;
            }
        }

        return row[b.Length];
    }

    public static PyValue Tuple(PyValue a, PyValue b) => PyValue.FromObject(new PyTuple([a, b]));
}
