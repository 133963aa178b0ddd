using System.Globalization;
using System.Text;
using ProtoPython.Interpreter;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>_json</c>: scanstring, encode_basestring(_ascii), make_scanner and make_encoder, which json
/// uses instead of its Python fallbacks (much faster, and with the C implementation's messages).
/// </summary>
internal sealed class JsonModule : INativeModule
{
    public string Name => "_json";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("_json");
        m.AddFunction("scanstring", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "scanstring", a, kw, 2, 3))
            {
                return PyValue.Error;
            }

            if (a[0].AsObject is not PyStr s)
            {
                return ts.SetError(PyExc.TypeError, "first argument must be a string, not " + a[0].Type.Name);
            }

            if (!PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out var end))
            {
                return PyValue.Error;
            }

            var strict = a.Length < 3 ? 1 : PyOps.IsTrue(ts, a[2]);
            return strict < 0 ? PyValue.Error : ScanString(ts, s, end, strict > 0);
        });
        m.Add("make_scanner", PyValue.FromObject(JsonScanner.TypeObject.Value));
        m.Add("make_encoder", PyValue.FromObject(JsonEncoder.TypeObject.Value));
        m.AddFunction("encode_basestring_ascii", static (ts, a, kw) => Encode(ts, a[0], ascii: true), NativeArity.One);
        m.AddFunction("encode_basestring", static (ts, a, kw) => Encode(ts, a[0], ascii: false), NativeArity.One);
        return m;
    }

    public static PyValue Encode(ThreadState ts, PyValue arg, bool ascii)
    {
        if (arg.AsObject is not PyStr s)
        {
            return ts.SetError(PyExc.TypeError, "first argument must be a string, not " + arg.Type.Name);
        }

        if (s.HasSurrogates)
        {
            return EncodeWithSurrogates(s, ascii);
        }

        var sb = new StringBuilder(s.Length + 2);
        sb.Append('"');
        var n = s.Length;
        for (var i = 0; i < n; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                default:
                    if (c < 0x20 || (ascii && c >= 0x7F))
                    {
                        if (c >= 0x10000)
                        {
                            AppendU(sb, 0xD800 + ((c - 0x10000) >> 10));
                            AppendU(sb, 0xDC00 + ((c - 0x10000) & 0x3FF));
                        }
                        else
                        {
                            AppendU(sb, c);
                        }
                    }
                    else if (c >= 0x10000)
                    {
                        sb.Append(char.ConvertFromUtf32(c));
                    }
                    else
                    {
                        sb.Append((char)c);
                    }

                    break;
            }
        }

        sb.Append('"');
        return NativeTypes.Str(sb.ToString());
    }

    /// <summary>The slow path for a str with lone surrogates, kept as code points.</summary>
    private static PyValue EncodeWithSurrogates(PyStr s, bool ascii)
    {
        var cps = new List<int>(s.Length + 2) { '"' };
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var escaped = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < 0x20 => "\\u" + c.ToString("x4", CultureInfo.InvariantCulture),
                _ => null,
            };
            if (escaped is null && ascii && c >= 0x7F)
            {
                var b = new StringBuilder();
                if (c >= 0x10000)
                {
                    AppendU(b, 0xD800 + ((c - 0x10000) >> 10));
                    AppendU(b, 0xDC00 + ((c - 0x10000) & 0x3FF));
                }
                else
                {
                    AppendU(b, c);
                }

                escaped = b.ToString();
            }

            if (escaped is null)
            {
                cps.Add(c);
            }
            else
            {
                foreach (var ch in escaped)
                {
                    cps.Add(ch);
                }
            }
        }

        cps.Add('"');
        return PyValue.FromObject(new PyStr(cps.ToArray()));
    }

    private static void AppendU(StringBuilder sb, int c) => sb.Append("\\u").Append(c.ToString("x4", CultureInfo.InvariantCulture));

    /// <summary>scanstring(s, end, strict): the JSON string body starting at endArg (after the quote) and the index after its closing quote.</summary>
    public static PyValue ScanString(ThreadState ts, PyStr s, long endArg, bool strict)
    {
        var len = s.Length;
        if (endArg < 0 || endArg > len)
        {
            return ts.SetError(PyExc.ValueError, "end is out of bounds");
        }

        var end = (int)endArg;
        var begin = end - 1;

        // Most strings have no escape: find the closing quote and take the slice.
        for (var k = end; k < len; k++)
        {
            var ch = s[k];
            if (ch == '"')
            {
                return NativeTypes.Tuple(PyValue.FromObject(s.Slice(end, k)), PyValue.FromInt64(k + 1));
            }

            if (ch == '\\' || (ch <= 0x1F && strict))
            {
                break;
            }
        }

        var chunks = new List<int>();
        while (true)
        {
            var next = end;
            var c = 0;
            for (; next < len; next++)
            {
                c = s[next];
                if (c is '"' or '\\')
                {
                    break;
                }

                if (c <= 0x1F && strict)
                {
                    return Fail(ts, "Invalid control character at", s, next);
                }

                chunks.Add(c);
            }

            if (next >= len)
            {
                return Fail(ts, "Unterminated string starting at", s, begin);
            }

            next++;
            if (c == '"')
            {
                end = next;
                break;
            }

            if (next == len)
            {
                return Fail(ts, "Unterminated string starting at", s, begin);
            }

            c = s[next];
            if (c != 'u')
            {
                end = next + 1;
                c = c switch
                {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\b',
                    'f' => '\f',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => 0,
                };
                if (c == 0)
                {
                    return Fail(ts, "Invalid \\escape", s, end - 2);
                }

                chunks.Add(c);
                continue;
            }

            next++;
            end = next + 4;
            if (end >= len)
            {
                return Fail(ts, "Invalid \\uXXXX escape", s, next - 1);
            }

            if (!TryHex4(s, next, out c))
            {
                return Fail(ts, "Invalid \\uXXXX escape", s, end - 5);
            }

            next = end;
            if (c is >= 0xD800 and <= 0xDBFF && end + 6 < len && s[next] == '\\' && s[next + 1] == 'u')
            {
                end += 6;
                if (!TryHex4(s, next + 2, out var c2))
                {
                    return Fail(ts, "Invalid \\uXXXX escape", s, end - 5);
                }

                if (c2 is >= 0xDC00 and <= 0xDFFF)
                {
                    c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
                }
                else
                {
                    end -= 6;
                }
            }

            chunks.Add(c);
        }

        return NativeTypes.Tuple(PyValue.FromObject(new PyStr(chunks.ToArray())), PyValue.FromInt64(end));
    }

    private static bool TryHex4(PyStr s, int pos, out int value)
    {
        value = 0;
        for (var k = 0; k < 4; k++)
        {
            var d = s[pos + k];
            var v = d switch
            {
                >= '0' and <= '9' => d - '0',
                >= 'a' and <= 'f' => d - 'a' + 10,
                >= 'A' and <= 'F' => d - 'A' + 10,
                _ => -1,
            };
            if (v < 0)
            {
                return false;
            }

            value = (value << 4) | v;
        }

        return true;
    }

    /// <summary>Raises json.decoder.JSONDecodeError(message, s, pos).</summary>
    public static PyValue Fail(ThreadState ts, string message, PyStr s, int pos)
    {
        var import = Hooks.ImportImpl;
        if (import is null)
        {
            return ts.SetError(PyExc.ValueError, message);
        }

        var module = import(ts, PyStr.Intern("json.decoder"), new PyDict(), NativeTypes.Tuple(NativeTypes.Str("JSONDecodeError")), PyValue.None, 0);
        if (module.IsError)
        {
            return module;
        }

        var cls = PyOps.GetAttr(ts, module, PyStr.Intern("JSONDecodeError"));
        if (cls.IsError)
        {
            return cls;
        }

        var exc = PyOps.Call(ts, cls, [NativeTypes.Str(message), PyValue.FromObject(s), PyValue.FromInt64(pos)]);
        return exc.IsError ? exc : ts.SetError((PyBaseException)exc.AsObject);
    }
}
