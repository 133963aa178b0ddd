using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>_io.BytesIO: a growable byte buffer with a position.</summary>
internal sealed class BytesIOObject(PyType type) : IoObject(type)
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    public List<byte> Data { get; } = [];

    public int Position { get; set; }

    public static PyType TypeObject => s_type.Value;

    private static BytesIOObject Self(ThreadState ts, PyValue v, out bool ok)
    {
        var s = (BytesIOObject)v.AsObject;
        ok = !s.BaseClosed;
        if (!ok)
        {
            IoBase.ClosedError(ts);
        }

        return s;
    }

    private static long Size(ThreadState ts, ReadOnlySpan<PyValue> a, out bool ok)
    {
        ok = true;
        if (a.Length < 2 || a[1].IsNone)
        {
            return -1;
        }

        ok = PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out var n);
        return n;
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("BytesIO", IoBase.BufferedIOBase, TypeFlags.BaseType, "_io");
        t.New = static (ts, type, a, kw) => PyValue.FromObject(new BytesIOObject(type));
        t.Init = static (ts, self, a, kw) =>
        {
            var args = new PyValue[1];
            if (!ArgParser.Parse(ts, "BytesIO", a, kw, ["initial_bytes"], 0, 0, args))
            {
                return false;
            }

            var s = (BytesIOObject)self.AsObject;
            s.Data.Clear();
            s.Position = 0;
            if (!args[0].IsNull && !args[0].IsNone)
            {
                if (!BytesLike.TryGetArgument(ts, args[0], out var span))
                {
                    return false;
                }

                s.Data.AddRange(span.ToArray());
            }

            return true;
        };
        t.AddGetSet("closed", static (ts, v) => PyValue.FromBool(((BytesIOObject)v.AsObject).BaseClosed));
        t.AddMethod0("close", static (ts, v) => { ((BytesIOObject)v.AsObject).BaseClosed = true; return PyValue.None; });
        foreach (var name in new[] { "readable", "writable", "seekable" })
        {
            t.AddMethod0(name, static (ts, v) => { Self(ts, v, out var ok); return ok ? PyValue.True : PyValue.Error; });
        }

        t.AddMethod0("flush", static (ts, v) => { Self(ts, v, out var ok); return ok ? PyValue.None : PyValue.Error; });
        t.AddMethod0("getvalue", static (ts, v) => Self(ts, v, out var ok) is var s && ok ? PyBytes.From([.. s.Data]) : PyValue.Error);
        t.AddMethod0("getbuffer", static (ts, v) => Self(ts, v, out var ok) is var s && ok
            ? PyOps.Call1(ts, PyValue.FromObject(PyType.MemoryView), PyValue.FromObject(new PyByteArray(PyType.ByteArray, [.. s.Data]))) : PyValue.Error);
        t.AddMethod("read", static (ts, a, kw) => Read(ts, a));
        t.AddMethod("read1", static (ts, a, kw) => Read(ts, a));
        t.AddMethod("readline", static (ts, a, kw) =>
        {
            var s = Self(ts, a[0], out var ok);
            var limit = Size(ts, a, out var ok2);
            if (!ok || !ok2)
            {
                return PyValue.Error;
            }

            var end = s.Position;
            while (end < s.Data.Count && (limit < 0 || end - s.Position < limit))
            {
                if (s.Data[end++] == (byte)'\n')
                {
                    break;
                }
            }

            var line = s.Position >= s.Data.Count ? [] : s.Data.GetRange(s.Position, end - s.Position).ToArray();
            s.Position = Math.Max(s.Position, end);
            return PyBytes.From(line);
        });
        t.AddMethod("readinto", static (ts, a, kw) => IoBase.ReadInto(ts, a, "read"));
        t.AddMethod("write", static (ts, a, kw) =>
        {
            var s = Self(ts, a[0], out var ok);
            if (!ok || !BytesLike.TryGetArgument(ts, a[1], out var span))
            {
                return PyValue.Error;
            }

            var data = span.ToArray();
            while (s.Data.Count < s.Position)
            {
                s.Data.Add(0);
            }

            var overlap = Math.Min(data.Length, s.Data.Count - s.Position);
            for (var i = 0; i < overlap; i++)
            {
                s.Data[s.Position + i] = data[i];
            }

            s.Data.AddRange(data[overlap..]);
            s.Position += data.Length;
            return PyValue.FromInt64(data.Length);
        });
        t.AddMethod("seek", static (ts, a, kw) => Seek(ts, a, ((BytesIOObject)a[0].AsObject).Data.Count, out _));
        t.AddMethod0("tell", static (ts, v) => Self(ts, v, out var ok) is var s && ok ? PyValue.FromInt64(s.Position) : PyValue.Error);
        t.AddMethod("truncate", static (ts, a, kw) =>
        {
            var s = Self(ts, a[0], out var ok);
            var size = Size(ts, a, out var ok2);
            if (!ok || !ok2)
            {
                return PyValue.Error;
            }

            size = size < 0 ? s.Position : size;
            if (size < s.Data.Count)
            {
                s.Data.RemoveRange((int)size, s.Data.Count - (int)size);
            }

            return PyValue.FromInt64(size);
        });
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyValue Read(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        var s = Self(ts, a[0], out var ok);
        var size = Size(ts, a, out var ok2);
        if (!ok || !ok2)
        {
            return PyValue.Error;
        }

        var available = Math.Max(0, s.Data.Count - s.Position);
        var n = size < 0 ? available : (int)Math.Min(size, available);
        var chunk = n == 0 ? [] : s.Data.GetRange(s.Position, n).ToArray();
        s.Position += n;
        return PyBytes.From(chunk);
    }

    /// <summary>seek(pos, whence=0) over a buffer of <paramref name="length"/> items; the new position.</summary>
    public static PyValue Seek(ThreadState ts, ReadOnlySpan<PyValue> a, int length, out long position)
    {
        position = 0;
        var io = (IoObject)a[0].AsObject;
        if (io.BaseClosed)
        {
            return IoBase.ClosedError(ts);
        }

        long whence = 0;
        if (a.Length < 2 || !PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out var pos) || (a.Length > 2 && !PyOps.TryIndexAsInt64(ts, a[2], PyExc.OverflowError, out whence)))
        {
            return a.Length < 2 ? ts.SetError(PyExc.TypeError, "seek() takes at least 1 argument (0 given)") : PyValue.Error;
        }

        if (whence == 0 && pos < 0)
        {
            return ts.SetError(PyExc.ValueError, "negative seek value " + pos);
        }

        position = whence switch
        {
            0 => pos,
            1 => ((io as BytesIOObject)?.Position ?? (io as StringIOObject)?.Position ?? 0) + pos,
            2 => length + pos,
            _ => -1,
        };
        if (whence is < 0 or > 2)
        {
            return ts.SetError(PyExc.ValueError, "invalid whence (" + whence + ", should be 0, 1 or 2)");
        }

        position = Math.Max(0, position);
        if (io is BytesIOObject b)
        {
            b.Position = (int)position;
        }
        else if (io is StringIOObject s)
        {
            s.Position = (int)position;
        }

        return PyValue.FromInt64(position);
    }
}

/// <summary>_io.StringIO: text in a StringBuilder with a position, and the newline translation of TextIOWrapper.</summary>
internal sealed class StringIOObject(PyType type) : IoObject(type)
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    public StringBuilder Text { get; } = new();

    public int Position { get; set; }

    public PyValue Newline { get; set; } = PyValue.FromObject(PyStr.Intern("\n"));

    public static PyType TypeObject => s_type.Value;

    private static StringIOObject Self(ThreadState ts, PyValue v, out bool ok)
    {
        var s = (StringIOObject)v.AsObject;
        ok = !s.BaseClosed;
        if (!ok)
        {
            // StringIO words it without the final period (CPython's stringio.c).
            ts.SetError(PyExc.ValueError, "I/O operation on closed file");
        }

        return s;
    }

    // Newline None: \r\n and \r become \n; "\r" or "\r\n": \n becomes that; "" and "\n": unchanged.
    private string Translate(string s)
    {
        if (Newline.IsNone)
        {
            return s.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        var nl = ((PyStr)Newline.AsObject).Value;
        return nl is "\r" or "\r\n" ? s.Replace("\n", nl, StringComparison.Ordinal) : s;
    }

    private void Write(string s)
    {
        if (Position > Text.Length)
        {
            Text.Append('\0', Position - Text.Length);
        }

        var overlap = Math.Min(s.Length, Text.Length - Position);
        Text.Remove(Position, overlap).Insert(Position, s);
        Position += s.Length;
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("StringIO", IoBase.TextIOBase, TypeFlags.BaseType, "_io");
        t.New = static (ts, type, a, kw) => PyValue.FromObject(new StringIOObject(type));
        t.Init = static (ts, self, a, kw) =>
        {
            var args = new PyValue[2];
            if (!ArgParser.Parse(ts, "StringIO", a, kw, ["initial_value", "newline"], 0, 0, args))
            {
                return false;
            }

            var s = (StringIOObject)self.AsObject;
            if (!args[1].IsNull)
            {
                if (!args[1].IsNone && args[1].AsObject is not PyStr { Value: "" or "\n" or "\r" or "\r\n" })
                {
                    ts.SetError(args[1].AsObject is PyStr nl ? PyExc.ValueError : PyExc.TypeError, args[1].AsObject is PyStr bad
                        ? "illegal newline value: " + PyOps.Repr(ts, args[1])?.Value : "newline must be str or None, not " + args[1].Type.Name);
                    return false;
                }

                s.Newline = args[1];
            }

            s.Text.Clear();
            s.Position = 0;
            if (!args[0].IsNull && !args[0].IsNone)
            {
                if (args[0].AsObject is not PyStr initial)
                {
                    ts.SetError(PyExc.TypeError, "initial_value must be str or None, not " + args[0].Type.Name);
                    return false;
                }

                s.Write(s.Translate(initial.Value));
                s.Position = 0;
            }

            return true;
        };
        t.AddGetSet("closed", static (ts, v) => PyValue.FromBool(((StringIOObject)v.AsObject).BaseClosed));
        t.AddGetSet("line_buffering", static (ts, v) => PyValue.False);
        t.AddGetSet("newlines", static (ts, v) => PyValue.None);
        t.AddMethod0("close", static (ts, v) => { ((StringIOObject)v.AsObject).BaseClosed = true; return PyValue.None; });
        foreach (var name in new[] { "readable", "writable", "seekable" })
        {
            t.AddMethod0(name, static (ts, v) => { Self(ts, v, out var ok); return ok ? PyValue.True : PyValue.Error; });
        }

        t.AddMethod0("getvalue", static (ts, v) => Self(ts, v, out var ok) is var s && ok ? PyValue.FromObject(new PyStr(s.Text.ToString())) : PyValue.Error);
        t.AddMethod("read", static (ts, a, kw) =>
        {
            var s = Self(ts, a[0], out var ok);
            long size = -1;
            if (!ok || (a.Length > 1 && !a[1].IsNone && !PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out size)))
            {
                return PyValue.Error;
            }

            var available = Math.Max(0, s.Text.Length - s.Position);
            var n = size < 0 ? available : (int)Math.Min(size, available);
            var chunk = n == 0 ? "" : s.Text.ToString(s.Position, n);
            s.Position += n;
            return PyValue.FromObject(new PyStr(chunk));
        });
        t.AddMethod("readline", static (ts, a, kw) =>
        {
            var s = Self(ts, a[0], out var ok);
            long limit = -1;
            if (!ok || (a.Length > 1 && !a[1].IsNone && !PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out limit)))
            {
                return PyValue.Error;
            }

            var end = LineEnds.Find(s.Text, s.Position, s.Newline, final: true);
            if (end < 0)
            {
                end = s.Text.Length;
            }

            if (limit >= 0 && end - s.Position > limit)
            {
                end = s.Position + (int)limit;
            }

            var line = end <= s.Position ? "" : s.Text.ToString(s.Position, end - s.Position);
            s.Position = Math.Max(s.Position, end);
            return PyValue.FromObject(new PyStr(line));
        });
        t.AddMethod("write", static (ts, a, kw) =>
        {
            var s = Self(ts, a[0], out var ok);
            if (!ok)
            {
                return PyValue.Error;
            }

            if (a.Length < 2 || a[1].AsObject is not PyStr text)
            {
                return ts.SetError(PyExc.TypeError, "string argument expected, got '" + (a.Length < 2 ? "nothing" : a[1].Type.Name) + "'");
            }

            s.Write(s.Translate(text.Value));
            return PyValue.FromInt64(text.Value.Length);
        });
        t.AddMethod("seek", static (ts, a, kw) => BytesIOObject.Seek(ts, a, ((StringIOObject)a[0].AsObject).Text.Length, out _));
        t.AddMethod0("tell", static (ts, v) => Self(ts, v, out var ok) is var s && ok ? PyValue.FromInt64(s.Position) : PyValue.Error);
        t.AddMethod("truncate", static (ts, a, kw) =>
        {
            var s = Self(ts, a[0], out var ok);
            long size = -1;
            if (!ok || (a.Length > 1 && !a[1].IsNone && !PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out size)))
            {
                return PyValue.Error;
            }

            size = size < 0 ? s.Position : size;
            if (size < s.Text.Length)
            {
                s.Text.Length = (int)size;
            }

            return PyValue.FromInt64(size);
        });
        t.Repr = static (ts, v) => PyValue.FromObject(new PyStr("<_io.StringIO object>"));
        SlotTable.AddWrappers(t);
        return t;
    }
}
