namespace ProtoPython.Runtime.Modules;

/// <summary>The container headers and trailers and the dynamic Huffman tables.</summary>
internal sealed partial class Inflater
{
    private static readonly byte[] s_codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    private Status? ReadHeader()
    {
        var cp = _input.Save();
        if (!_input.Need(16))
        {
            return Status.NeedInput;
        }

        var hold = _input.Take(16);
        if ((_wrap & 2) != 0 && hold == 0x8b1f)
        {
            var status = ReadGzipHeader(cp.Pos);
            if (status == Status.NeedInput)
            {
                _input.Restore(cp);
            }

            return status;
        }

        if ((_wrap & 1) == 0 || ((((hold & 0xFF) << 8) + (hold >> 8)) % 31) != 0)
        {
            return Fail("incorrect header check");
        }

        if ((hold & 0xF) != 8)
        {
            return Fail("unknown compression method");
        }

        var len = ((hold >> 4) & 0xF) + 8;
        if (_windowBits == 0)
        {
            _windowBits = len;
        }

        if (len > 15 || len > _windowBits)
        {
            return Fail("invalid window size");
        }

        _wrap = 1;
        _check = 1;
        _mode = (hold & 0x2000) != 0 ? Mode.DictId : Mode.BlockHeader;
        return null;
    }

    private Status? ReadDictId()
    {
        if (_input.Available < 4)
        {
            return Status.NeedInput;
        }

        for (var i = 0; i < 4; i++)
        {
            _dictId = (_dictId << 8) | (uint)_input.Byte();
        }

        _mode = Mode.NeedDict;
        return Status.NeedDict;
    }

    /// <summary>The rest of a gzip header after the magic (RFC 1952 section 2.3).</summary>
    private Status? ReadGzipHeader(int start)
    {
        if (_input.Need(8) is false)
        {
            return Status.NeedInput;
        }

        if (_input.Take(8) != 8)
        {
            return Fail("unknown compression method");
        }

        var flags = _input.Byte();
        if (flags < 0)
        {
            return Status.NeedInput;
        }

        if ((flags & 0xE0) != 0)
        {
            return Fail("unknown header flags set");
        }

        for (var i = 0; i < 6; i++)
        {
            if (_input.Byte() < 0)
            {
                return Status.NeedInput;
            }
        }

        if ((flags & 4) != 0)
        {
            int lo = _input.Byte(), hi = _input.Byte();
            if (hi < 0)
            {
                return Status.NeedInput;
            }

            for (var n = lo | (hi << 8); n > 0; n--)
            {
                if (_input.Byte() < 0)
                {
                    return Status.NeedInput;
                }
            }
        }

        for (var field = 8; field <= 16; field <<= 1)
        {
            if ((flags & field) == 0)
            {
                continue;
            }

            int c;
            while ((c = _input.Byte()) > 0)
            {
            }

            if (c < 0)
            {
                return Status.NeedInput;
            }
        }

        if ((flags & 2) != 0)
        {
            var headerCrc = Checksums.Crc32(0, _input.Slice(start, _input.Position)) & 0xFFFF;
            int lo = _input.Byte(), hi = _input.Byte();
            if (hi < 0)
            {
                return Status.NeedInput;
            }

            if ((lo | (hi << 8)) != headerCrc)
            {
                return Fail("header crc mismatch");
            }
        }

        if (_windowBits == 0)
        {
            _windowBits = 15;
        }

        _wrap = 2;
        _check = 0;
        _mode = Mode.BlockHeader;
        return null;
    }

    private Status? ReadTrailer(ByteSink output)
    {
        var size = _wrap == 2 ? 8 : 4;
        if (_input.Available < size)
        {
            return Status.NeedInput;
        }

        UpdateCheck(output);
        Span<byte> t = stackalloc byte[8];
        _input.CopyBytes(t[..size]);
        if (_wrap == 2)
        {
            if (BitConverter.ToUInt32(t) != _check)
            {
                return Fail("incorrect data check");
            }

            if (BitConverter.ToUInt32(t[4..]) != _outputSize)
            {
                return Fail("incorrect length check");
            }
        }
        else if (System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(t) != _check)
        {
            return Fail("incorrect data check");
        }

        _mode = Mode.Done;
        return Status.StreamEnd;
    }

    /// <summary>The code lengths of a dynamic block (RFC 1951 section 3.2.7), checked as zlib does.</summary>
    private Status? ReadDynamicTables()
    {
        if (!_input.Need(14))
        {
            return Status.NeedInput;
        }

        var nlen = _input.Take(5) + 257;
        var ndist = _input.Take(5) + 1;
        var ncode = _input.Take(4) + 4;
        if (nlen > 286 || ndist > 30)
        {
            Fail("too many length or distance symbols");
            return Status.Error;
        }

        Span<byte> codeLengths = stackalloc byte[19];
        for (var i = 0; i < ncode; i++)
        {
            if (!_input.Need(3))
            {
                return Status.NeedInput;
            }

            codeLengths[s_codeLengthOrder[i]] = (byte)_input.Take(3);
        }

        var codes = InflateHuffman.Build(codeLengths, InflateHuffman.Kind.Codes);
        if (codes is null)
        {
            Fail("invalid code lengths set");
            return Status.Error;
        }

        var lengths = new byte[nlen + ndist];
        for (var have = 0; have < lengths.Length;)
        {
            var sym = codes.Decode(_input);
            if (sym == -1)
            {
                return Status.NeedInput;
            }

            if (sym < 16)
            {
                lengths[have++] = (byte)sym;
                continue;
            }

            int extra = sym == 16 ? 2 : sym == 17 ? 3 : 7, repeatBase = sym == 18 ? 11 : 3;
            if (sym == 16 && have == 0)
            {
                Fail("invalid bit length repeat");
                return Status.Error;
            }

            if (!_input.Need(extra))
            {
                return Status.NeedInput;
            }

            var repeat = repeatBase + _input.Take(extra);
            var value = sym == 16 ? lengths[have - 1] : (byte)0;
            if (have + repeat > lengths.Length)
            {
                Fail("invalid bit length repeat");
                return Status.Error;
            }

            lengths.AsSpan(have, repeat).Fill(value);
            have += repeat;
        }

        if (lengths[256] == 0)
        {
            Fail("invalid code -- missing end-of-block");
            return Status.Error;
        }

        _lengths = InflateHuffman.Build(lengths.AsSpan(0, nlen), InflateHuffman.Kind.LengthsOrDistances);
        if (_lengths is null)
        {
            Fail("invalid literal/lengths set");
            return Status.Error;
        }

        _distances = InflateHuffman.Build(lengths.AsSpan(nlen), InflateHuffman.Kind.LengthsOrDistances);
        if (_distances is null)
        {
            Fail("invalid distances set");
            return Status.Error;
        }

        _mode = Mode.Codes;
        return null;
    }
}
