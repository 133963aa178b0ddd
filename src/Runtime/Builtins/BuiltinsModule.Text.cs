using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Builtins;

/// <summary>repr, ascii, chr, ord, format.</summary>
public static partial class BuiltinsModule
{
    private static void AddTextFunctions(PyModule m)
    {
        Add(m, "repr", static (ts, a, kw) => PyOps.Repr(ts, a[0]) is { } s ? PyValue.FromObject(s) : PyValue.Error, NativeArity.One);
        Add(m, "ascii", static (ts, a, kw) => Ascii(ts, a[0]), NativeArity.One);
        Add(m, "chr", static (ts, a, kw) => Chr(ts, a[0]), NativeArity.One);
        Add(m, "ord", static (ts, a, kw) => Ord(ts, a[0]), NativeArity.One);
        Add(m, "format", Format, NativeArity.Positional);
    }

    /// <summary><c>ascii(v)</c>: repr with non-ASCII characters as \x, \u or \U escapes.</summary>
    public static PyValue Ascii(ThreadState ts, PyValue v)
    {
        var repr = PyOps.Repr(ts, v);
        if (repr is null)
        {
            return PyValue.Error;
        }

        var cps = repr.CodePoints;
        var ascii = true;
        foreach (var c in cps)
        {
            ascii &= c < 0x80;
        }

        if (ascii)
        {
            return PyValue.FromObject(repr);
        }

        var sb = new StringBuilder(cps.Length + 16);
        foreach (var c in cps)
        {
            if (c < 0x80)
            {
                sb.Append((char)c);
            }
            else if (c < 0x100)
            {
                sb.Append("\\x").Append(c.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (c < 0x10000)
            {
                sb.Append("\\u").Append(c.ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\U").Append(c.ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return PyValue.FromObject(new PyStr(sb.ToString()));
    }

    /// <summary><c>chr(i)</c>: the one-character string, lone surrogates included.</summary>
    public static PyValue Chr(ThreadState ts, PyValue v)
    {
        var i = PyOps.Index(ts, v);
        if (i.IsError)
        {
            return i;
        }

        if (!i.IsInt64 || i.RawBits < 0 || i.RawBits > 0x10FFFF)
        {
            return ts.SetError(PyExc.ValueError, "chr() arg not in range(0x110000)");
        }

        var cp = (int)i.RawBits;
        return PyValue.FromObject(cp < 0xD800 || (cp > 0xDFFF && cp < 0x10000) ? new PyStr(((char)cp).ToString()) : new PyStr([cp]));
    }

    /// <summary><c>ord(c)</c> of a one-character str, bytes or bytearray.</summary>
    public static PyValue Ord(ThreadState ts, PyValue v)
    {
        if (v.AsObject is PyStr s)
        {
            return s.Length == 1
                ? PyValue.FromInt64(s[0])
                : ts.SetError(PyExc.TypeError, "ord() expected a character, but string of length " + s.Length + " found");
        }

        if (v.Type.IsSubtypeOf(PyType.Bytes) || v.Type.IsSubtypeOf(PyType.ByteArray))
        {
            var n = PyOps.Length(ts, v);
            if (n < 0)
            {
                return PyValue.Error;
            }

            return n == 1
                ? PyOps.GetItem(ts, v, PyValue.FromInt64(0))
                : ts.SetError(PyExc.TypeError, "ord() expected a character, but string of length " + n + " found");
        }

        return ts.SetError(PyExc.TypeError, "ord() expected string of length 1, but " + v.Type.Name + " found");
    }

    private static PyValue Format(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (!ArgParser.CheckPositional(ts, "format", args, kwnames, 1, 2))
        {
            return PyValue.Error;
        }

        if (args.Length > 1 && args[1].AsObject is not PyStr)
        {
            return ArgParser.BadArgument(ts, "format", "argument 2", "str", args[1]);
        }

        return FormatValue(ts, args[0], args.Length > 1 ? (PyStr)args[1].AsObject : PyStr.Intern(""));
    }

    /// <summary><c>PyObject_Format</c>: <c>type(v).__format__(v, spec)</c>, which must return a str.</summary>
    public static PyValue FormatValue(ThreadState ts, PyValue v, PyStr spec)
    {
        if (spec.Length == 0)
        {
            if (v.Type == PyType.Str)
            {
                return v;
            }

            if (v.IsExactInt)
            {
                return PyOps.Str(ts, v) is { } s ? PyValue.FromObject(s) : PyValue.Error;
            }
        }

        var r = PyOps.LookupSpecial(ts, v, Names.Format, out var method);
        if (r <= 0)
        {
            return r < 0 ? PyValue.Error : ts.SetError(PyExc.TypeError, "Type " + v.Type.Name + " doesn't define __format__");
        }

        var result = PyOps.Call1(ts, method, PyValue.FromObject(spec));
        if (!result.IsError && result.AsObject is not PyStr)
        {
            return ts.SetError(PyExc.TypeError, "__format__ must return a str, not " + result.Type.Name);
        }

        return result;
    }
}
