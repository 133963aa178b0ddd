using System.Text;
using ProtoPython.Objects;
using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>binascii</c>: hex and base64 conversions and the CRCs (crc32, crc_hqx), with CPython's
/// binascii.Error messages. The a2b_* functions also take ASCII str.
/// </summary>
internal sealed class BinasciiModule : INativeModule
{
    private static readonly string[] s_hexNames = ["data", "sep", "bytes_per_sep"];
    private static readonly string[] s_b2aBase64Names = ["data", "newline"];
    private static readonly string[] s_a2bBase64Names = ["data", "strict_mode"];
    private static PyType? s_error;
    private static PyType? s_incomplete;

    public string Name => "binascii";

    private static PyType Error => s_error!;

    public PyModule? Create(ThreadState ts, PythonRuntime runtime)
    {
        s_error ??= MakeException(ts, "Error", PyExc.ValueError);
        s_incomplete ??= MakeException(ts, "Incomplete", PyExc.Exception);
        if (s_error is null || s_incomplete is null)
        {
            return null;
        }

        var m = new PyModule("binascii");
        m.Add("Error", PyValue.FromObject(s_error));
        m.Add("Incomplete", PyValue.FromObject(s_incomplete));
        NativeFunction hexlify = static (ts, a, kw) => Hexlify(ts, a, kw);
        m.AddFunction("hexlify", hexlify);
        m.AddFunction("b2a_hex", hexlify);
        NativeFunction unhexlify = static (ts, a, kw) => Unhexlify(ts, a[0]);
        m.AddFunction("unhexlify", unhexlify, NativeArity.One);
        m.AddFunction("a2b_hex", unhexlify, NativeArity.One);
        m.AddFunction("b2a_base64", static (ts, a, kw) =>
        {
            Span<PyValue> p = new PyValue[2];
            if (!ArgParser.Parse(ts, "b2a_base64", a, kw, s_b2aBase64Names, 1, 1, p, maxPos: 1) || !BytesLike.TryGetArgument(ts, p[0], out var data))
            {
                return PyValue.Error;
            }

            var newline = p[1].IsNull ? 1 : PyOps.IsTrue(ts, p[1]);
            return newline < 0 ? PyValue.Error : PyBytes.From(Encoding.ASCII.GetBytes(Convert.ToBase64String(data) + (newline > 0 ? "\n" : "")));
        });
        m.AddFunction("a2b_base64", static (ts, a, kw) =>
        {
            Span<PyValue> p = new PyValue[2];
            if (!ArgParser.Parse(ts, "a2b_base64", a, kw, s_a2bBase64Names, 1, 1, p, maxPos: 1) || !TryAscii(ts, p[0], out var data))
            {
                return PyValue.Error;
            }

            var strict = p[1].IsNull ? 0 : PyOps.IsTrue(ts, p[1]);
            return strict < 0 ? PyValue.Error : Base64Decode(ts, data, strict > 0);
        });
        m.AddFunction("crc32", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "crc32", a, kw, 1, 2) || !BytesLike.TryGetArgument(ts, a[0], out var data) || !TryCrc(ts, a, out var crc))
            {
                return PyValue.Error;
            }

            return PyValue.FromInt64(Checksums.Crc32((uint)crc, data));
        });
        m.AddFunction("crc_hqx", static (ts, a, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "crc_hqx", a, kw, 2, 2) || !BytesLike.TryGetArgument(ts, a[0], out var data) || !TryCrc(ts, a, out var crc))
            {
                return PyValue.Error;
            }

            return PyValue.FromInt64(CrcHqx(data, (uint)crc & 0xFFFF));
        });
        return m;
    }

    private static PyType? MakeException(ThreadState ts, string name, PyType baseType)
    {
        var ns = new PyDict();
        ns.SetStr(PyStr.Intern("__module__"), NativeTypes.Str("binascii"));
        var t = PyOps.Call(ts, PyValue.FromObject(PyType.TypeType), [NativeTypes.Str(name), NativeTypes.Tuple(PyValue.FromObject(baseType)), PyValue.FromObject(ns)]);
        return t.IsError ? null : (PyType)t.AsObject;
    }

    /// <summary>The crc argument: an unsigned int taken modulo 2**32 (as C's unsigned int conversion does).</summary>
    private static bool TryCrc(ThreadState ts, ReadOnlySpan<PyValue> a, out long crc)
    {
        crc = 0;
        if (a.Length < 2)
        {
            return true;
        }

        var index = PyOps.Index(ts, a[1]);
        if (index.IsError)
        {
            return false;
        }

        PyInt.TryGetBigInteger(index.IsInt64 ? PyValue.FromInt64(index.RawBits) : index, out var big);
        crc = (long)(uint)(big & uint.MaxValue);
        return true;
    }

    /// <summary>An a2b_* argument: bytes-like, or a str of ASCII characters.</summary>
    private static bool TryAscii(ThreadState ts, PyValue v, out byte[] data)
    {
        data = [];
        if (v.AsObject is PyStr s)
        {
            if (s.Kind != StrKind.Ascii)
            {
                ts.SetError(PyExc.ValueError, "string argument should contain only ASCII characters");
                return false;
            }

            data = Encoding.ASCII.GetBytes(s.Value);
            return true;
        }

        if (BytesLike.TryGetSpan(v, out var span))
        {
            data = span.ToArray();
            return true;
        }

        ts.SetError(PyExc.TypeError, "argument should be bytes, buffer or ASCII string, not '" + v.Type.Name + "'");
        return false;
    }

    private static PyValue Hexlify(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        Span<PyValue> p = new PyValue[3];
        if (!ArgParser.Parse(ts, "hexlify", a, kw, s_hexNames, 1, 0, p) || !BytesLike.TryGetArgument(ts, p[0], out var data))
        {
            return PyValue.Error;
        }

        var hex = Convert.ToHexStringLower(data);
        if (p[1].IsNull || p[1].IsNone)
        {
            return PyBytes.From(Encoding.ASCII.GetBytes(hex));
        }

        string sep;
        if (p[1].AsObject is PyStr ss)
        {
            sep = ss.Value;
        }
        else if (BytesLike.TryGetSpan(p[1], out var sb))
        {
            sep = Encoding.Latin1.GetString(sb);
        }
        else
        {
            return ts.SetError(PyExc.TypeError, "sep must be str or bytes.");
        }

        if (sep.Length != 1)
        {
            return ts.SetError(PyExc.ValueError, "sep must be length 1.");
        }

        if (sep[0] > 0x7F)
        {
            return ts.SetError(PyExc.ValueError, "sep must be ASCII.");
        }

        long group = 1;
        if (!p[2].IsNull && !PyOps.TryIndexAsInt64(ts, p[2], PyExc.OverflowError, out group))
        {
            return PyValue.Error;
        }

        var abs = (int)Math.Min(Math.Abs(group), int.MaxValue);
        if (abs == 0 || data.Length == 0)
        {
            return PyBytes.From(Encoding.ASCII.GetBytes(hex));
        }

        var text = new StringBuilder();
        // Positive counts group from the right, negative from the left.
        var first = group > 0 ? data.Length % abs : abs;
        if (first == 0)
        {
            first = abs;
        }

        for (var i = 0; i < data.Length; i++)
        {
            if (i > 0 && (group > 0 ? (i - first) % abs == 0 : i % abs == 0))
            {
                text.Append(sep[0]);
            }

            text.Append(hex, i * 2, 2);
        }

        return PyBytes.From(Encoding.ASCII.GetBytes(text.ToString()));
    }

    private static PyValue Unhexlify(ThreadState ts, PyValue arg)
    {
        if (!TryAscii(ts, arg, out var data))
        {
            return PyValue.Error;
        }

        if (data.Length % 2 != 0)
        {
            return ts.SetError(Error, "Odd-length string");
        }

        var result = new byte[data.Length / 2];
        for (var i = 0; i < result.Length; i++)
        {
            var hi = HexDigit(data[2 * i]);
            var lo = HexDigit(data[(2 * i) + 1]);
            if (hi < 0 || lo < 0)
            {
                return ts.SetError(Error, "Non-hexadecimal digit found");
            }

            result[i] = (byte)((hi << 4) | lo);
        }

        return PyBytes.From(result);
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static int Base64Value(byte c) => c switch
    {
        >= (byte)'A' and <= (byte)'Z' => c - 'A',
        >= (byte)'a' and <= (byte)'z' => c - 'a' + 26,
        >= (byte)'0' and <= (byte)'9' => c - '0' + 52,
        (byte)'+' => 62,
        (byte)'/' => 63,
        _ => -1,
    };

    /// <summary>a2b_base64: skips non-alphabet bytes (unless strict), stops at complete padding.</summary>
    private static PyValue Base64Decode(ThreadState ts, byte[] data, bool strict)
    {
        var output = new List<byte>(data.Length * 3 / 4);
        if (strict && data.Length > 0 && data[0] == '=')
        {
            return ts.SetError(Error, "Leading padding not allowed");
        }

        int quad = 0, left = 0, pads = 0;
        var paddingStarted = false;
        for (var i = 0; i < data.Length; i++)
        {
            var ch = data[i];
            if (ch == '=')
            {
                paddingStarted = true;
                if (strict && quad == 0)
                {
                    return ts.SetError(Error, "Excess padding not allowed");
                }

                if (quad >= 2 && quad + ++pads >= 4)
                {
                    if (strict && i + 1 < data.Length)
                    {
                        return ts.SetError(Error, "Excess data after padding");
                    }

                    return PyBytes.From([.. output]);
                }

                continue;
            }

            var v = Base64Value(ch);
            if (v < 0)
            {
                if (strict)
                {
                    return ts.SetError(Error, "Only base64 data is allowed");
                }

                continue;
            }

            if (strict && paddingStarted)
            {
                return ts.SetError(Error, "Discontinuous padding not allowed");
            }

            pads = 0;
            switch (quad)
            {
                case 0:
                    quad = 1;
                    left = v;
                    break;
                case 1:
                    quad = 2;
                    output.Add((byte)((left << 2) | (v >> 4)));
                    left = v & 0x0F;
                    break;
                case 2:
                    quad = 3;
                    output.Add((byte)((left << 4) | (v >> 2)));
                    left = v & 0x03;
                    break;
                default:
                    quad = 0;
                    output.Add((byte)((left << 6) | v));
                    left = 0;
                    break;
            }
        }

        if (quad == 1)
        {
            return ts.SetError(Error, "Invalid base64-encoded string: number of data characters (" + ((output.Count / 3 * 4) + 1) + ") cannot be 1 more than a multiple of 4");
        }

        return quad != 0 ? ts.SetError(Error, "Incorrect padding") : PyBytes.From([.. output]);
    }


    /// <summary>CRC-CCITT (polynomial 0x1021, MSB first) as binhex uses it.</summary>
    private static uint CrcHqx(ReadOnlySpan<byte> data, uint crc)
    {
        foreach (var b in data)
        {
            crc ^= (uint)b << 8;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }

        return crc;
    }
}
