using System.Text;

namespace ProtoPython.Objects;

/// <summary>bytes/bytearray methods without search: hex, fromhex, case mapping, predicates, join, translate.</summary>
internal static partial class BytesType
{
    private static readonly string[] s_hexNames = ["sep", "bytes_per_sep"];

    /// <summary>Python's bytes.isspace set: space, \t \n \v \f \r.</summary>
    internal static bool IsSpace(byte b) => b is (byte)' ' or (>= 9 and <= 13);

    internal static bool IsLower(byte b) => b is >= (byte)'a' and <= (byte)'z';

    internal static bool IsUpper(byte b) => b is >= (byte)'A' and <= (byte)'Z';

    internal static bool IsAlpha(byte b) => IsLower(b) || IsUpper(b);

    internal static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static byte ToUpper(byte b) => IsLower(b) ? (byte)(b - 32) : b;

    private static byte ToLower(byte b) => IsUpper(b) ? (byte)(b + 32) : b;

    private static void InstallMethods(PyType t)
    {
        t.AddMethod("hex", static (ts, args, kw) =>
        {
            Span<PyValue> a = new PyValue[2];
            return BytesArgs.Parse(ts, "hex", args, kw, true, s_hexNames, 0, 0, a) ? Hex(ts, Data(args[0]), a[0], a[1]) : PyValue.Error;
        });
        t.AddClassMethod("fromhex", static (ts, args, kw) => FromHex(ts, args));
        t.AddMethod0("upper", static (ts, self) => Map(self, ToUpper));
        t.AddMethod0("lower", static (ts, self) => Map(self, ToLower));
        t.AddMethod0("swapcase", static (ts, self) => Map(self, static b => IsLower(b) ? ToUpper(b) : ToLower(b)));
        t.AddMethod0("capitalize", static (ts, self) =>
        {
            var r = Data(self).ToArray();
            for (var i = 0; i < r.Length; i++)
            {
                r[i] = i == 0 ? ToUpper(r[i]) : ToLower(r[i]);
            }

            return Make(self, r);
        });
        t.AddMethod0("title", static (ts, self) =>
        {
            var r = Data(self).ToArray();
            var previousCased = false;
            for (var i = 0; i < r.Length; i++)
            {
                var b = r[i];
                r[i] = previousCased ? ToLower(b) : ToUpper(b);
                previousCased = IsAlpha(b);
            }

            return Make(self, r);
        });
        AddPredicate(t, "isalnum", static b => IsAlpha(b) || IsDigit(b));
        AddPredicate(t, "isalpha", IsAlpha);
        AddPredicate(t, "isdigit", IsDigit);
        AddPredicate(t, "isspace", IsSpace);
        t.AddMethod0("isascii", static (ts, self) => PyValue.FromBool(System.Text.Ascii.IsValid(Data(self))));
        t.AddMethod0("islower", static (ts, self) => PyValue.FromBool(Data(self).ContainsAnyInRange((byte)'a', (byte)'z') && !Data(self).ContainsAnyInRange((byte)'A', (byte)'Z')));
        t.AddMethod0("isupper", static (ts, self) => PyValue.FromBool(Data(self).ContainsAnyInRange((byte)'A', (byte)'Z') && !Data(self).ContainsAnyInRange((byte)'a', (byte)'z')));
        t.AddMethod0("istitle", static (ts, self) => PyValue.FromBool(IsTitle(Data(self))));
        t.AddMethod1("removeprefix", static (ts, self, p) =>
        {
            if (!BytesLike.TryGetArgument(ts, p, out var prefix))
            {
                return PyValue.Error;
            }

            var d = Data(self);
            return d.StartsWith(prefix) ? Make(self, d[prefix.Length..].ToArray()) : Unchanged(self);
        });
        t.AddMethod1("removesuffix", static (ts, self, p) =>
        {
            if (!BytesLike.TryGetArgument(ts, p, out var suffix))
            {
                return PyValue.Error;
            }

            var d = Data(self);
            return d.EndsWith(suffix) && suffix.Length > 0 ? Make(self, d[..^suffix.Length].ToArray()) : Unchanged(self);
        });
        t.AddMethod1("join", static (ts, self, items) => Join(ts, self, items));
        InstallTranslate(t);
    }

    /// <summary>self itself when it is exactly bytes (immutable), else a copy of self's kind.</summary>
    internal static PyValue Unchanged(PyValue self) => self.Type == PyType.Bytes ? self : Make(self, Data(self).ToArray());

    private static void AddPredicate(PyType t, string name, Func<byte, bool> test) =>
        t.AddMethod(name, (ts, a, _) =>
        {
            var d = Data(a[0]);
            if (d.IsEmpty)
            {
                return PyValue.False;
            }

            foreach (var b in d)
            {
                if (!test(b))
                {
                    return PyValue.False;
                }
            }

            return PyValue.True;
        }, NativeArity.NoArgs);

    private static bool IsTitle(ReadOnlySpan<byte> d)
    {
        var cased = false;
        var previousCased = false;
        foreach (var b in d)
        {
            if (IsUpper(b))
            {
                if (previousCased)
                {
                    return false;
                }

                previousCased = cased = true;
            }
            else if (IsLower(b))
            {
                if (!previousCased)
                {
                    return false;
                }

                previousCased = cased = true;
            }
            else
            {
                previousCased = false;
            }
        }

        return cased;
    }

    private static PyValue Map(PyValue self, Func<byte, byte> f)
    {
        var r = Data(self).ToArray();
        for (var i = 0; i < r.Length; i++)
        {
            r[i] = f(r[i]);
        }

        return Make(self, r);
    }

    private static PyValue Hex(ThreadState ts, ReadOnlySpan<byte> data, PyValue sepArg, PyValue perArg)
    {
        var per = 1L;
        if (!perArg.IsNull && !BytesArgs.TryIndex(ts, perArg, out per))
        {
            return PyValue.Error;
        }

        char? sep = null;
        if (!sepArg.IsNull)
        {
            string sepText;
            if (sepArg.AsObject is PyStr s)
            {
                sepText = s.Value;
            }
            else if (BytesLike.TryGetSpan(sepArg, out var sb))
            {
                sepText = Encoding.Latin1.GetString(sb);
            }
            else if (sepArg.Type.Length is null)
            {
                return ts.SetError(PyExc.TypeError, "object of type '" + sepArg.Type.Name + "' has no len()");
            }
            else
            {
                return ts.SetError(PyExc.TypeError, "sep must be str or bytes.");
            }

            if (sepText.Length != 1)
            {
                return ts.SetError(PyExc.ValueError, "sep must be length 1.");
            }

            if (sepText[0] > 0x7f)
            {
                return ts.SetError(PyExc.ValueError, "sep must be ASCII.");
            }

            sep = sepText[0];
        }

        var builder = new StringBuilder(data.Length * 3);
        var group = Math.Abs(per);
        for (var i = 0; i < data.Length; i++)
        {
            if (sep is { } c && i > 0 && group > 0)
            {
                // Positive counts group from the right, negative from the left.
                var boundary = per > 0 ? (data.Length - i) % group == 0 : i % group == 0;
                if (boundary)
                {
                    builder.Append(c);
                }
            }

            builder.Append("0123456789abcdef"[data[i] >> 4]).Append("0123456789abcdef"[data[i] & 0xf]);
        }

        return PyValue.FromObject(new PyStr(builder.ToString()));
    }

    private static PyValue FromHex(ThreadState ts, ReadOnlySpan<PyValue> args)
    {
        if (args.Length != 2)
        {
            return ts.SetError(PyExc.TypeError, ((PyType)args[0].AsObject).Name + ".fromhex() takes exactly one argument (" + (args.Length - 1) + " given)");
        }

        string text;
        if (args[1].AsObject is PyStr s)
        {
            text = s.Value;
        }
        else if (BytesLike.TryGetSpan(args[1], out var raw))
        {
            text = Encoding.Latin1.GetString(raw);
        }
        else
        {
            return ts.SetError(PyExc.TypeError, "fromhex() argument must be str or bytes-like, not " + args[1].Type.Name);
        }

        var result = new List<byte>(text.Length / 2);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] is ' ' or '\t' or '\n' or '\r' or '\v' or '\f')
            {
                i++;
                continue;
            }

            var hi = HexDigit(text[i]);
            if (hi < 0)
            {
                return ts.SetError(PyExc.ValueError, "non-hexadecimal number found in fromhex() arg at position " + i);
            }

            var lo = i + 1 < text.Length ? HexDigit(text[i + 1]) : -1;
            if (lo < 0)
            {
                return ts.SetError(PyExc.ValueError, i + 1 < text.Length
                    ? "non-hexadecimal number found in fromhex() arg at position " + (i + 1)
                    : "fromhex() arg must contain an even number of hexadecimal digits");
            }

            result.Add((byte)((hi << 4) | lo));
            i += 2;
        }

        var type = (PyType)args[0].AsObject;
        var made = type.IsSubtypeOf(PyType.ByteArray) ? PyValue.FromObject(new PyByteArray([.. result])) : PyBytes.From([.. result]);
        return type == PyType.Bytes || type == PyType.ByteArray ? made : PyOps.Call1(ts, args[0], made);
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static PyValue Join(ThreadState ts, PyValue self, PyValue items)
    {
        if (items.Type.Iter is null && items.Type.GetItem is null)
        {
            return ts.SetError(PyExc.TypeError, "can only join an iterable");
        }

        var it = PyOps.GetIter(ts, items);
        if (it.IsError)
        {
            return PyValue.Error;
        }

        var sep = Data(self).ToArray();
        var output = new List<byte>();
        for (var i = 0; ; i++)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r < 0)
            {
                return PyValue.Error;
            }

            if (r == 0)
            {
                break;
            }

            if (!BytesLike.TryGetSpan(item, out var part))
            {
                return ts.SetError(PyExc.TypeError, "sequence item " + i + ": expected a bytes-like object, " + item.Type.Name + " found");
            }

            if (i > 0)
            {
                output.AddRange(sep);
            }

            output.AddRange(part);
        }

        return Make(self, [.. output]);
    }
}
