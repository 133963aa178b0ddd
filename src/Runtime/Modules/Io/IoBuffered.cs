using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// _io.BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair over a raw stream. Reads keep
/// a buffer (for peek and readline); writes go straight through to the raw stream, so a flush never
/// has data to lose.
/// </summary>
internal sealed class BufferedObject(PyType type) : IoObject(type)
{
    private static readonly Lazy<PyType> s_reader = new(() => CreateType("BufferedReader", true, false));
    private static readonly Lazy<PyType> s_writer = new(() => CreateType("BufferedWriter", false, true));
    private static readonly Lazy<PyType> s_random = new(() => CreateType("BufferedRandom", true, true));
    private static readonly Lazy<PyType> s_pair = new(() => CreateType("BufferedRWPair", true, true));

    private byte[] _buffer = [];
    private int _pos;

    public PyValue Raw { get; set; } = PyValue.None;

    /// <summary>BufferedRWPair's writer (Raw is its reader).</summary>
    public PyValue Writer { get; set; } = PyValue.Null;

    public static PyType Reader => s_reader.Value;

    public static PyType WriterType => s_writer.Value;

    public static PyType Random => s_random.Value;

    public static PyType Pair => s_pair.Value;

    private int Buffered => _buffer.Length - _pos;

    private PyValue WriteTarget => Writer.IsNull ? Raw : Writer;

    private static BufferedObject Self(PyValue v) => (BufferedObject)v.AsObject;

    private static PyValue C(ThreadState ts, PyValue target, string method, params PyValue[] args) => IoBase.Call(ts, target, method, args);

    private static PyType CreateType(string name, bool read, bool write)
    {
        var t = PyType.CreateRuntimeType(name, IoBase.BufferedIOBase, TypeFlags.BaseType, "_io");
        var isPair = name == "BufferedRWPair";
        t.New = static (ts, type, a, kw) => PyValue.FromObject(new BufferedObject(type));
        t.Init = (ts, self, a, kw) =>
        {
            var args = new PyValue[isPair ? 3 : 2];
            if (!ArgParser.Parse(ts, name, a, kw, isPair ? ["reader", "writer", "buffer_size"] : ["raw", "buffer_size"], isPair ? 2 : 1, 0, args))
            {
                return false;
            }

            Self(self).Raw = args[0];
            if (isPair)
            {
                Self(self).Writer = args[1];
            }

            return true;
        };
        t.AddGetSet("raw", static (ts, v) => Self(v).Raw);
        t.AddGetSet("closed", static (ts, v) => PyOps.GetAttr(ts, Self(v).WriteTarget, PyStr.Intern("closed")));
        t.AddGetSet("name", static (ts, v) => PyOps.GetAttr(ts, Self(v).Raw, PyStr.Intern("name")));
        t.AddGetSet("mode", static (ts, v) => PyOps.GetAttr(ts, Self(v).Raw, PyStr.Intern("mode")));
        t.AddMethod0("fileno", static (ts, v) => C(ts, Self(v).Raw, "fileno"));
        t.AddMethod0("isatty", static (ts, v) => C(ts, Self(v).WriteTarget, "isatty"));
        t.AddMethod0("readable", read ? static (ts, v) => C(ts, Self(v).Raw, "readable") : static (ts, v) => PyValue.False);
        t.AddMethod0("writable", write ? static (ts, v) => C(ts, Self(v).WriteTarget, "writable") : static (ts, v) => PyValue.False);
        t.AddMethod0("seekable", isPair ? static (ts, v) => PyValue.False : static (ts, v) => C(ts, Self(v).Raw, "seekable"));
        t.AddMethod0("flush", static (ts, v) => IoBase.CheckOpen(ts, v) ? PyValue.None : PyValue.Error);
        t.AddMethod0("close", static (ts, v) =>
        {
            var s = Self(v);
            var closed = IoBase.IsClosed(ts, v);
            if (closed != 0)
            {
                return closed < 0 ? PyValue.Error : PyValue.None;
            }

            if (!s.Writer.IsNull && C(ts, s.Writer, "close").IsError)
            {
                return PyValue.Error;
            }

            return C(ts, s.Raw, "close");
        });
        t.AddMethod0("detach", static (ts, v) =>
        {
            var raw = Self(v).Raw;
            Self(v).Raw = PyValue.None;
            return raw;
        });
        if (read)
        {
            t.AddMethod("read", static (ts, a, kw) => Self(a[0]).Read(ts, a, false));
            t.AddMethod("read1", static (ts, a, kw) => Self(a[0]).Read(ts, a, true));
            t.AddMethod("peek", static (ts, a, kw) => Self(a[0]).Fill(ts) is var r && r.IsError ? r : PyBytes.From(Self(a[0])._buffer[Self(a[0])._pos..]));
            t.AddMethod("readline", static (ts, a, kw) => Self(a[0]).ReadLine(ts, a));
        }

        if (write)
        {
            t.AddMethod("write", static (ts, a, kw) =>
            {
                var s = Self(a[0]);
                if (!IoBase.CheckOpen(ts, a[0]) || !BytesLike.TryGetArgument(ts, a[1], out var span))
                {
                    return PyValue.Error;
                }

                if (s.Buffered > 0 && s.Writer.IsNull && s.SeekRawBack(ts).IsError)
                {
                    return PyValue.Error;
                }

                var data = PyBytes.From(span.ToArray());
                var total = span.Length;
                var written = 0;
                while (written < total)
                {
                    var chunk = written == 0 ? data : PyBytes.From(((PyBytes)data.AsObject).Span[written..].ToArray());
                    var n = C(ts, s.WriteTarget, "write", chunk);
                    if (n.IsError)
                    {
                        return n;
                    }

                    if (n.IsNone || n.AsInt64 <= 0)
                    {
                        break;
                    }

                    written += (int)n.AsInt64;
                }

                return PyValue.FromInt64(total);
            });
        }

        if (!isPair)
        {
            t.AddMethod("seek", static (ts, a, kw) =>
            {
                var s = Self(a[0]);
                var whence = a.Length > 2 ? a[2] : PyValue.FromInt64(0);
                var target = a.Length > 1 ? a[1] : PyValue.FromInt64(0);
                if (whence.IsInt64 && whence.AsInt64 == 1 && s.Buffered > 0 && target.IsInt64)
                {
                    target = PyValue.FromInt64(target.AsInt64 - s.Buffered);
                }

                s._buffer = [];
                s._pos = 0;
                return C(ts, s.Raw, "seek", target, whence);
            });
            t.AddMethod0("tell", static (ts, v) =>
            {
                var r = C(ts, Self(v).Raw, "tell");
                return r.IsError ? r : PyValue.FromInt64(r.AsInt64 - Self(v).Buffered);
            });
            t.AddMethod("truncate", static (ts, a, kw) =>
            {
                var s = Self(a[0]);
                if (s.Buffered > 0 && s.SeekRawBack(ts).IsError)
                {
                    return PyValue.Error;
                }

                return a.Length > 1 ? C(ts, s.Raw, "truncate", a[1]) : C(ts, s.Raw, "truncate");
            });
        }

        t.Repr = static (ts, v) =>
        {
            var name = PyOps.TryGetAttr(ts, Self(v).Raw, PyStr.Intern("name"), out var n) > 0 ? PyOps.Repr(ts, n)?.Value : null;
            ts.ClearError();
            return PyValue.FromObject(new PyStr("<_io." + v.Type.Name + (name is null ? "" : " name=" + name) + ">"));
        };
        SlotTable.AddWrappers(t);
        return t;
    }

    // Before writing after reading, the raw position goes back to the logical one.
    private PyValue SeekRawBack(ThreadState ts)
    {
        var back = Buffered;
        _buffer = [];
        _pos = 0;
        return C(ts, Raw, "seek", PyValue.FromInt64(-back), PyValue.FromInt64(1));
    }

    private PyValue Fill(ThreadState ts)
    {
        if (Buffered > 0)
        {
            return PyValue.None;
        }

        var chunk = C(ts, Raw, "read", PyValue.FromInt64(IoModule.DefaultBufferSize));
        if (chunk.IsError)
        {
            return chunk;
        }

        _buffer = chunk.IsNone ? [] : BytesLike.TryGetSpan(chunk, out var span) ? span.ToArray() : [];
        _pos = 0;
        return PyValue.None;
    }

    private PyValue Take(int n)
    {
        var result = _buffer[_pos..(_pos + n)];
        _pos += n;
        return PyBytes.From(result);
    }

    private PyValue Read(ThreadState ts, ReadOnlySpan<PyValue> a, bool once)
    {
        long size = -1;
        if (!IoBase.CheckOpen(ts, a[0]) || (a.Length > 1 && !a[1].IsNone && !PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out size)))
        {
            return PyValue.Error;
        }

        if (size < -1)
        {
            return ts.SetError(PyExc.ValueError, "read length must be non-negative or -1");
        }

        var result = new List<byte>(_buffer[_pos..]);
        _buffer = [];
        _pos = 0;
        if (size < 0)
        {
            var rest = C(ts, Raw, "readall");
            if (rest.IsError)
            {
                return rest;
            }

            if (BytesLike.TryGetSpan(rest, out var restSpan))
            {
                result.AddRange(restSpan.ToArray());
            }

            return PyBytes.From([.. result]);
        }

        while (result.Count < size && !(once && result.Count > 0))
        {
            var chunk = C(ts, Raw, "read", PyValue.FromInt64(Math.Max(size - result.Count, IoModule.DefaultBufferSize)));
            if (chunk.IsError)
            {
                return chunk;
            }

            if (chunk.IsNone || !BytesLike.TryGetSpan(chunk, out var span) || span.IsEmpty)
            {
                break;
            }

            result.AddRange(span.ToArray());
        }

        if (result.Count > size)
        {
            _buffer = result.GetRange((int)size, result.Count - (int)size).ToArray();
            result.RemoveRange((int)size, result.Count - (int)size);
        }

        return PyBytes.From([.. result]);
    }

    private PyValue ReadLine(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        long limit = -1;
        if (!IoBase.CheckOpen(ts, a[0]) || (a.Length > 1 && !a[1].IsNone && !PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out limit)))
        {
            return PyValue.Error;
        }

        var line = new List<byte>();
        while (limit < 0 || line.Count < limit)
        {
            if (Fill(ts).IsError)
            {
                return PyValue.Error;
            }

            if (Buffered == 0)
            {
                break;
            }

            var b = _buffer[_pos++];
            line.Add(b);
            if (b == (byte)'\n')
            {
                break;
            }
        }

        return PyBytes.From([.. line]);
    }
}
