namespace ProtoPython.Runtime.Modules;

/// <summary>
/// A canonical Huffman code of DEFLATE (RFC 1951 section 3.2.2), decoded one bit at a time from
/// the code lengths: how many codes of each length, and the symbols in code order.
/// </summary>
internal sealed class InflateHuffman
{
    public const int MaxBits = 15;

    private readonly short[] _count = new short[MaxBits + 1];
    private readonly short[] _symbol;

    private InflateHuffman(int symbols) => _symbol = new short[symbols];

    /// <summary>What the code lengths make, checked as zlib's inflate_table does.</summary>
    public enum Kind
    {
        /// <summary>The code-length code: must be complete.</summary>
        Codes,

        /// <summary>Literal/length or distance code: may be incomplete only with a single 1-bit code.</summary>
        LengthsOrDistances,
    }

    /// <summary>The code for <paramref name="lengths"/>; null when over-subscribed or wrongly incomplete.</summary>
    public static InflateHuffman? Build(ReadOnlySpan<byte> lengths, Kind kind)
    {
        var h = new InflateHuffman(lengths.Length);
        foreach (var len in lengths)
        {
            h._count[len]++;
        }

        var max = MaxBits;
        while (max > 0 && h._count[max] == 0)
        {
            max--;
        }

        if (max == 0)
        {
            // No codes at all: every decode fails, which zlib accepts until a code is used.
            return kind == Kind.Codes ? null : h;
        }

        var left = 1;
        for (var len = 1; len <= MaxBits; len++)
        {
            left = (left << 1) - h._count[len];
            if (left < 0)
            {
                return null;
            }
        }

        if (left > 0 && (kind == Kind.Codes || max != 1))
        {
            return null;
        }

        Span<short> offsets = stackalloc short[MaxBits + 2];
        for (var len = 1; len <= MaxBits; len++)
        {
            offsets[len + 1] = (short)(offsets[len] + h._count[len]);
        }

        for (var sym = 0; sym < lengths.Length; sym++)
        {
            if (lengths[sym] != 0)
            {
                h._symbol[offsets[lengths[sym]]++] = (short)sym;
            }
        }

        return h;
    }

    /// <summary>The fixed literal/length code of block type 1.</summary>
    public static readonly InflateHuffman FixedLengths = BuildFixed(288, static s => s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8);

    /// <summary>The fixed distance code of block type 1 (30 and 31 are codes without a distance).</summary>
    public static readonly InflateHuffman FixedDistances = BuildFixed(32, static _ => 5);

    private static InflateHuffman BuildFixed(int n, Func<int, int> length)
    {
        var lengths = new byte[n];
        for (var i = 0; i < n; i++)
        {
            lengths[i] = (byte)length(i);
        }

        return Build(lengths, Kind.LengthsOrDistances)!;
    }

    /// <summary>A symbol; -1 when the input ran out, -2 for a bit pattern that is no code.</summary>
    public int Decode(InflateBits bits)
    {
        int code = 0, first = 0, index = 0;
        for (var len = 1; len <= MaxBits; len++)
        {
            var bit = bits.Bit();
            if (bit < 0)
            {
                return -1;
            }

            code |= bit;
            int count = _count[len];
            if (code - count < first)
            {
                return _symbol[index + (code - first)];
            }

            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }

        return -2;
    }
}

/// <summary>
/// The input of the inflater with its bit reader. Bytes are taken only when bits are needed, so
/// fewer than 8 unused bits are ever held; a step that runs out of input rewinds to its checkpoint.
/// </summary>
internal sealed class InflateBits
{
    private byte[] _in = new byte[64];
    private int _end;
    private uint _bits;
    private int _count;

    public int Position { get; private set; }

    public int Available => _end - Position;

    public ReadOnlySpan<byte> Remaining => _in.AsSpan(Position, _end - Position);

    /// <summary>The input bytes between two positions (for the gzip header CRC).</summary>
    public ReadOnlySpan<byte> Slice(int from, int to) => _in.AsSpan(from, to - from);

    public (int Pos, uint Bits, int Count) Save() => (Position, _bits, _count);

    public void Restore((int Pos, uint Bits, int Count) cp) => (Position, _bits, _count) = cp;

    public void Append(ReadOnlySpan<byte> data)
    {
        if (Position > 0)
        {
            _in.AsSpan(Position, _end - Position).CopyTo(_in);
            _end -= Position;
            Position = 0;
        }

        if (_end + data.Length > _in.Length)
        {
            Array.Resize(ref _in, Math.Max(_in.Length * 2, _end + data.Length));
        }

        data.CopyTo(_in.AsSpan(_end));
        _end += data.Length;
    }

    /// <summary>Drops the unread input (handed back to the caller as unconsumed_tail or unused_data).</summary>
    public void DropRemaining() => _end = Position;

    public InflateBits Clone()
    {
        var c = (InflateBits)MemberwiseClone();
        c._in = (byte[])_in.Clone();
        return c;
    }

    public bool Need(int n)
    {
        while (_count < n)
        {
            if (Position == _end)
            {
                return false;
            }

            _bits |= (uint)_in[Position++] << _count;
            _count += 8;
        }

        return true;
    }

    /// <summary>n bits (n ≤ 16) after a successful <see cref="Need"/>.</summary>
    public int Take(int n)
    {
        var v = (int)(_bits & ((1u << n) - 1));
        _bits >>= n;
        _count -= n;
        return v;
    }

    /// <summary>One bit, or -1 when the input ran out.</summary>
    public int Bit() => Need(1) ? Take(1) : -1;

    /// <summary>Drops the bits up to the next byte boundary.</summary>
    public void Align() => Take(_count & 7);

    /// <summary>The next whole byte at a byte boundary, or -1.</summary>
    public int Byte() => Need(8) ? Take(8) : -1;

    /// <summary>Whole bytes straight from the input at a byte boundary.</summary>
    public int CopyBytes(Span<byte> destination)
    {
        var n = Math.Min(destination.Length, _end - Position);
        _in.AsSpan(Position, n).CopyTo(destination);
        Position += n;
        return n;
    }
}
