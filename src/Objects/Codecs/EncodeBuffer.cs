using System.Globalization;
using ProtoPython.Objects.Unicode;

namespace ProtoPython.Objects;

/// <summary>
/// The output of an encoder and the error-handler logic shared by every encoder. A codec calls
/// <see cref="HandleError"/> with the unencodable code points [start, end) and continues at the
/// position it returns.
/// </summary>
public sealed class EncodeBuffer
{
    private byte[] _items;
    private int _count;

    public EncodeBuffer(int capacity)
    {
        _items = new byte[Math.Max(capacity, 8)];
    }

    public void Add(byte b)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = b;
    }

    public void AddRange(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            Add(b);
        }
    }

    public PyValue ToBytes() => PyBytes.From(_count == _items.Length ? _items : _items.AsSpan(0, _count).ToArray());

    /// <summary>
    /// Applies <paramref name="mode"/> to <paramref name="text"/>[start..end). Replacement text is
    /// ASCII written through <paramref name="codec"/>. Returns the position to continue at, or -1
    /// with the exception pending.
    /// </summary>
    public int HandleError(ThreadState ts, CodecErrorMode mode, string errors, IEncoderUnits codec, PyStr text,
        int start, int end, string reason)
    {
        switch (mode)
        {
            case CodecErrorMode.Strict:
                break;
            case CodecErrorMode.Ignore:
                return end;
            case CodecErrorMode.Replace:
                for (var i = start; i < end; i++)
                {
                    codec.WriteAscii(this, '?');
                }

                return end;
            case CodecErrorMode.BackslashReplace:
                for (var i = start; i < end; i++)
                {
                    WriteAscii(codec, Escape(text[i]));
                }

                return end;
            case CodecErrorMode.XmlCharRefReplace:
                for (var i = start; i < end; i++)
                {
                    WriteAscii(codec, "&#" + text[i].ToString(CultureInfo.InvariantCulture) + ";");
                }

                return end;
            case CodecErrorMode.NameReplace:
                for (var i = start; i < end; i++)
                {
                    var name = UnicodeDatabase.GetName(text[i]);
                    WriteAscii(codec, name is null ? Escape(text[i]) : "\\N{" + name + "}");
                }

                return end;
            case CodecErrorMode.SurrogateEscape:
                if (codec.UnitSize != 1)
                {
                    break;
                }

                // Escapes what it can; the error then covers the rest of the run from the first bad character.
                for (var i = start; i < end; i++)
                {
                    if (text[i] is < 0xDC80 or > 0xDCFF)
                    {
                        start = i;
                        goto Raise;
                    }

                    Add((byte)(text[i] - 0xDC00));
                }

                return end;
            case CodecErrorMode.SurrogatePass:
                if (!codec.SupportsSurrogatePass)
                {
                    break;
                }

                for (var i = start; i < end; i++)
                {
                    if (text[i] is < 0xD800 or > 0xDFFF)
                    {
                        goto Raise;
                    }
                }

                for (var i = start; i < end; i++)
                {
                    codec.WriteSurrogate(this, text[i]);
                }

                return end;
            default:
                return CallCustom(ts, errors, codec, text, start, end, reason);
        }

    Raise:
        ts.SetError(PyUnicodeError.Encode(codec.Name, text, start, end, reason));
        return -1;
    }

    /// <summary>A handler registered with <c>codecs.register_error</c>: its str replacement must be encodable as ASCII, bytes are copied.</summary>
    private int CallCustom(ThreadState ts, string errors, IEncoderUnits codec, PyStr text, int start, int end, string reason)
    {
        var exc = PyUnicodeError.Encode(codec.Name, text, start, end, reason);
        if (!CodecHooks.CallHandler(ts, errors, exc, text.Length, encoding: true, out var replacement, out var newPos))
        {
            return -1;
        }

        if (replacement.AsObject is PyBytes bytes)
        {
            AddRange(bytes.Span);
            return newPos;
        }

        var rep = (PyStr)replacement.AsObject;
        for (var i = 0; i < rep.Length; i++)
        {
            if (rep[i] >= codec.ReplacementLimit)
            {
                ts.SetError(PyUnicodeError.Encode(codec.Name, text, start, end, reason));
                return -1;
            }

            codec.WriteAscii(this, (char)rep[i]);
        }

        return newPos;
    }

    private void WriteAscii(IEncoderUnits codec, string s)
    {
        foreach (var c in s)
        {
            codec.WriteAscii(this, c);
        }
    }

    private static string Escape(int cp) =>
        cp <= 0xff ? "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture)
        : cp <= 0xffff ? "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture)
        : "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture);
}

/// <summary>How a codec writes the ASCII text of replacements and, for surrogatepass, a surrogate.</summary>
public interface IEncoderUnits
{
    /// <summary>The name in error messages ('utf-8', 'utf-16-le').</summary>
    string Name { get; }

    /// <summary>Bytes per code unit (1 for utf-8 and the 8-bit codecs).</summary>
    int UnitSize { get; }

    bool SupportsSurrogatePass { get; }

    /// <summary>Code points below this may appear in the str replacement of a custom error handler.</summary>
    int ReplacementLimit => 0x80;

    void WriteAscii(EncodeBuffer output, char c);

    void WriteSurrogate(EncodeBuffer output, int cp);
}
