using System.Buffers.Binary;
using System.Text;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>marshal</c> for the plain values (None, bools, Ellipsis, StopIteration, ints, floats,
/// complex, str, bytes, tuples, lists, dicts, sets), in CPython's format: what importlib, zipimport
/// and pkgutil import it for. Code objects are not marshalled: ProtoPython caches compiled modules
/// in a format of its own (docs/design/import-system.md), so dumps(code) is a ValueError.
/// </summary>
internal sealed class MarshalModule : INativeModule
{
    private const int Version = 5;

    public string Name => "marshal";

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        var m = new PyModule("marshal");
        m.Add("version", PyValue.FromInt64(Version));
        m.AddFunction("dumps", static (ts, a, kw) => Dumps(ts, a));
        m.AddFunction("loads", static (ts, a, kw) => a.Length < 1 ? ts.SetError(PyExc.TypeError, "loads() missing required argument 'bytes' (pos 1)") : Loads(ts, a[0]));
        m.AddFunction("dump", static (ts, a, kw) =>
        {
            if (a.Length < 2)
            {
                return ts.SetError(PyExc.TypeError, "dump() missing required argument 'file' (pos 2)");
            }

            var data = Dumps(ts, [a[0]]);
            return data.IsError ? data : PyOps.CallMethod(ts, a[1], PyStr.Intern("write"), [data]);
        });
        m.AddFunction("load", static (ts, a, kw) =>
        {
            if (a.Length < 1)
            {
                return ts.SetError(PyExc.TypeError, "load() missing required argument 'file' (pos 1)");
            }

            var data = PyOps.CallMethod(ts, a[0], PyStr.Intern("read"), []);
            return data.IsError ? data : Loads(ts, data);
        });
        return m;
    }

    private static PyValue Dumps(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        if (a.Length < 1)
        {
            return ts.SetError(PyExc.TypeError, "dumps() missing required argument 'value' (pos 1)");
        }

        var output = new List<byte>();
        return Write(ts, a[0], output, 0) ? PyBytes.From([.. output]) : PyValue.Error;
    }

    private static bool Write(ThreadState ts, PyValue v, List<byte> o, int depth)
    {
        if (depth > 2000)
        {
            ts.SetError(PyExc.ValueError, "object too deeply nested to marshal");
            return false;
        }

        if (v.IsNone)
        {
            o.Add((byte)'N');
        }
        else if (v.IsBool)
        {
            o.Add(v.AsInt64 != 0 ? (byte)'T' : (byte)'F');
        }
        else if (v.AsObject is PyEllipsis)
        {
            o.Add((byte)'.');
        }
        else if (v.IsInt64 && v.Type == PyType.Int && v.AsInt64 is >= int.MinValue and <= int.MaxValue)
        {
            o.Add((byte)'i');
            AddInt32(o, (int)v.AsInt64);
        }
        else if ((v.IsInt64 || v.IsBigInt) && v.Type == PyType.Int)
        {
            WriteLong(v.IsInt64 ? v.AsInt64 : ((PyBigInt)v.AsObject).Value, o);
        }
        else if (v.IsFloat)
        {
            o.Add((byte)'g');
            AddInt64(o, BitConverter.DoubleToInt64Bits(v.AsDouble));
        }
        else if (v.AsObject is PyComplex c && v.Type == PyType.Complex)
        {
            o.Add((byte)'y');
            AddInt64(o, BitConverter.DoubleToInt64Bits(c.Real));
            AddInt64(o, BitConverter.DoubleToInt64Bits(c.Imag));
        }
        else if (v.AsObject is PyStr s && v.Type == PyType.Str)
        {
            var bytes = Encoding.UTF8.GetBytes(s.Value);
            o.Add((byte)'u');
            AddInt32(o, bytes.Length);
            o.AddRange(bytes);
        }
        else if (v.AsObject is PyBytes b)
        {
            o.Add((byte)'s');
            AddInt32(o, b.Length);
            o.AddRange(b.Span.ToArray());
        }
        else if (v.AsObject is PyTuple t && v.Type == PyType.Tuple)
        {
            o.Add((byte)'(');
            AddInt32(o, t.Length);
            foreach (var item in t.Items)
            {
                if (!Write(ts, item, o, depth + 1))
                {
                    return false;
                }
            }
        }
        else if (v.AsObject is PyList l && v.Type == PyType.List)
        {
            o.Add((byte)'[');
            AddInt32(o, l.Count);
            for (var i = 0; i < l.Count; i++)
            {
                l.TryGetItem(ts, i, out var item);
                if (!Write(ts, item, o, depth + 1))
                {
                    return false;
                }
            }
        }
        else if (v.AsObject is PyDict d && v.Type == PyType.Dict)
        {
            o.Add((byte)'{');
            foreach (var (key, value) in d)
            {
                if (!Write(ts, key, o, depth + 1) || !Write(ts, value, o, depth + 1))
                {
                    return false;
                }
            }

            o.Add((byte)'0');
        }
        else if (v.AsObject is PySet set && (v.Type == PyType.Set || v.Type == PyType.FrozenSet))
        {
            o.Add(v.Type == PyType.Set ? (byte)'<' : (byte)'>');
            var items = new List<PyValue>();
            var it = PyOps.GetIter(ts, v);
            while (PyOps.Next(ts, it, out var item) > 0)
            {
                items.Add(item);
            }

            AddInt32(o, items.Count);
            foreach (var item in items)
            {
                if (!Write(ts, item, o, depth + 1))
                {
                    return false;
                }
            }
        }
        else
        {
            ts.SetError(PyExc.ValueError, "unmarshallable object");
            return false;
        }

        return true;
    }

    // 'l': sign and size in 15-bit digits, then the digits, least significant first.
    private static void WriteLong(System.Numerics.BigInteger value, List<byte> o)
    {
        o.Add((byte)'l');
        var negative = value.Sign < 0;
        var magnitude = System.Numerics.BigInteger.Abs(value);
        var digits = new List<ushort>();
        while (!magnitude.IsZero)
        {
            digits.Add((ushort)(int)(magnitude & 0x7FFF));
            magnitude >>= 15;
        }

        AddInt32(o, negative ? -digits.Count : digits.Count);
        foreach (var digit in digits)
        {
            o.Add((byte)(digit & 0xFF));
            o.Add((byte)(digit >> 8));
        }
    }

    private static void AddInt32(List<byte> o, int value)
    {
        Span<byte> buf = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(buf, value);
        o.AddRange(buf.ToArray());
    }

    private static void AddInt64(List<byte> o, long value)
    {
        Span<byte> buf = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(buf, value);
        o.AddRange(buf.ToArray());
    }

    private static PyValue Loads(ThreadState ts, PyValue data)
    {
        if (data.AsObject is not PyBytes bytes)
        {
            return ts.SetError(PyExc.TypeError, "a bytes-like object is required, not '" + data.Type.Name + "'");
        }

        var reader = new MarshalReader(bytes.Span.ToArray());
        return reader.Read(ts);
    }
}
