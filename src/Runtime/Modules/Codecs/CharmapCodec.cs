using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>charmap_build</c>'s result: the reverse of a 256-character decoding table.</summary>
internal sealed class EncodingMap(Dictionary<int, byte> map) : PyObject(TypeObject.Value)
{
    public static readonly Lazy<PyType> TypeObject = new(static () =>
    {
        var t = NativeTypes.Create("EncodingMap", "builtins", subclassable: false);
        t.AddMethod("size", static (ts, a, kw) => PyValue.FromInt64(((EncodingMap)a[0].AsObject).Map.Count), NativeArity.NoArgs);
        SlotTable.AddWrappers(t);
        return t;
    });

    public Dictionary<int, byte> Map { get; } = map;
}

/// <summary>
/// The charmap codec of the 8-bit code pages (cp1252, mac_roman...): decoding through a 256-character
/// table or a mapping, encoding through an <see cref="EncodingMap"/> or a mapping. Errors name the
/// codec 'charmap' with the reason "character maps to &lt;undefined&gt;".
/// </summary>
internal sealed class CharmapCodec : IEncoderUnits
{
    private const string Undefined = "character maps to <undefined>";

    private readonly PyValue _mapping;
    private readonly ThreadState _ts;

    private CharmapCodec(ThreadState ts, PyValue mapping)
    {
        _ts = ts;
        _mapping = mapping;
    }

    public string Name => "charmap";

    public int UnitSize => 1;

    public bool SupportsSurrogatePass => false;

    public int ReplacementLimit => 0x110000;

    public void WriteAscii(EncodeBuffer output, char c)
    {
        if (Map(c, out var bytes) > 0)
        {
            output.AddRange(bytes);
        }
    }

    public void WriteSurrogate(EncodeBuffer output, int cp)
    {
    }

    /// <summary>
    /// charmap_build: an EncodingMap for a 256-character table starting with NUL and without other NULs
    /// or astral characters, else (as CPython) a dict from code point to byte value.
    /// </summary>
    public static PyValue Build(ThreadState ts, PyStr table)
    {
        var needDict = table.Length != 256 || table[0] != 0;
        for (var i = 1; i < table.Length && !needDict; i++)
        {
            needDict = table[i] == 0 || table[i] > 0xFFFF;
        }

        if (needDict)
        {
            var dict = new PyDict();
            for (var i = 0; i < table.Length; i++)
            {
                if (!dict.SetItem(ts, PyValue.FromInt64(table[i]), PyValue.FromInt64(i)))
                {
                    return PyValue.Error;
                }
            }

            return PyValue.FromObject(dict);
        }

        var map = new Dictionary<int, byte> { [0] = 0 };
        for (var i = 1; i < table.Length; i++)
        {
            if (table[i] != 0xFFFE)
            {
                map[table[i]] = (byte)i;
            }
        }

        return PyValue.FromObject(new EncodingMap(map));
    }

    /// <summary>1 with the bytes for <paramref name="cp"/>, 0 when it maps to nothing, -1 with an exception pending.</summary>
    private int Map(int cp, out byte[] bytes)
    {
        bytes = [];
        if (_mapping.AsObject is EncodingMap em)
        {
            if (!em.Map.TryGetValue(cp, out var b))
            {
                return 0;
            }

            bytes = [b];
            return 1;
        }

        var item = PyOps.GetItem(_ts, _mapping, PyValue.FromInt64(cp));
        if (item.IsError)
        {
            if (_ts.ErrorMatches(PyExc.LookupError))
            {
                _ts.ClearError();
                return 0;
            }

            return -1;
        }

        if (item.IsNone)
        {
            return 0;
        }

        if (item.AsObject is PyBytes data)
        {
            bytes = data.Span.ToArray();
            return 1;
        }

        if (!PyInt.IsInt(item))
        {
            _ts.SetError(PyExc.TypeError, "character mapping must return integer, bytes or None, not " + item.Type.Name);
            return -1;
        }

        if (!PyOps.TryIndexAsInt64(_ts, item, null, out var value) || value is < 0 or > 255)
        {
            _ts.ClearError();
            _ts.SetError(PyExc.TypeError, "character mapping must be in range(256)");
            return -1;
        }

        bytes = [(byte)value];
        return 1;
    }

    public static PyValue Encode(ThreadState ts, PyStr text, string errors, PyValue mapping)
    {
        if (mapping.IsNone)
        {
            return ByteCodecs.Latin1.Encode(ts, text, errors);
        }

        var codec = new CharmapCodec(ts, mapping);
        var mode = CodecErrorModes.Parse(errors);
        var output = new EncodeBuffer(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var found = codec.Map(text[i], out var bytes);
            if (found > 0)
            {
                output.AddRange(bytes);
                i++;
                continue;
            }

            if (found < 0)
            {
                return PyValue.Error;
            }

            var end = i + 1;
            while (end < text.Length)
            {
                var next = codec.Map(text[end], out _);
                if (next < 0)
                {
                    return PyValue.Error;
                }

                if (next > 0)
                {
                    break;
                }

                end++;
            }

            i = output.HandleError(ts, mode, errors, codec, text, i, end, Undefined);
            if (i < 0 || ts.HasError)
            {
                return PyValue.Error;
            }
        }

        return output.ToBytes();
    }

    public static PyValue Decode(ThreadState ts, ReadOnlySpan<byte> data, string errors, PyValue mapping)
    {
        if (mapping.IsNone)
        {
            return ByteCodecs.Latin1.Decode(ts, data, errors);
        }

        var mode = CodecErrorModes.Parse(errors);
        var output = new DecodeBuffer(data.Length);
        var table = mapping.AsObject as PyStr;
        var i = 0;
        while (i < data.Length)
        {
            var b = data[i];
            if (table is not null)
            {
                if (b < table.Length && table[b] != 0xFFFE)
                {
                    output.Add(table[b]);
                    i++;
                    continue;
                }
            }
            else
            {
                var found = DecodeThrough(ts, mapping, b, output);
                if (found < 0)
                {
                    return PyValue.Error;
                }

                if (found > 0)
                {
                    i++;
                    continue;
                }
            }

            i = output.HandleError(ts, mode, errors, "charmap", data, i, i + 1, Undefined);
            if (i < 0)
            {
                return PyValue.Error;
            }
        }

        return output.ToStr();
    }

    /// <summary>mapping[b]: an int code point or a str appended to <paramref name="output"/> (1), undefined (0), or an error (-1).</summary>
    private static int DecodeThrough(ThreadState ts, PyValue mapping, byte b, DecodeBuffer output)
    {
        var item = PyOps.GetItem(ts, mapping, PyValue.FromInt64(b));
        if (item.IsError)
        {
            if (ts.ErrorMatches(PyExc.LookupError))
            {
                ts.ClearError();
                return 0;
            }

            return -1;
        }

        if (item.IsNone)
        {
            return 0;
        }

        if (item.AsObject is PyStr s)
        {
            if (s.Length == 1 && s[0] == 0xFFFE)
            {
                return 0;
            }

            for (var k = 0; k < s.Length; k++)
            {
                output.Add(s[k]);
            }

            return 1;
        }

        if (!PyInt.IsInt(item))
        {
            ts.SetError(PyExc.TypeError, "character mapping must return integer, None or str");
            return -1;
        }

        if (!PyOps.TryIndexAsInt64(ts, item, null, out var value) || value is < 0 or > 0x10FFFF)
        {
            ts.ClearError();
            ts.SetError(PyExc.TypeError, "character mapping must be in range(0x110000)");
            return -1;
        }

        if (value == 0xFFFE)
        {
            return 0;
        }

        output.Add((int)value);
        return 1;
    }
}
