namespace ProtoPython.Runtime.Modules;

/// <summary>
/// A DEFLATE decoder (RFC 1950/1951/1952) with zlib's inflate semantics as the zlib module sees
/// them: raw, zlib and gzip containers chosen by wbits (32+ detects zlib or gzip), preset
/// dictionaries, zlib's error messages, an output limit that stops mid-stream and resumes, and
/// copies of the whole state. Each step (a header, a symbol with its extra bits) either completes
/// or rewinds to its start to wait for more input.
/// </summary>
internal sealed partial class Inflater
{
    private const int WindowSize = 1 << 15;

    private enum Mode { Header, DictId, NeedDict, BlockHeader, Stored, Codes, Trailer, Done, Bad }

    private static readonly ushort[] s_lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly byte[] s_lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    private static readonly ushort[] s_distBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    private static readonly byte[] s_distExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

    private InflateBits _input = new();
    private byte[] _window = new byte[WindowSize];
    private int _windowPos;
    private int _windowHave;
    private int _windowBits;

    // Containers: 1 zlib allowed, 2 gzip allowed; 0 raw. Fixed to 1 or 2 once the header is read.
    private int _wrap;
    private Mode _mode;
    private bool _lastBlock;
    private InflateHuffman? _lengths;
    private InflateHuffman? _distances;
    private int _storedLeft;
    private int _pendingLength;
    private int _pendingDistance;
    private byte _pendingLiteral;
    private uint _check;
    private uint _outputSize;
    private uint _dictId;
    private int _checkFrom;

    private Inflater()
    {
    }

    /// <summary>Outcome of <see cref="Run"/>.</summary>
    public enum Status { NeedInput, OutputFull, StreamEnd, NeedDict, Error }

    /// <summary>zlib's z_stream.msg after an error.</summary>
    public string? Message { get; private set; }

    public bool AtEnd => _mode == Mode.Done;

    /// <summary>Whether decoded output is waiting for room (an output limit was hit).</summary>
    public bool HasPendingOutput => _pendingLength > 0 || (_mode == Mode.Stored && _storedLeft > 0 && _input.Available > 0);

    public int UnreadInput => _input.Available;

    /// <summary>The decoder for <paramref name="wbits"/> as inflateInit2 takes it; null when invalid (Z_STREAM_ERROR).</summary>
    public static Inflater? Create(int wbits)
    {
        var inf = new Inflater();
        if (wbits < 0)
        {
            if (wbits < -15)
            {
                return null;
            }

            wbits = -wbits;
        }
        else
        {
            inf._wrap = (wbits >> 4) + 1;
            if (wbits < 48)
            {
                wbits &= 15;
            }
        }

        if (inf._wrap > 3 || (wbits != 0 && (wbits < 8 || wbits > 15)))
        {
            return null;
        }

        inf._windowBits = wbits;
        inf._mode = inf._wrap == 0 ? Mode.BlockHeader : Mode.Header;
        if (inf._wrap == 0 && wbits == 0)
        {
            inf._windowBits = 15;
        }

        return inf;
    }

    public Inflater Clone()
    {
        var c = (Inflater)MemberwiseClone();
        c._input = _input.Clone();
        c._window = (byte[])_window.Clone();
        return c;
    }

    public void Append(ReadOnlySpan<byte> data) => _input.Append(data);

    /// <summary>The input not yet read; the caller takes it and it is dropped here.</summary>
    public byte[] TakeUnread()
    {
        var rest = _input.Remaining.ToArray();
        _input.DropRemaining();
        return rest;
    }

    /// <summary>inflateSetDictionary: for raw streams before any data, or when the stream asked for one.</summary>
    public bool SetDictionary(ReadOnlySpan<byte> dict)
    {
        if (_mode == Mode.NeedDict)
        {
            if (Checksums.Adler32(1, dict) != _dictId)
            {
                return false;
            }

            _mode = Mode.BlockHeader;
            _check = 1;
        }
        else if (_wrap != 0)
        {
            return false;
        }

        if (dict.Length > WindowSize)
        {
            dict = dict[^WindowSize..];
        }

        foreach (var b in dict)
        {
            PutWindow(b);
        }

        return true;
    }

    /// <summary>Decodes into <paramref name="output"/> until the input runs out, the stream ends, or <paramref name="limit"/> bytes are out (-1: no limit).</summary>
    public Status Run(ByteSink output, long limit)
    {
        _checkFrom = output.Length;
        var end = limit < 0 ? long.MaxValue : output.Length + limit;
        var status = RunSteps(output, end);
        UpdateCheck(output);
        return status;
    }

    private Status RunSteps(ByteSink output, long end)
    {
        while (true)
        {
            Status? s = _mode switch
            {
                Mode.Header => ReadHeader(),
                Mode.DictId => ReadDictId(),
                Mode.NeedDict => Status.NeedDict,
                Mode.BlockHeader => ReadBlockHeader(),
                Mode.Stored => CopyStored(output, end),
                Mode.Codes => DecodeSymbols(output, end),
                Mode.Trailer => ReadTrailer(output),
                Mode.Done => Status.StreamEnd,
                _ => Status.Error,
            };
            if (s is { } result)
            {
                return result;
            }
        }
    }

    private Status Fail(string message)
    {
        Message = message;
        _mode = Mode.Bad;
        return Status.Error;
    }

    private void PutWindow(byte b)
    {
        _window[_windowPos] = b;
        _windowPos = (_windowPos + 1) & (WindowSize - 1);
        if (_windowHave < (1 << _windowBits))
        {
            _windowHave++;
        }
    }

    private void UpdateCheck(ByteSink output)
    {
        var produced = output.Span[_checkFrom..];
        _checkFrom = output.Length;
        _outputSize += (uint)produced.Length;
        if (_wrap == 1)
        {
            _check = Checksums.Adler32(_check, produced);
        }
        else if (_wrap == 2)
        {
            _check = Checksums.Crc32(_check, produced);
        }
    }

    private Status? ReadBlockHeader()
    {
        if (_lastBlock)
        {
            _input.Align();
            _mode = _wrap == 0 ? Mode.Done : Mode.Trailer;
            return null;
        }

        var cp = _input.Save();
        if (!_input.Need(3))
        {
            return Status.NeedInput;
        }

        _lastBlock = _input.Take(1) == 1;
        switch (_input.Take(2))
        {
            case 0:
                _input.Align();
                if (!_input.Need(32))
                {
                    _input.Restore(cp);
                    _lastBlock = false;
                    return Status.NeedInput;
                }

                var len = _input.Take(16);
                var nlen = _input.Take(16);
                if (len != (~nlen & 0xFFFF))
                {
                    return Fail("invalid stored block lengths");
                }

                _storedLeft = len;
                _mode = Mode.Stored;
                return null;
            case 1:
                _lengths = InflateHuffman.FixedLengths;
                _distances = InflateHuffman.FixedDistances;
                _mode = Mode.Codes;
                return null;
            case 2:
                var status = ReadDynamicTables();
                if (status == Status.NeedInput)
                {
                    _input.Restore(cp);
                    _lastBlock = false;
                    return status;
                }

                return status == Status.Error ? status : null;
            default:
                return Fail("invalid block type");
        }
    }

    private Status? CopyStored(ByteSink output, long end)
    {
        Span<byte> chunk = stackalloc byte[1024];
        while (_storedLeft > 0)
        {
            var room = end - output.Length;
            if (room <= 0)
            {
                return Status.OutputFull;
            }

            var n = _input.CopyBytes(chunk[..(int)Math.Min(Math.Min(room, chunk.Length), _storedLeft)]);
            if (n == 0)
            {
                return Status.NeedInput;
            }

            output.Add(chunk[..n]);
            foreach (var b in chunk[..n])
            {
                PutWindow(b);
            }

            _storedLeft -= n;
        }

        _mode = Mode.BlockHeader;
        return null;
    }

    private Status? DecodeSymbols(ByteSink output, long end)
    {
        while (true)
        {
            if (_pendingLength > 0 && !FlushPending(output, end))
            {
                return Status.OutputFull;
            }

            var cp = _input.Save();
            var sym = _lengths!.Decode(_input);
            if (sym == -1)
            {
                _input.Restore(cp);
                return Status.NeedInput;
            }

            if (sym < 0)
            {
                return Fail("invalid literal/length code");
            }

            if (sym < 256)
            {
                _pendingLiteral = (byte)sym;
                _pendingLength = 1;
                _pendingDistance = 0;
                continue;
            }

            if (sym == 256)
            {
                _mode = Mode.BlockHeader;
                return null;
            }

            sym -= 257;
            if (sym >= 29)
            {
                return Fail("invalid literal/length code");
            }

            if (!_input.Need(s_lengthExtra[sym]))
            {
                _input.Restore(cp);
                return Status.NeedInput;
            }

            var length = s_lengthBase[sym] + _input.Take(s_lengthExtra[sym]);
            var dsym = _distances!.Decode(_input);
            if (dsym == -1)
            {
                _input.Restore(cp);
                return Status.NeedInput;
            }

            if (dsym < 0 || dsym >= 30)
            {
                return Fail("invalid distance code");
            }

            if (!_input.Need(s_distExtra[dsym]))
            {
                _input.Restore(cp);
                return Status.NeedInput;
            }

            var distance = s_distBase[dsym] + _input.Take(s_distExtra[dsym]);
            if (distance > _windowHave)
            {
                return Fail("invalid distance too far back");
            }

            _pendingLength = length;
            _pendingDistance = distance;
        }
    }

    /// <summary>Writes the pending literal or match; false when the output limit stops it midway.</summary>
    private bool FlushPending(ByteSink output, long end)
    {
        while (_pendingLength > 0)
        {
            if (output.Length >= end)
            {
                return false;
            }

            var b = _pendingDistance == 0 ? _pendingLiteral : _window[(_windowPos - _pendingDistance) & (WindowSize - 1)];
            output.Add(b);
            PutWindow(b);
            _pendingLength--;
        }

        return true;
    }
}
