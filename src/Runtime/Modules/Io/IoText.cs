using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// _io.TextIOWrapper: text over a buffered binary stream through the codecs of src/Objects/Codecs,
/// with universal newlines on read (newline=None) and newline translation on write. Decoding keeps
/// back an incomplete UTF-8/UTF-16/UTF-32 sequence at a chunk's end for the next chunk.
/// </summary>
internal sealed class TextIOObject(PyType type) : IoObject(type)
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    private readonly StringBuilder _decoded = new();
    private byte[] _pending = [];
    private bool _eof;
    private bool _pendingCr;

    public PyValue Buffer { get; set; } = PyValue.None;

    public string Encoding { get; set; } = "utf-8";

    public string Errors { get; set; } = "strict";

    public PyValue Newline { get; set; } = PyValue.None;

    public bool LineBuffering { get; set; }

    public bool WriteThrough { get; set; }

    public static PyType TypeObject => s_type.Value;

    private static TextIOObject Self(PyValue v) => (TextIOObject)v.AsObject;

    private static PyValue C(ThreadState ts, PyValue target, string method, params PyValue[] args) => IoBase.Call(ts, target, method, args);

    private static bool Init(ThreadState ts, PyValue self, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var args = new PyValue[6];
        if (!ArgParser.Parse(ts, "TextIOWrapper", a, kw, ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 1, 0, args))
        {
            return false;
        }

        var s = Self(self);
        s.Buffer = args[0];
        var encoding = args[1].AsObject is PyStr e && e.Value != "locale" ? e.Value : "UTF-8";
        if (Codecs.Lookup(encoding) is null)
        {
            // Codecs of the registry (cp1252...) are used whole-buffer: right for the 8-bit code pages.
            if (CodecHooks.Lookup is not { } lookup)
            {
                ts.SetError(PyExc.LookupError, "unknown encoding: " + encoding);
                return false;
            }

            if (lookup(ts, encoding).IsError)
            {
                return false;
            }
        }

        s.Encoding = encoding;
        s.Errors = args[2].AsObject is PyStr err ? err.Value : "strict";
        if (!args[3].IsNull && !args[3].IsNone && args[3].AsObject is not PyStr { Value: "" or "\n" or "\r" or "\r\n" })
        {
            ts.SetError(PyExc.ValueError, "illegal newline value: " + PyOps.Repr(ts, args[3])?.Value);
            return false;
        }

        s.Newline = args[3].IsNull ? PyValue.None : args[3];
        s.LineBuffering = !args[4].IsNull && PyOps.IsTrue(ts, args[4]) > 0;
        s.WriteThrough = !args[5].IsNull && PyOps.IsTrue(ts, args[5]) > 0;
        return true;
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("TextIOWrapper", IoBase.TextIOBase, TypeFlags.BaseType, "_io");
        t.New = static (ts, type, a, kw) => PyValue.FromObject(new TextIOObject(type));
        t.Init = Init;
        t.AddGetSet("buffer", static (ts, v) => Self(v).Buffer);
        t.AddGetSet("encoding", static (ts, v) => PyValue.FromObject(new PyStr(Self(v).Encoding)));
        t.AddGetSet("errors", static (ts, v) => PyValue.FromObject(new PyStr(Self(v).Errors)));
        t.AddGetSet("line_buffering", static (ts, v) => PyValue.FromBool(Self(v).LineBuffering));
        t.AddGetSet("write_through", static (ts, v) => PyValue.FromBool(Self(v).WriteThrough));
        t.AddGetSet("newlines", static (ts, v) => PyValue.None);
        t.AddGetSet("closed", static (ts, v) => PyOps.GetAttr(ts, Self(v).Buffer, PyStr.Intern("closed")));
        t.AddGetSet("name", static (ts, v) => PyOps.GetAttr(ts, Self(v).Buffer, PyStr.Intern("name")));
        t.AddMethod0("fileno", static (ts, v) => C(ts, Self(v).Buffer, "fileno"));
        t.AddMethod0("isatty", static (ts, v) => C(ts, Self(v).Buffer, "isatty"));
        t.AddMethod0("readable", static (ts, v) => C(ts, Self(v).Buffer, "readable"));
        t.AddMethod0("writable", static (ts, v) => C(ts, Self(v).Buffer, "writable"));
        t.AddMethod0("seekable", static (ts, v) => C(ts, Self(v).Buffer, "seekable"));
        t.AddMethod0("flush", static (ts, v) => C(ts, Self(v).Buffer, "flush"));
        t.AddMethod0("close", static (ts, v) =>
        {
            var closed = IoBase.IsClosed(ts, v);
            if (closed != 0)
            {
                return closed < 0 ? PyValue.Error : PyValue.None;
            }

            var flushed = C(ts, Self(v).Buffer, "flush");
            var r = C(ts, Self(v).Buffer, "close");
            return flushed.IsError ? flushed : r;
        });
        t.AddMethod0("detach", static (ts, v) =>
        {
            var b = Self(v).Buffer;
            Self(v).Buffer = PyValue.None;
            return b;
        });
        t.AddMethod("reconfigure", static (ts, a, kw) =>
        {
            var args = new PyValue[5];
            if (!ArgParser.Parse(ts, "reconfigure", a[1..], kw, ["encoding", "errors", "newline", "line_buffering", "write_through"], 0, 0, args, 0))
            {
                return PyValue.Error;
            }

            var s = Self(a[0]);
            s.Encoding = args[0].AsObject is PyStr e ? e.Value : s.Encoding;
            s.Errors = args[1].AsObject is PyStr err ? err.Value : s.Errors;
            s.Newline = args[2].IsNull ? s.Newline : args[2];
            s.LineBuffering = args[3].IsNull || args[3].IsNone ? s.LineBuffering : PyOps.IsTrue(ts, args[3]) > 0;
            s.WriteThrough = args[4].IsNull || args[4].IsNone ? s.WriteThrough : PyOps.IsTrue(ts, args[4]) > 0;
            return PyValue.None;
        });
        t.AddMethod("write", static (ts, a, kw) => Self(a[0]).Write(ts, a));
        t.AddMethod("read", static (ts, a, kw) => Self(a[0]).Read(ts, a));
        t.AddMethod("readline", static (ts, a, kw) => Self(a[0]).ReadLine(ts, a));
        t.AddMethod("seek", static (ts, a, kw) =>
        {
            var s = Self(a[0]);
            s._decoded.Clear();
            s._pending = [];
            s._eof = false;
            s._pendingCr = false;
            var f = C(ts, s.Buffer, "flush");
            return f.IsError ? f : C(ts, s.Buffer, "seek", a.Length > 1 ? a[1] : PyValue.FromInt64(0), a.Length > 2 ? a[2] : PyValue.FromInt64(0));
        });
        t.AddMethod0("tell", static (ts, v) =>
        {
            var s = Self(v);
            var pos = C(ts, s.Buffer, "tell");
            if (pos.IsError)
            {
                return pos;
            }

            var unread = Codecs.Encode(ts, new PyStr(s._decoded.ToString()), s.Encoding, s.Errors);
            return unread.IsError ? unread : PyValue.FromInt64(pos.AsInt64 - s._pending.Length - ((PyBytes)unread.AsObject).Span.Length);
        });
        t.AddMethod("truncate", static (ts, a, kw) =>
        {
            var f = C(ts, Self(a[0]).Buffer, "flush");
            return f.IsError ? f : a.Length > 1 ? C(ts, Self(a[0]).Buffer, "truncate", a[1]) : C(ts, Self(a[0]).Buffer, "truncate");
        });
        t.Repr = static (ts, v) =>
        {
            var s = Self(v);
            var sb = new StringBuilder("<_io.TextIOWrapper");
            foreach (var attr in new[] { "name", "mode" })
            {
                if (PyOps.TryGetAttr(ts, v, PyStr.Intern(attr), out var value) > 0 && PyOps.Repr(ts, value) is { } r)
                {
                    sb.Append(' ').Append(attr).Append('=').Append(r.Value);
                }

                ts.ClearError();
            }

            return PyValue.FromObject(new PyStr(sb.Append(" encoding='").Append(s.Encoding).Append("'>").ToString()));
        };
        SlotTable.AddWrappers(t);
        return t;
    }

    private PyValue Write(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        if (a.Length < 2 || a[1].AsObject is not PyStr text)
        {
            return ts.SetError(PyExc.TypeError, "write() argument must be str, not " + (a.Length < 2 ? "nothing" : a[1].Type.Name));
        }

        if (!IoBase.CheckOpen(ts, a[0]))
        {
            return PyValue.Error;
        }

        var s = text.Value;
        var nl = Newline.AsObject is PyStr n ? n.Value : "\n";
        var translated = nl is "\r" or "\r\n" ? s.Replace("\n", nl, StringComparison.Ordinal) : s;
        var encoded = Codecs.Encode(ts, new PyStr(translated), Encoding, Errors);
        if (encoded.IsError)
        {
            return encoded;
        }

        if (_decoded.Length > 0 || _pending.Length > 0)
        {
            // Writing after reading: the buffer's position must be where the text reader stands.
            var back = C(ts, PyValue.FromObject(this), "tell");
            if (back.IsError || C(ts, Buffer, "seek", back).IsError)
            {
                return PyValue.Error;
            }

            _decoded.Clear();
            _pending = [];
        }

        var r = C(ts, Buffer, "write", encoded);
        if (r.IsError)
        {
            return r;
        }

        if (LineBuffering && (s.Contains('\n') || s.Contains('\r')) && C(ts, Buffer, "flush").IsError)
        {
            return PyValue.Error;
        }

        return PyValue.FromInt64(s.Length);
    }

    // Reads one more chunk into _decoded; false at end of file.
    private bool ReadChunk(ThreadState ts, out bool failed)
    {
        failed = false;
        if (_eof)
        {
            return false;
        }

        var chunk = C(ts, Buffer, "read1", PyValue.FromInt64(IoModule.DefaultBufferSize));
        if (chunk.IsError)
        {
            failed = true;
            return false;
        }

        var bytes = chunk.IsNone ? [] : BytesLike.TryGetSpan(chunk, out var span) ? span.ToArray() : [];
        _eof = bytes.Length == 0;
        var data = _pending.Length == 0 ? bytes : [.. _pending, .. bytes];
        var cut = _eof ? data.Length : CompletePrefix(data);
        _pending = data[cut..];
        var text = Codecs.Decode(ts, data.AsSpan(0, cut), Encoding, Errors);
        if (text.IsError)
        {
            failed = true;
            return false;
        }

        AppendTranslated(((PyStr)text.AsObject).Value);
        return !_eof || _decoded.Length > 0;
    }

    private void AppendTranslated(string s)
    {
        if (!Newline.IsNone)
        {
            _decoded.Append(s);
            return;
        }

        foreach (var c in s)
        {
            if (_pendingCr)
            {
                _pendingCr = false;
                if (c == '\n')
                {
                    continue;
                }
            }

            if (c == '\r')
            {
                _decoded.Append('\n');
                _pendingCr = true;
            }
            else
            {
                _decoded.Append(c);
            }
        }
    }

    // How much of data decodes without splitting a character (UTF-8 lead/continuation bytes; UTF-16/32 unit sizes).
    private int CompletePrefix(byte[] data)
    {
        // Codecs.Lookup names the codec module (utf_16_le); null for codecs of the registry (8-bit code pages).
        var norm = Codecs.Lookup(Encoding) ?? "latin_1";
        if (norm.StartsWith("utf_16", StringComparison.Ordinal))
        {
            return data.Length & ~1;
        }

        if (norm.StartsWith("utf_32", StringComparison.Ordinal))
        {
            return data.Length & ~3;
        }

        if (!norm.StartsWith("utf_8", StringComparison.Ordinal))
        {
            return data.Length;
        }

        var i = data.Length;
        for (var back = 1; back <= 3 && i - back >= 0; back++)
        {
            var b = data[i - back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return need > back ? i - back : i;
        }

        return i;
    }

    private PyValue Read(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        long size = -1;
        if (!IoBase.CheckOpen(ts, a[0]) || (a.Length > 1 && !a[1].IsNone && !PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out size)))
        {
            return PyValue.Error;
        }

        while ((size < 0 || _decoded.Length < size) && ReadChunk(ts, out _))
        {
        }

        if (ts.HasError)
        {
            return PyValue.Error;
        }

        var n = size < 0 ? _decoded.Length : (int)Math.Min(size, _decoded.Length);
        var result = _decoded.ToString(0, n);
        _decoded.Remove(0, n);
        return PyValue.FromObject(new PyStr(result));
    }

    private PyValue ReadLine(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        long limit = -1;
        if (!IoBase.CheckOpen(ts, a[0]) || (a.Length > 1 && !a[1].IsNone && !PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out limit)))
        {
            return PyValue.Error;
        }

        int end;
        var from = 0;
        while (true)
        {
            end = LineEnds.Find(_decoded, from, Newline, final: _eof);
            from = Math.Max(0, _decoded.Length - 1);
            if (end >= 0 || (limit >= 0 && _decoded.Length >= limit) || !ReadChunk(ts, out var failed))
            {
                if (ts.HasError)
                {
                    return PyValue.Error;
                }

                if (end == -2)
                {
                    end = LineEnds.Find(_decoded, from, Newline, final: true);
                }

                break;
            }
        }

        var n = end >= 0 ? end : _decoded.Length;
        if (limit >= 0)
        {
            n = (int)Math.Min(n, limit);
        }

        var line = _decoded.ToString(0, n);
        _decoded.Remove(0, n);
        return PyValue.FromObject(new PyStr(line));
    }
}
