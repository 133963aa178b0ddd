using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>zlib.Compress</c>: compress, flush(mode), copy.</summary>
internal sealed class ZlibCompress(Deflater deflater) : NativeObject(s_type.Value)
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    private readonly Deflater _deflater = deflater;

    private static ZlibCompress Self(PyValue v) => (ZlibCompress)v.AsObject;

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("Compress", "zlib", subclassable: false);
        t.AddMethod1("compress", static (ts, v, data) =>
        {
            var self = Self(v);
            if (!BytesLike.TryGetArgument(ts, data, out var span))
            {
                return PyValue.Error;
            }

            return self._deflater.Finished ? ZlibModule.RaiseError(ts, -2, "while compressing data", null) : PyBytes.From(self._deflater.Compress(span));
        });
        t.AddMethod("flush", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "flush", a[1..], kw, 0, 1) || !ClinicArgs.TryInt(ts, a.Length > 1 ? a[1] : PyValue.Null, 4, out var mode))
            {
                return PyValue.Error;
            }

            var self = Self(a[0]);
            if (mode == 0)
            {
                return PyBytes.From([]);
            }

            return self._deflater.Finished ? ZlibModule.RaiseError(ts, -2, "while flushing", null) : PyBytes.From(self._deflater.Flush(mode));
        });
        NativeFunction copy = static (ts, a, kw) =>
        {
            var d = Self(a[0])._deflater.Copy();
            return d is null ? ts.SetError(PyExc.ValueError, "Inconsistent stream state") : PyValue.FromObject(new ZlibCompress(d));
        };
        t.AddMethod("copy", copy, NativeArity.NoArgs);
        t.AddMethod("__copy__", copy, NativeArity.NoArgs);
        t.AddMethod("__deepcopy__", copy, NativeArity.One);
        SlotTable.AddWrappers(t);
        return t;
    }
}

/// <summary><c>zlib.Decompress</c>: decompress(data, max_length), flush, copy, unused_data, unconsumed_tail, eof.</summary>
internal sealed class ZlibDecompress(Inflater inflater, PyValue? zdict) : NativeObject(s_type.Value)
{
    private static readonly string[] s_decompressNames = ["", "max_length"];
    private static readonly Lazy<PyType> s_type = new(CreateType);

    private readonly Inflater _inflater = inflater;
    private readonly PyValue? _zdict = zdict;
    private byte[] _unusedData = [];
    private byte[] _unconsumedTail = [];
    private bool _eof;

    private static ZlibDecompress Self(PyValue v) => (ZlibDecompress)v.AsObject;

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("Decompress", "zlib", subclassable: false);
        t.AddMethod("decompress", static (ts, a, kw) =>
        {
            Span<PyValue> p = new PyValue[2];
            if (!ArgParser.Parse(ts, "decompress", a[1..], kw, s_decompressNames, 1, 1, p) || !BytesLike.TryGetArgument(ts, p[0], out var data)
                || !ClinicArgs.TrySize(ts, p[1], 0, out var maxLength))
            {
                return PyValue.Error;
            }

            return maxLength < 0 ? ts.SetError(PyExc.ValueError, "max_length must be non-negative") : Self(a[0]).Decompress(ts, data, maxLength);
        });
        t.AddMethod("flush", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "flush", a[1..], kw, 0, 1) || !ClinicArgs.TrySize(ts, a.Length > 1 ? a[1] : PyValue.Null, ZlibModule.DefBufSize, out var length))
            {
                return PyValue.Error;
            }

            return length <= 0 ? ts.SetError(PyExc.ValueError, "length must be greater than zero") : Self(a[0]).Flush();
        });
        NativeFunction copy = static (ts, a, kw) =>
        {
            var s = Self(a[0]);
            var c = new ZlibDecompress(s._inflater.Clone(), s._zdict) { _unusedData = s._unusedData, _unconsumedTail = s._unconsumedTail, _eof = s._eof };
            return PyValue.FromObject(c);
        };
        t.AddMethod("copy", copy, NativeArity.NoArgs);
        t.AddMethod("__copy__", copy, NativeArity.NoArgs);
        t.AddMethod("__deepcopy__", copy, NativeArity.One);
        t.AddMember("unused_data", static (ts, v) => PyBytes.From(Self(v)._unusedData));
        t.AddMember("unconsumed_tail", static (ts, v) => PyBytes.From(Self(v)._unconsumedTail));
        t.AddMember("eof", static (ts, v) => PyValue.FromBool(Self(v)._eof));
        SlotTable.AddWrappers(t);
        return t;
    }

    public bool SetDictionary(ThreadState ts, PyValue zdict)
    {
        if (!BytesLike.TryGetArgument(ts, zdict, out var span))
        {
            return false;
        }

        if (!_inflater.SetDictionary(span))
        {
            ZlibModule.RaiseError(ts, -3, "while setting zdict", null);
            return false;
        }

        return true;
    }

    private PyValue Decompress(ThreadState ts, ReadOnlySpan<byte> data, long maxLength)
    {
        var output = new ByteSink((int)Math.Min(maxLength > 0 ? maxLength : ZlibModule.DefBufSize, ZlibModule.DefBufSize));
        _inflater.Append(data);
        Inflater.Status status;
        while (true)
        {
            status = _inflater.Run(output, maxLength == 0 ? -1 : maxLength - output.Length);
            if (status != Inflater.Status.NeedDict || _zdict is not { } zdict)
            {
                break;
            }

            if (!SetDictionary(ts, zdict))
            {
                return PyValue.Error;
            }
        }

        SaveInput(status);
        return status switch
        {
            Inflater.Status.NeedDict => ZlibModule.RaiseError(ts, 2, "while decompressing data", null),
            Inflater.Status.Error => ZlibModule.RaiseError(ts, -3, "while decompressing data", _inflater.Message),
            _ => PyBytes.From(output.ToArray()),
        };
    }

    /// <summary>save_unconsumed_input: the rest after the end goes to unused_data, input left by a full output to unconsumed_tail.</summary>
    private void SaveInput(Inflater.Status status)
    {
        if (status == Inflater.Status.StreamEnd)
        {
            _eof = true;
            var rest = _inflater.TakeUnread();
            if (rest.Length > 0)
            {
                _unusedData = [.. _unusedData, .. rest];
            }
        }

        if (_inflater.UnreadInput > 0 || _unconsumedTail.Length > 0)
        {
            _unconsumedTail = status == Inflater.Status.OutputFull ? _inflater.TakeUnread() : [];
        }
    }

    private PyValue Flush()
    {
        var output = new ByteSink(ZlibModule.DefBufSize);
        _inflater.Append(_unconsumedTail);
        var status = _inflater.Run(output, -1);
        SaveInput(status);
        return PyBytes.From(output.ToArray());
    }
}
