using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>zlib._ZlibDecompressor</c> (what gzip's reader uses): decompress(data, max_length=-1) keeps
/// unread input itself; eof, unused_data, needs_input.
/// </summary>
internal sealed class ZlibDecompressor(PyType type, Inflater inflater) : NativeObject(type)
{
    private static readonly string[] s_newNames = ["wbits", "zdict"];
    private static readonly string[] s_decompressNames = ["data", "max_length"];
    private static readonly Lazy<PyType> s_type = new(CreateType);

    private readonly Inflater _inflater = inflater;
    private byte[] _unusedData = [];
    private bool _eof;
    private bool _needsInput = true;

    public static PyType TypeObject => s_type.Value;

    private static ZlibDecompressor Self(PyValue v) => (ZlibDecompressor)v.AsObject;

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("_ZlibDecompressor", "zlib", subclassable: false);
        t.New = static (ts, type, a, kw) =>
        {
            Span<PyValue> p = new PyValue[2];
            if (!ArgParser.Parse(ts, "_ZlibDecompressor", a, kw, s_newNames, 0, 0, p) || !ClinicArgs.TryInt(ts, p[0], 15, out var wbits))
            {
                return PyValue.Error;
            }

            var inflater = Inflater.Create(wbits);
            if (inflater is null)
            {
                return ts.SetError(PyExc.ValueError, "Invalid initialization option");
            }

            if (wbits < 0 && !p[1].IsNull)
            {
                if (!BytesLike.TryGetArgument(ts, p[1], out var dict))
                {
                    return PyValue.Error;
                }

                if (!inflater.SetDictionary(dict))
                {
                    return ZlibModule.RaiseError(ts, -3, "while setting zdict", null);
                }
            }

            return PyValue.FromObject(new ZlibDecompressor(type, inflater));
        };
        t.AddMethod("decompress", static (ts, a, kw) =>
        {
            Span<PyValue> p = new PyValue[2];
            if (!ArgParser.Parse(ts, "decompress", a[1..], kw, s_decompressNames, 1, 0, p) || !BytesLike.TryGetArgument(ts, p[0], out var data)
                || !ClinicArgs.TrySize(ts, p[1], -1, out var maxLength))
            {
                return PyValue.Error;
            }

            var self = Self(a[0]);
            return self._eof ? ts.SetError(PyExc.EOFError, "End of stream already reached") : self.Decompress(ts, data, maxLength);
        });
        t.AddMember("eof", static (ts, v) => PyValue.FromBool(Self(v)._eof));
        t.AddMember("unused_data", static (ts, v) => PyBytes.From(Self(v)._unusedData));
        t.AddMember("needs_input", static (ts, v) => PyValue.FromBool(Self(v)._needsInput));
        SlotTable.AddWrappers(t);
        return t;
    }

    private PyValue Decompress(ThreadState ts, ReadOnlySpan<byte> data, long maxLength)
    {
        var output = new ByteSink((int)Math.Clamp(maxLength, 16, ZlibModule.DefBufSize));
        _inflater.Append(data);
        var status = _inflater.Run(output, maxLength);
        switch (status)
        {
            case Inflater.Status.Error:
                return ZlibModule.RaiseError(ts, -3, "while decompressing data", _inflater.Message);
            case Inflater.Status.NeedDict:
                return ZlibModule.RaiseError(ts, 2, "while decompressing data", null);
            case Inflater.Status.StreamEnd:
                _eof = true;
                _needsInput = false;
                _unusedData = _inflater.TakeUnread();
                break;
            default:
                _needsInput = status == Inflater.Status.NeedInput || (!_inflater.HasPendingOutput && _inflater.UnreadInput == 0);
                break;
        }

        return PyBytes.From(output.ToArray());
    }
}
