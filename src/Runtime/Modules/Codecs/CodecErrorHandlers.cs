using System.Globalization;
using System.Text;
using ProtoPython.Objects;
using ProtoPython.Objects.Unicode;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// The standard error handlers as callables (<c>codecs.lookup_error("replace")</c>): each takes a
/// UnicodeEncodeError/DecodeError/TranslateError and returns (replacement, position to resume at).
/// </summary>
internal static class CodecErrorHandlers
{
    private enum Kind
    {
        Encode,
        Decode,
        Translate,
        Other,
    }

    public static readonly (string Name, PyValue Handler)[] Builtins =
    [
        ("strict", Make("strict_errors", Strict)),
        ("ignore", Make("ignore_errors", Ignore)),
        ("replace", Make("replace_errors", Replace)),
        ("xmlcharrefreplace", Make("xmlcharrefreplace_errors", XmlCharRefReplace)),
        ("backslashreplace", Make("backslashreplace_errors", BackslashReplace)),
        ("namereplace", Make("namereplace_errors", NameReplace)),
        ("surrogateescape", Make("surrogateescape", SurrogateEscape)),
        ("surrogatepass", Make("surrogatepass", SurrogatePass)),
    ];

    private static PyValue Make(string name, Func<ThreadState, PyValue, PyValue> body) =>
        PyValue.FromObject(new PyBuiltinFunction(name, (ts, a, kw) => body(ts, a[0]), NativeArity.One, "_codecs"));

    private static Kind KindOf(PyValue exc) =>
        exc.Type.IsSubtypeOf(PyExc.UnicodeEncodeError) ? Kind.Encode
        : exc.Type.IsSubtypeOf(PyExc.UnicodeDecodeError) ? Kind.Decode
        : exc.Type.IsSubtypeOf(PyExc.UnicodeTranslateError) ? Kind.Translate
        : Kind.Other;

    private static PyValue WrongKind(ThreadState ts, PyValue exc) =>
        ts.SetError(PyExc.TypeError, "don't know how to handle " + exc.Type.Name + " in error callback");

    /// <summary>start and end of the error, clamped to the object as CPython's accessors do.</summary>
    private static (int Start, int End, int Length) Range(PyValue exc)
    {
        var e = (PyUnicodeErrorObject)exc.AsObject;
        var length = e.Object.AsObject switch
        {
            PyStr s => s.Length,
            PyBytes b => b.Span.Length,
            _ => 0,
        };
        var start = (int)Math.Clamp(e.Start, 0, Math.Max(length - 1, 0));
        var end = (int)Math.Clamp(e.End, 1, Math.Max(length, 1));
        return (start, Math.Max(end, start), length);
    }

    private static PyValue Result(string replacement, int end) =>
        NativeTypes.Tuple(NativeTypes.Str(replacement), PyValue.FromInt64(end));

    private static PyValue Result(int[] codePoints, int end) =>
        NativeTypes.Tuple(PyValue.FromObject(new PyStr(codePoints)), PyValue.FromInt64(end));

    private static PyValue Strict(ThreadState ts, PyValue exc) =>
        exc.AsObject is PyBaseException e ? ts.SetError(e) : ts.SetError(PyExc.TypeError, "codec must pass exception instance");

    private static PyValue Ignore(ThreadState ts, PyValue exc) =>
        KindOf(exc) == Kind.Other ? WrongKind(ts, exc) : Result("", Range(exc).End);

    private static PyValue Replace(ThreadState ts, PyValue exc)
    {
        var kind = KindOf(exc);
        if (kind == Kind.Other)
        {
            return WrongKind(ts, exc);
        }

        var (start, end, _) = Range(exc);
        return kind switch
        {
            Kind.Encode => Result(new string('?', end - start), end),
            Kind.Decode => Result("\uFFFD", end),
            _ => Result(new string('\uFFFD', end - start), end),
        };
    }

    private static PyValue XmlCharRefReplace(ThreadState ts, PyValue exc)
    {
        if (KindOf(exc) != Kind.Encode)
        {
            return WrongKind(ts, exc);
        }

        var (start, end, _) = Range(exc);
        var text = (PyStr)((PyUnicodeErrorObject)exc.AsObject).Object.AsObject;
        var sb = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            sb.Append("&#").Append(text[i].ToString(CultureInfo.InvariantCulture)).Append(';');
        }

        return Result(sb.ToString(), end);
    }

    private static PyValue BackslashReplace(ThreadState ts, PyValue exc)
    {
        var kind = KindOf(exc);
        if (kind == Kind.Other)
        {
            return WrongKind(ts, exc);
        }

        var (start, end, _) = Range(exc);
        var obj = ((PyUnicodeErrorObject)exc.AsObject).Object.AsObject;
        var sb = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            sb.Append(Escape(obj is PyBytes b ? b.Span[i] : ((PyStr)obj)[i]));
        }

        return Result(sb.ToString(), end);
    }

    private static PyValue NameReplace(ThreadState ts, PyValue exc)
    {
        if (KindOf(exc) != Kind.Encode)
        {
            return WrongKind(ts, exc);
        }

        var (start, end, _) = Range(exc);
        var text = (PyStr)((PyUnicodeErrorObject)exc.AsObject).Object.AsObject;
        var sb = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            var name = UnicodeDatabase.GetName(text[i]);
            sb.Append(name is null ? Escape(text[i]) : "\\N{" + name + "}");
        }

        return Result(sb.ToString(), end);
    }

    private static PyValue SurrogateEscape(ThreadState ts, PyValue exc)
    {
        var kind = KindOf(exc);
        var (start, end, _) = Range(exc);
        var obj = kind == Kind.Other ? null : ((PyUnicodeErrorObject)exc.AsObject).Object.AsObject;
        if (kind == Kind.Decode && obj is PyBytes data)
        {
            var escaped = new List<int>();
            for (var i = start; i < end && escaped.Count < 4 && data.Span[i] >= 0x80; i++)
            {
                escaped.Add(0xDC00 + data.Span[i]);
            }

            return escaped.Count == 0 ? ts.SetError((PyBaseException)exc.AsObject) : Result([.. escaped], start + escaped.Count);
        }

        if (kind == Kind.Encode && obj is PyStr text)
        {
            var bytes = new byte[end - start];
            for (var i = start; i < end; i++)
            {
                if (text[i] is < 0xDC80 or > 0xDCFF)
                {
                    return ts.SetError((PyBaseException)exc.AsObject);
                }

                bytes[i - start] = (byte)(text[i] - 0xDC00);
            }

            return NativeTypes.Tuple(PyBytes.From(bytes), PyValue.FromInt64(end));
        }

        return WrongKind(ts, exc);
    }

    private static PyValue SurrogatePass(ThreadState ts, PyValue exc)
    {
        var kind = KindOf(exc);
        if (kind is not (Kind.Encode or Kind.Decode))
        {
            return WrongKind(ts, exc);
        }

        var e = (PyUnicodeErrorObject)exc.AsObject;
        var (start, end, length) = Range(exc);
        var encoding = e.Encoding.AsObject is PyStr s ? Objects.Codecs.Normalize(s.Value).Replace('-', '_') : "";
        var (unit, big) = encoding switch
        {
            "utf_8" or "utf8" => (1, false),
            "utf_16" or "utf_16_le" => (2, false),
            "utf_16_be" => (2, true),
            "utf_32" or "utf_32_le" => (4, false),
            "utf_32_be" => (4, true),
            _ => (0, false),
        };
        if (unit == 0)
        {
            return ts.SetError(exc.AsObject is PyBaseException b ? b : PyBaseException.Create(PyExc.TypeError, "codec must pass exception instance"));
        }

        if (kind == Kind.Encode)
        {
            var text = (PyStr)e.Object.AsObject;
            var output = new List<byte>();
            for (var i = start; i < end; i++)
            {
                var cp = text[i];
                if (cp is < 0xD800 or > 0xDFFF)
                {
                    return ts.SetError(e);
                }

                WriteSurrogate(output, cp, unit, big);
            }

            return NativeTypes.Tuple(PyBytes.From([.. output]), PyValue.FromInt64(end));
        }

        var data = ((PyBytes)e.Object.AsObject).Span;
        var need = unit == 1 ? 3 : unit;
        if (start + need > length)
        {
            return ts.SetError(e);
        }

        var value = unit switch
        {
            1 => (data[start] & 0xF0) == 0xE0 && (data[start + 1] & 0xC0) == 0x80 && (data[start + 2] & 0xC0) == 0x80
                ? ((data[start] & 0x0F) << 12) | ((data[start + 1] & 0x3F) << 6) | (data[start + 2] & 0x3F) : 0,
            2 => big ? (data[start] << 8) | data[start + 1] : (data[start + 1] << 8) | data[start],
            _ => big ? (data[start + 2] << 8) | data[start + 3] | (data[start] | data[start + 1]) << 16
                : (data[start + 1] << 8) | data[start] | (data[start + 2] | data[start + 3]) << 16,
        };
        return value is >= 0xD800 and <= 0xDFFF ? Result([value], start + need) : ts.SetError(e);
    }

    private static void WriteSurrogate(List<byte> output, int cp, int unit, bool big)
    {
        switch (unit)
        {
            case 1:
                output.Add((byte)(0xE0 | (cp >> 12)));
                output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                output.Add((byte)(0x80 | (cp & 0x3F)));
                break;
            case 2:
                output.AddRange(big ? [(byte)(cp >> 8), (byte)cp] : [(byte)cp, (byte)(cp >> 8)]);
                break;
            default:
                output.AddRange(big ? [0, 0, (byte)(cp >> 8), (byte)cp] : [(byte)cp, (byte)(cp >> 8), 0, 0]);
                break;
        }
    }

    public static string Escape(int cp) =>
        cp <= 0xff ? "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture)
        : cp <= 0xffff ? "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture)
        : "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture);
}
