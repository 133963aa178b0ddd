using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>One packed field: its format code, offset, size and, for 's'/'p', the byte count.</summary>
internal readonly record struct StructField(char Code, int Offset, int Size);

/// <summary>
/// A parsed struct format: byte order ('@' native with alignment, '=', '&lt;', '&gt;', '!'), the fields
/// with their offsets, the total size and how many values pack() takes.
/// </summary>
internal sealed class StructLayout
{
    private StructLayout(string format, StructField[] fields, int size, bool littleEndian, bool native)
    {
        Format = format;
        Fields = fields;
        Size = size;
        LittleEndian = littleEndian;
        Native = native;
    }

    public string Format { get; }

    public StructField[] Fields { get; }

    public int Size { get; }

    public bool LittleEndian { get; }

    /// <summary>'@': native sizes and alignment ('n', 'N', 'P' allowed).</summary>
    public bool Native { get; }

    /// <summary>Native size of a code (x86-64 Linux), or 0 when unknown.</summary>
    private static int NativeSize(char c) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'P' or 'd' or 'F' => 8,
        'D' => 16,
        _ => 0,
    };

    private static int StandardSize(char c) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'l' or 'L' or 'f' => 4,
        'q' or 'Q' or 'd' or 'F' => 8,
        'D' => 16,
        _ => 0,
    };

    /// <summary>Parses <paramref name="format"/>; null with struct.error pending.</summary>
    public static StructLayout? Parse(ThreadState ts, string format)
    {
        var pos = 0;
        var native = true;
        var little = BitConverter.IsLittleEndian;
        if (format.Length > 0)
        {
            switch (format[0])
            {
                case '@':
                    pos = 1;
                    break;
                case '=':
                    native = false;
                    pos = 1;
                    break;
                case '<':
                    native = false;
                    little = true;
                    pos = 1;
                    break;
                case '>' or '!':
                    native = false;
                    little = false;
                    pos = 1;
                    break;
            }
        }

        var fields = new List<StructField>();
        long size = 0;
        while (pos < format.Length)
        {
            var c = format[pos++];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            long num = 1;
            if (c is >= '0' and <= '9')
            {
                num = c - '0';
                while (pos < format.Length && format[pos] is >= '0' and <= '9')
                {
                    num = (num * 10) + (format[pos++] - '0');
                    if (num > int.MaxValue)
                    {
                        return Fail(ts, "total struct size too long");
                    }
                }

                if (pos >= format.Length)
                {
                    return Fail(ts, "repeat count given without format specifier");
                }

                c = format[pos++];
            }

            var itemSize = native ? NativeSize(c) : StandardSize(c);
            if (itemSize == 0)
            {
                return Fail(ts, "bad char in struct format");
            }

            if (native)
            {
                var align = c switch
                {
                    'F' => 4,
                    'D' => 8,
                    _ => itemSize,
                };
                size = (size + align - 1) / align * align;
            }

            switch (c)
            {
                case 's' or 'p':
                    fields.Add(new StructField(c, (int)size, (int)num));
                    size += num;
                    break;
                case 'x':
                    size += num;
                    break;
                default:
                    for (var k = 0; k < num; k++)
                    {
                        fields.Add(new StructField(c, (int)(size + (k * itemSize)), itemSize));
                    }

                    size += num * itemSize;
                    break;
            }

            if (size > int.MaxValue)
            {
                return Fail(ts, "total struct size too long");
            }
        }

        return new StructLayout(format, [.. fields], (int)size, little, native);
    }

    private static StructLayout? Fail(ThreadState ts, string message)
    {
        ts.SetError(StructModule.Error, message);
        return null;
    }
}
