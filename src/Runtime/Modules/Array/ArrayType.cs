using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>The <c>array.array</c> type: construction, repr and the sequence slots (methods in the partials).</summary>
internal static partial class ArrayType
{
    public static readonly Lazy<PyType> TypeObject = new(CreateType);

    public static PyType Type => TypeObject.Value;

    private const string BadTypeCode = "bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)";

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("array", "array", subclassable: true);
        t.New = New;
        t.Repr = Repr;
        t.HashFunction = static (ThreadState ts, PyValue self, out long hash) =>
        {
            hash = -1;
            ts.SetError(PyExc.TypeError, "unhashable type: '" + self.Type.TpName + "'");
            return false;
        };
        t.Length = static (ts, v) => PyArray.Of(v).Count;
        t.GetItem = GetItem;
        t.SetItem = SetItem;
        t.Contains = Contains;
        t.RichCompare = RichCompare;
        t.Iter = static (ts, v) => PyValue.FromObject(new ArrayIterator(PyArray.Of(v)));
        t.Number[(int)NumberOp.Add] = Concat;
        t.Number[(int)NumberOp.Multiply] = Repeat;
        t.Number[(int)NumberOp.Add + NumberOps.InplaceOffset] = InplaceConcat;
        t.Number[(int)NumberOp.Multiply + NumberOps.InplaceOffset] = InplaceRepeat;
        t.GetAttr = PyOps.GenericGetAttr;
        t.SetAttr = PyOps.GenericSetAttr;
        AddMethods(t);
        NativeTypes.AddClassGetItem(t);
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (ReferenceEquals(type, Type) && !ArgParser.NoKeywords(ts, "array.array", kwnames))
        {
            return PyValue.Error;
        }

        var positional = NativeTypes.Positional(args, kwnames);
        if (positional.Length is < 1 or > 2)
        {
            return ts.SetError(PyExc.TypeError, positional.Length == 0
                ? "array() takes at least 1 argument (0 given)"
                : "array() takes at most 2 arguments (" + positional.Length + " given)");
        }

        if (positional[0].AsObject is not PyStr codeStr || codeStr.Length != 1)
        {
            return ts.SetError(PyExc.TypeError, "array() argument 1 must be a unicode character, not "
                + (positional[0].AsObject is PyStr s ? "a string of length " + s.Length : ArgParser.TypeNameOf(positional[0])));
        }

        var code = codeStr[0] < 128 ? (char)codeStr[0] : '\0';
        var initial = positional.Length > 1 ? positional[1] : PyValue.Null;
        if (!initial.IsNull && !ArrayItems.IsUnicode(code))
        {
            if (initial.AsObject is PyStr)
            {
                return ts.SetError(PyExc.TypeError, "cannot use a str to initialize an array with typecode '" + code + "'");
            }

            if (initial.AsObject is PyArray { Code: 'u' or 'w' })
            {
                return ts.SetError(PyExc.TypeError, "cannot use a unicode array to initialize an array with typecode '" + code + "'");
            }
        }

        if (code == 'u' && !ArrayModule.WarnDeprecatedU(ts))
        {
            return PyValue.Error;
        }

        if (ArrayItems.SizeOf(code) == 0)
        {
            return ts.SetError(PyExc.ValueError, BadTypeCode);
        }

        var a = new PyArray(type, code);
        var self = PyValue.FromObject(a);
        if (initial.IsNull)
        {
            return self;
        }

        bool ok;
        switch (initial.AsObject)
        {
            case PyList or PyTuple:
                ok = ExtendFromIterable(ts, a, initial);
                break;
            case PyBytes or PyByteArray:
                ok = FromBytes(ts, a, initial);
                break;
            case PyArray other when other.Code == code:
                ok = a.AppendBytes(ts, other.Bytes);
                break;
            case PyStr s when ArrayItems.IsUnicode(code):
                ok = a.AppendBytes(ts, UnicodeBytes(s));
                break;
            default:
                ok = ExtendFromIterable(ts, a, initial);
                break;
        }

        return ok ? self : PyValue.Error;
    }

    /// <summary>CPython's make_array: <c>array.__new__(type, code, initializer)</c> without __init__.</summary>
    public static PyValue Make(ThreadState ts, PyType type, char code, PyValue initializer) =>
        New(ts, type, [NativeTypes.Str(code.ToString()), initializer], null);

    private static PyValue Repr(ThreadState ts, PyValue v)
    {
        var a = PyArray.Of(v);
        var sb = new StringBuilder();
        sb.Append(v.Type.Name).Append("('").Append(a.Code).Append('\'');
        if (a.Count > 0)
        {
            var items = ArrayItems.IsUnicode(a.Code) ? ToUnicode(ts, a) : ToList(a);
            if (items.IsError || NativeTypes.Repr(ts, items) is not { } r)
            {
                return PyValue.Error;
            }

            sb.Append(", ").Append(r);
        }

        return NativeTypes.Str(sb.Append(')').ToString());
    }

    private static int Contains(ThreadState ts, PyValue v, PyValue x)
    {
        var a = PyArray.Of(v);
        for (var i = 0; i < a.Count; i++)
        {
            var r = PyArray.ItemEquals(ts, a.Get(i), x);
            if (r != 0)
            {
                return r;
            }
        }

        return 0;
    }

    private static PyValue RichCompare(ThreadState ts, PyValue v, PyValue w, CompareOp op)
    {
        if (v.AsObject is not PyArray a || w.AsObject is not PyArray b)
        {
            return PyValue.NotImplemented;
        }

        if (a.Count != b.Count && op is CompareOp.Eq or CompareOp.Ne)
        {
            return PyValue.FromBool(op == CompareOp.Ne);
        }

        // The first index where the items differ decides, then the lengths.
        var n = Math.Min(a.Count, b.Count);
        var i = 0;
        if (a.Code == b.Code && !ArrayItems.IsFloat(a.Code) && a.Code is not ('L' or 'Q'))
        {
            while (i < n && a.RawSigned(i) == b.RawSigned(i))
            {
                i++;
            }
        }
        else
        {
            for (; i < n; i++)
            {
                var r = PyArray.ItemEquals(ts, a.Get(i), b.Get(i));
                if (r < 0)
                {
                    return PyValue.Error;
                }

                if (r == 0)
                {
                    break;
                }
            }
        }

        if (i >= n)
        {
            var (x, y) = (a.Count, b.Count);
            return PyValue.FromBool(op.Apply(x, y));
        }

        return op switch
        {
            CompareOp.Eq => PyValue.False,
            CompareOp.Ne => PyValue.True,
            _ => PyOps.RichCompare(ts, a.Get(i), b.Get(i), op),
        };
    }

    /// <summary>The UTF-32 item bytes of a str (lone surrogates included, as CPython's wchar_t copy).</summary>
    private static byte[] UnicodeBytes(PyStr s)
    {
        var points = s.CodePoints;
        var bytes = new byte[points.Length * 4];
        for (var i = 0; i < points.Length; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 4), points[i]);
        }

        return bytes;
    }
}
