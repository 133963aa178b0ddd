using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>Reads CPython's marshal format for the values <see cref="MarshalModule"/> supports, with back-references.</summary>
internal sealed class MarshalReader(byte[] data)
{
    private const byte FlagRef = 0x80;
    private readonly List<PyValue> _refs = [];
    private int _pos;

    public PyValue Read(ThreadState ts)
    {
        var v = ReadObject(ts, 0);
        return v.IsNull && !ts.HasError ? Bad(ts) : v;
    }

    private static PyValue Bad(ThreadState ts) => ts.SetError(PyExc.ValueError, "bad marshal data (unknown type code)");

    private PyValue Eof(ThreadState ts) => ts.SetError(PyExc.EOFError, "marshal data too short");

    private PyValue ReadObject(ThreadState ts, int depth)
    {
        if (_pos >= data.Length)
        {
            return ts.SetError(PyExc.EOFError, "EOF read where object expected");
        }

        if (depth > 2000)
        {
            return ts.SetError(PyExc.ValueError, "recursion limit exceeded");
        }

        var code = data[_pos++];
        var flag = (code & FlagRef) != 0;
        var slot = -1;
        if (flag)
        {
            slot = _refs.Count;
            _refs.Add(PyValue.None);
        }

        var v = ReadBody(ts, (char)(code & ~FlagRef), depth);
        if (flag && !v.IsError)
        {
            _refs[slot] = v;
        }

        return v;
    }

    private PyValue ReadBody(ThreadState ts, char code, int depth)
    {
        switch (code)
        {
            case 'N': return PyValue.None;
            case 'T': return PyValue.True;
            case 'F': return PyValue.False;
            case '.': return PyValue.Ellipsis;
            case 'S': return PyValue.FromObject(PyExc.StopIteration);
            case 'i': return TryInt32(out var i) ? PyValue.FromInt64(i) : Eof(ts);
            case 'l': return ReadLong(ts);
            case 'g': return TryInt64(out var g) ? PyValue.FromDouble(BitConverter.Int64BitsToDouble(g)) : Eof(ts);
            case 'y':
                return TryInt64(out var re) && TryInt64(out var im)
                    ? PyValue.FromObject(new PyComplex(BitConverter.Int64BitsToDouble(re), BitConverter.Int64BitsToDouble(im))) : Eof(ts);
            case 's': return TryBytes(out var b, TryInt32(out var n) ? n : -1) ? PyBytes.From(b) : Eof(ts);
            case 'u' or 't' or 'a' or 'A':
                return TryBytes(out var u, TryInt32(out var un) ? un : -1) ? PyValue.FromObject(new PyStr(Encoding.UTF8.GetString(u))) : Eof(ts);
            case 'z' or 'Z':
                return _pos < data.Length && TryBytes(out var z, data[_pos++]) ? PyValue.FromObject(new PyStr(Encoding.Latin1.GetString(z))) : Eof(ts);
            case ')': return _pos < data.Length ? ReadTuple(ts, data[_pos++], depth) : Eof(ts);
            case '(': return TryInt32(out var tn) ? ReadTuple(ts, tn, depth) : Eof(ts);
            case '[' or '<' or '>': return TryInt32(out var ln) ? ReadCollection(ts, code, ln, depth) : Eof(ts);
            case '{': return ReadDict(ts, depth);
            case 'r':
                if (!TryInt32(out var index))
                {
                    return Eof(ts);
                }

                return index >= 0 && index < _refs.Count ? _refs[index] : ts.SetError(PyExc.ValueError, "bad marshal data (invalid reference)");
            case 'c': return ts.SetError(PyExc.ValueError, "bad marshal data (code objects are not supported by ProtoPython's marshal)");
            default: return Bad(ts);
        }
    }

    private PyValue ReadLong(ThreadState ts)
    {
        if (!TryInt32(out var n))
        {
            return Eof(ts);
        }

        var count = Math.Abs(n);
        var value = BigInteger.Zero;
        for (var k = 0; k < count; k++)
        {
            if (_pos + 2 > data.Length)
            {
                return Eof(ts);
            }

            value |= new BigInteger(data[_pos] | (data[_pos + 1] << 8)) << (15 * k);
            _pos += 2;
        }

        return PyValue.FromBigInteger(n < 0 ? -value : value);
    }

    private PyValue ReadTuple(ThreadState ts, int n, int depth)
    {
        if (n < 0 || n > data.Length)
        {
            return Eof(ts);
        }

        var items = new PyValue[n];
        for (var k = 0; k < n; k++)
        {
            items[k] = ReadObject(ts, depth + 1);
            if (items[k].IsError)
            {
                return PyValue.Error;
            }
        }

        return PyValue.FromObject(new PyTuple(items));
    }

    private PyValue ReadCollection(ThreadState ts, char code, int n, int depth)
    {
        if (n < 0 || n > data.Length)
        {
            return Eof(ts);
        }

        var list = code == '[' ? new PyList() : null;
        var set = code == '[' ? null : new PySet(frozen: code == '>');
        for (var k = 0; k < n; k++)
        {
            var item = ReadObject(ts, depth + 1);
            if (item.IsError)
            {
                return PyValue.Error;
            }

            if (list is not null)
            {
                list.Append(item);
            }
            else if (!set!.Add(ts, item))
            {
                return PyValue.Error;
            }
        }

        return PyValue.FromObject(list is not null ? list : set!);
    }

    private PyValue ReadDict(ThreadState ts, int depth)
    {
        var dict = new PyDict();
        while (true)
        {
            if (_pos >= data.Length)
            {
                return Eof(ts);
            }

            if (data[_pos] == (byte)'0')
            {
                _pos++;
                return PyValue.FromObject(dict);
            }

            var key = ReadObject(ts, depth + 1);
            var value = key.IsError ? key : ReadObject(ts, depth + 1);
            if (value.IsError || !dict.SetItem(ts, key, value))
            {
                return PyValue.Error;
            }
        }
    }

    private bool TryInt32(out int value)
    {
        value = 0;
        if (_pos + 4 > data.Length)
        {
            return false;
        }

        value = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(_pos));
        _pos += 4;
        return true;
    }

    private bool TryInt64(out long value)
    {
        value = 0;
        if (_pos + 8 > data.Length)
        {
            return false;
        }

        value = BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(_pos));
        _pos += 8;
        return true;
    }

    private bool TryBytes(out byte[] bytes, int n)
    {
        bytes = [];
        if (n < 0 || _pos + n > data.Length)
        {
            return false;
        }

        bytes = data.AsSpan(_pos, n).ToArray();
        _pos += n;
        return true;
    }
}
