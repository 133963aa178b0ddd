using System.Globalization;

namespace ProtoPython.Objects;

/// <summary>
/// The output of a decoder: code points (lone surrogates included) and the error-handler logic
/// shared by every decoder. A decoder calls <see cref="HandleError"/> with the offending range
/// [start, end) and continues at the position it returns.
/// </summary>
public sealed class DecodeBuffer
{
    private int[] _items;
    private int _count;

    public DecodeBuffer(int capacity)
    {
        _items = new int[Math.Max(capacity, 4)];
    }

    public int Count => _count;

    public void Add(int codePoint)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = codePoint;
    }

    public void AddAscii(string text)
    {
        foreach (var c in text)
        {
            Add(c);
        }
    }

    public PyValue ToStr() => PyValue.FromObject(new PyStr(_items.AsSpan(0, _count)));

    /// <summary>
    /// Applies <paramref name="mode"/> to the undecodable bytes <paramref name="data"/>[start..end).
    /// <paramref name="surrogatePass"/> decodes one encoded surrogate at <paramref name="start"/>
    /// for this codec (the code point and the bytes it used), or returns false. Returns the position to
    /// continue at, or -1 with the exception pending.
    /// </summary>
    public int HandleError(ThreadState ts, CodecErrorMode mode, string errors, string encoding, ReadOnlySpan<byte> data,
        int start, int end, string reason, SurrogatePassDecoder? surrogatePass = null)
    {
        switch (mode)
        {
            case CodecErrorMode.Strict:
                break;
            case CodecErrorMode.Ignore:
                return end;
            case CodecErrorMode.Replace:
                Add(0xFFFD);
                return end;
            case CodecErrorMode.BackslashReplace:
                for (var i = start; i < end; i++)
                {
                    AddAscii("\\x" + data[i].ToString("x2", CultureInfo.InvariantCulture));
                }

                return end;
            case CodecErrorMode.SurrogateEscape:
                // Escapes the leading bytes >= 0x80 and resumes after them (so an ASCII byte in
                // the range is decoded again); raises when there is none.
                var escaped = start;
                while (escaped < end && data[escaped] >= 0x80)
                {
                    Add(0xDC00 + data[escaped++]);
                }

                if (escaped > start)
                {
                    return escaped;
                }

                break;
            case CodecErrorMode.SurrogatePass:
                if (surrogatePass is not null && surrogatePass(data, start, out var cp, out var used))
                {
                    Add(cp);
                    return start + used;
                }

                break;
            case CodecErrorMode.XmlCharRefReplace:
            case CodecErrorMode.NameReplace:
                CodecErrorModes.RaiseWrongKind(ts, encoding: false);
                return -1;
            default:
                var exc = PyUnicodeError.Decode(encoding, data, start, end, reason);
                if (!CodecHooks.CallHandler(ts, errors, exc, data.Length, encoding: false, out var replacement, out var newPos))
                {
                    return -1;
                }

                var rep = (PyStr)replacement.AsObject;
                for (var i = 0; i < rep.Length; i++)
                {
                    Add(rep[i]);
                }

                return newPos;
        }

        ts.SetError(PyUnicodeError.Decode(encoding, data, start, end, reason));
        return -1;
    }
}

/// <summary>Decodes one surrogate encoded at <paramref name="pos"/> (surrogatepass), or returns false.</summary>
public delegate bool SurrogatePassDecoder(ReadOnlySpan<byte> data, int pos, out int codePoint, out int used);
