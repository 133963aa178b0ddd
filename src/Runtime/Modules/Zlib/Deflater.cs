using System.IO.Compression;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// Compression for the zlib module through the BCL's raw <see cref="DeflateStream"/> (zlib-ng),
/// with the zlib and gzip containers written here as zlib's deflate writes them. The deflate bytes
/// can differ from CPython's zlib at the same level; every decoder reads them. The BCL always uses
/// a 32K window: for a smaller wbits the data is Huffman-coded without matches (Z_HUFFMAN_ONLY),
/// so that no distance exceeds the window the header announces. The BCL sync-flushes for Z_SYNC_FLUSH,
/// Z_FULL_FLUSH and the other non-final modes. A preset dictionary is compressed first and its
/// output, up to a sync flush, dropped: what follows may refer back into it. copy() replays the
/// recorded input into a new stream (the BCL cannot clone one); after 64 MB it stops recording.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Python objects have no dispose point; the stream's native state is a SafeHandle freed by the GC.")]
internal sealed class Deflater
{
    private const long HistoryLimit = 64L << 20;

    private readonly int _level;
    private readonly int _strategy;
    private readonly int _wrap;
    private readonly int _windowBits;
    private readonly byte[]? _dictionary;
    private readonly MemoryStream _sink = new();
    private DeflateStream? _stream;
    private bool _headerWritten;
    private bool _streamWrote;
    private uint _check;
    private uint _size;
    private List<(byte[]? Data, int Mode)>? _history = [];
    private long _historyBytes;

    private Deflater(int level, int wrap, int windowBits, int strategy, byte[]? dictionary)
    {
        _level = level;
        _wrap = wrap;
        _windowBits = windowBits;
        _strategy = strategy;
        _dictionary = dictionary;
        _check = wrap == 1 ? 1u : 0u;
        var options = new ZLibCompressionOptions { CompressionLevel = level, CompressionStrategy = (ZLibCompressionStrategy)(windowBits < 15 && level > 0 ? 2 : strategy) };
        _stream = new DeflateStream(_sink, options, leaveOpen: true);
        if (dictionary is not null)
        {
            _streamWrote = true;
            _stream.Write(dictionary);
            _stream.Flush();
            _sink.SetLength(0);
        }
    }

    /// <summary>deflateInit2's checks; null for Z_STREAM_ERROR. <paramref name="dictionary"/> is refused with gzip (also Z_STREAM_ERROR).</summary>
    public static Deflater? Create(int level, int method, int wbits, int memLevel, int strategy, byte[]? dictionary, out bool badDictionary)
    {
        badDictionary = false;
        if (level == -1)
        {
            level = 6;
        }

        var wrap = 1;
        if (wbits < 0)
        {
            wrap = 0;
            wbits = wbits < -15 ? 0 : -wbits;
        }
        else if (wbits > 15)
        {
            wrap = 2;
            wbits -= 16;
        }

        if (memLevel < 1 || memLevel > 9 || method != 8 || wbits < 8 || wbits > 15 || level < 0 || level > 9
            || strategy < 0 || strategy > 4 || (wbits == 8 && wrap != 1))
        {
            return null;
        }

        if (dictionary is not null && wrap == 2)
        {
            badDictionary = true;
            return null;
        }

        return new Deflater(level, wrap, wbits == 8 ? 9 : wbits, strategy, dictionary);
    }

    public bool Finished => _stream is null;

    /// <summary>A new compressor in the same state (replaying the input); null when the input was not kept.</summary>
    public Deflater? Copy()
    {
        if (_history is null || _stream is null)
        {
            return null;
        }

        var copy = new Deflater(_level, _wrap, _windowBits, _strategy, _dictionary);
        foreach (var (data, mode) in _history)
        {
            if (data is null)
            {
                copy.Flush(mode);
            }
            else
            {
                copy.Compress(data);
            }
        }

        copy._sink.SetLength(0);
        copy._headerWritten = _headerWritten;
        return copy;
    }

    public byte[] Compress(ReadOnlySpan<byte> data)
    {
        Record(data.ToArray(), 0);
        WriteHeader();
        _streamWrote |= data.Length > 0;
        _stream!.Write(data);
        _check = _wrap == 1 ? Checksums.Adler32(_check, data) : _wrap == 2 ? Checksums.Crc32(_check, data) : 0;
        _size += (uint)data.Length;
        return TakeOutput();
    }

    /// <summary>Z_FINISH (4) ends the stream and writes the trailer; other modes sync-flush.</summary>
    public byte[] Flush(int mode)
    {
        Record(null, mode);
        WriteHeader();
        if (mode != 4)
        {
            _stream!.Flush();
            return TakeOutput();
        }

        _stream!.Dispose();
        _stream = null;
        if (!_streamWrote)
        {
            // The BCL writes nothing for a stream that never saw data; zlib writes an empty final block.
            _sink.Write([0x03, 0x00]);
        }

        _history = null;
        Span<byte> trailer = stackalloc byte[8];
        if (_wrap == 1)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(trailer, _check);
            _sink.Write(trailer[..4]);
        }
        else if (_wrap == 2)
        {
            BitConverter.TryWriteBytes(trailer, _check);
            BitConverter.TryWriteBytes(trailer[4..], _size);
            _sink.Write(trailer);
        }

        return TakeOutput();
    }

    private void Record(byte[]? data, int mode)
    {
        if (_history is null)
        {
            return;
        }

        _historyBytes += data?.Length ?? 0;
        if (_historyBytes > HistoryLimit)
        {
            _history = null;
            return;
        }

        _history.Add((data, mode));
    }

    private void WriteHeader()
    {
        if (_headerWritten)
        {
            return;
        }

        _headerWritten = true;
        var flushed = _sink.ToArray();
        _sink.SetLength(0);
        if (_wrap == 1)
        {
            var levelFlags = _strategy >= 2 || _level < 2 ? 0 : _level < 6 ? 1 : _level == 6 ? 2 : 3;
            var header = ((8 + ((_windowBits - 8) << 4)) << 8) | (levelFlags << 6) | (_dictionary is null ? 0 : 0x20);
            header += 31 - (header % 31);
            _sink.WriteByte((byte)(header >> 8));
            _sink.WriteByte((byte)header);
            if (_dictionary is not null)
            {
                Span<byte> id = stackalloc byte[4];
                System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(id, Checksums.Adler32(1, _dictionary));
                _sink.Write(id);
            }
        }
        else if (_wrap == 2)
        {
            var xfl = _level == 9 ? 2 : _strategy >= 2 || _level < 2 ? 4 : 0;
            _sink.Write([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, (byte)xfl, 3]);
        }

        _sink.Write(flushed);
    }

    private byte[] TakeOutput()
    {
        var bytes = _sink.ToArray();
        _sink.SetLength(0);
        return bytes;
    }
}
