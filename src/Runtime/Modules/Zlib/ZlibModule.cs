using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>zlib</c>: compress/decompress, compressobj/decompressobj, _ZlibDecompressor (gzip's reader),
/// crc32/adler32 and zlib's constants. Decompression is our own inflater (<see cref="Inflater"/>,
/// with zlib's error messages); compression goes through the BCL (<see cref="Deflater"/>), so the
/// compressed bytes can differ from CPython's at the same level.
/// </summary>
internal sealed class ZlibModule : INativeModule
{
    public const int DefBufSize = 16 * 1024;

    private static readonly string[] s_compressNames = ["", "level", "wbits"];
    private static readonly string[] s_decompressNames = ["", "wbits", "bufsize"];
    private static readonly string[] s_compressObjNames = ["level", "method", "wbits", "memLevel", "strategy", "zdict"];
    private static readonly string[] s_decompressObjNames = ["wbits", "zdict"];
    private static PyType? s_error;

    public string Name => "zlib";

    public static PyType Error => s_error!;

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        if (s_error is null)
        {
            var ns = new PyDict();
            ns.SetStr(PyStr.Intern("__module__"), NativeTypes.Str("zlib"));
            var t = PyOps.Call(ts, PyValue.FromObject(PyType.TypeType), [NativeTypes.Str("error"), NativeTypes.Tuple(PyValue.FromObject(PyExc.Exception)), PyValue.FromObject(ns)]);
            if (t.IsError)
            {
                return null;
            }

            s_error = (PyType)t.AsObject;
        }

        var m = new PyModule("zlib");
        m.Add("error", PyValue.FromObject(s_error));
        m.Add("_ZlibDecompressor", PyValue.FromObject(ZlibDecompressor.TypeObject));
        foreach (var (name, value) in s_constants)
        {
            m.Add(name, PyValue.FromInt64(value));
        }

        m.Add("ZLIB_VERSION", NativeTypes.Str("1.3.1"));
        m.Add("ZLIB_RUNTIME_VERSION", NativeTypes.Str("1.3.1"));
        m.Add("__version__", NativeTypes.Str("1.0"));
        m.AddFunction("crc32", static (ts, a, kw) => Checksum(ts, "crc32", a, kw, 0, Checksums.Crc32));
        m.AddFunction("adler32", static (ts, a, kw) => Checksum(ts, "adler32", a, kw, 1, Checksums.Adler32));
        m.AddFunction("compress", Compress);
        m.AddFunction("decompress", Decompress);
        m.AddFunction("compressobj", CompressObj);
        m.AddFunction("decompressobj", DecompressObj);
        return m;
    }

    private static readonly (string Name, int Value)[] s_constants =
    [
        ("MAX_WBITS", 15), ("DEFLATED", 8), ("DEF_MEM_LEVEL", 8), ("DEF_BUF_SIZE", DefBufSize),
        ("Z_NO_COMPRESSION", 0), ("Z_BEST_SPEED", 1), ("Z_BEST_COMPRESSION", 9), ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1), ("Z_HUFFMAN_ONLY", 2), ("Z_RLE", 3), ("Z_FIXED", 4), ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0), ("Z_PARTIAL_FLUSH", 1), ("Z_SYNC_FLUSH", 2), ("Z_FULL_FLUSH", 3), ("Z_FINISH", 4),
        ("Z_BLOCK", 5), ("Z_TREES", 6),
    ];

    /// <summary>zlib_error: "Error -3 while decompressing data: invalid block type".</summary>
    public static PyValue RaiseError(ThreadState ts, int code, string what, string? message)
    {
        message ??= code switch
        {
            -5 => "incomplete or truncated stream",
            -2 => "inconsistent stream state",
            -3 => "invalid input data",
            _ => null,
        };
        return ts.SetError(Error, "Error " + code + " " + what + (message is null ? "" : ": " + message));
    }

    private static PyValue Checksum(ThreadState ts, string name, ReadOnlySpan<PyValue> a, PyTuple? kw, uint start, Func<uint, ReadOnlySpan<byte>, uint> f)
    {
        if (!ArgParser.CheckPositional(ts, name, a, kw, 1, 2) || !BytesLike.TryGetArgument(ts, a[0], out var data))
        {
            return PyValue.Error;
        }

        if (a.Length > 1)
        {
            var index = PyOps.Index(ts, a[1]);
            if (index.IsError)
            {
                return index;
            }

            PyInt.TryGetBigInteger(index.IsInt64 ? PyValue.FromInt64(index.RawBits) : index, out var big);
            start = (uint)(big & uint.MaxValue);
        }

        return PyValue.FromInt64(f(start, data));
    }

    private static PyValue Compress(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> p = new PyValue[3];
        if (!ArgParser.Parse(ts, "compress", a, kw, s_compressNames, 1, 1, p) || !BytesLike.TryGetArgument(ts, p[0], out var data)
            || !ClinicArgs.TryInt(ts, p[1], -1, out var level) || !ClinicArgs.TryInt(ts, p[2], 15, out var wbits))
        {
            return PyValue.Error;
        }

        var d = Deflater.Create(level, 8, wbits, 8, 0, null, out _);
        if (d is null)
        {
            return ts.SetError(Error, "Bad compression level");
        }

        var first = d.Compress(data);
        var rest = d.Flush(4);
        return PyBytes.From([.. first, .. rest]);
    }

    private static PyValue Decompress(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> p = new PyValue[3];
        if (!ArgParser.Parse(ts, "decompress", a, kw, s_decompressNames, 1, 1, p) || !BytesLike.TryGetArgument(ts, p[0], out var data)
            || !ClinicArgs.TryInt(ts, p[1], 15, out var wbits) || !ClinicArgs.TrySize(ts, p[2], DefBufSize, out var bufsize))
        {
            return PyValue.Error;
        }

        if (bufsize < 0)
        {
            return ts.SetError(PyExc.ValueError, "bufsize must be non-negative");
        }

        var inflater = Inflater.Create(wbits);
        if (inflater is null)
        {
            return RaiseError(ts, -2, "while preparing to decompress data", null);
        }

        inflater.Append(data);
        var output = new ByteSink((int)Math.Min(Math.Max(bufsize, data.Length * 2L), 1 << 24));
        return inflater.Run(output, -1) switch
        {
            Inflater.Status.StreamEnd => PyBytes.From(output.ToArray()),
            Inflater.Status.NeedDict => RaiseError(ts, 2, "while decompressing data", null),
            Inflater.Status.Error => RaiseError(ts, -3, "while decompressing data", inflater.Message),
            _ => RaiseError(ts, -5, "while decompressing data", null),
        };
    }

    private static PyValue CompressObj(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> p = new PyValue[6];
        if (!ArgParser.Parse(ts, "compressobj", a, kw, s_compressObjNames, 0, 0, p)
            || !ClinicArgs.TryInt(ts, p[0], -1, out var level) || !ClinicArgs.TryInt(ts, p[1], 8, out var method) || !ClinicArgs.TryInt(ts, p[2], 15, out var wbits)
            || !ClinicArgs.TryInt(ts, p[3], 8, out var memLevel) || !ClinicArgs.TryInt(ts, p[4], 0, out var strategy))
        {
            return PyValue.Error;
        }

        byte[]? zdict = null;
        if (!p[5].IsNull && !p[5].IsNone)
        {
            if (!BytesLike.TryGetArgument(ts, p[5], out var span))
            {
                return PyValue.Error;
            }

            zdict = span.ToArray();
        }

        var d = Deflater.Create(level, method, wbits, memLevel, strategy, zdict, out var badDictionary);
        if (d is null)
        {
            return ts.SetError(PyExc.ValueError, badDictionary ? "Invalid dictionary" : "Invalid initialization option");
        }

        return PyValue.FromObject(new ZlibCompress(d));
    }

    private static PyValue DecompressObj(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> p = new PyValue[2];
        if (!ArgParser.Parse(ts, "decompressobj", a, kw, s_decompressObjNames, 0, 0, p) || !ClinicArgs.TryInt(ts, p[0], 15, out var wbits))
        {
            return PyValue.Error;
        }

        var zdict = p[1].IsNull ? (PyValue?)null : p[1];
        if (zdict is { } z && !BytesLike.IsBuffer(z))
        {
            return ts.SetError(PyExc.TypeError, "zdict argument must support the buffer protocol");
        }

        var inflater = Inflater.Create(wbits);
        if (inflater is null)
        {
            return ts.SetError(PyExc.ValueError, "Invalid initialization option");
        }

        var obj = new ZlibDecompress(inflater, zdict);
        return wbits < 0 && zdict is { } dict && !obj.SetDictionary(ts, dict) ? PyValue.Error : PyValue.FromObject(obj);
    }
}
