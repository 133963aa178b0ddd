namespace ProtoPython.Objects;

/// <summary>bytes(...) and bytearray(...): from nothing, a size, a str and encoding, a buffer, __bytes__ or an iterable of ints.</summary>
internal static partial class BytesType
{
    private static readonly string[] s_newNames = ["source", "encoding", "errors"];

    private static void InstallConstructors()
    {
        PyType.Bytes.New = static (ts, type, args, kw) =>
        {
            Span<PyValue> a = new PyValue[3];
            if (!BytesArgs.Parse(ts, "bytes", args, kw, false, s_newNames, 0, 0, a))
            {
                return PyValue.Error;
            }

            // bytes(x) returns what x.__bytes__() returned, a bytes subclass instance included.
            if (type == PyType.Bytes && !a[0].IsNull && a[1].IsNull && a[2].IsNull)
            {
                var found = PyOps.LookupSpecial(ts, a[0], PyStr.Intern("__bytes__"), out var method);
                if (found != 0)
                {
                    var r = found < 0 ? PyValue.Error : PyOps.Call0(ts, method);
                    return r.IsError || r.AsObject is PyBytes ? r : ts.SetError(PyExc.TypeError, "__bytes__ returned non-bytes (type " + r.Type.Name + ")");
                }
            }

            var data = FromSource(ts, a[0], a[1], a[2], "bytes", type);
            if (data is null)
            {
                return PyValue.Error;
            }

            return type == PyType.Bytes ? PyBytes.From(data) : PyValue.FromObject(new PyBytesSubclassInstance(type, data));
        };
        PyType.ByteArray.New = static (ts, type, args, kw) =>
            PyValue.FromObject(type == PyType.ByteArray ? new PyByteArray([]) : new PyByteArraySubclassInstance(type, []));
        PyType.ByteArray.Init = static (ts, self, args, kw) =>
        {
            Span<PyValue> a = new PyValue[3];
            if (!BytesArgs.Parse(ts, "bytearray", args, kw, false, s_newNames, 0, 0, a))
            {
                return false;
            }

            var ba = (PyByteArray)self.AsObject;
            if (!ba.CheckResizable(ts))
            {
                return false;
            }

            var data = FromSource(ts, a[0], a[1], a[2], "bytearray", null);
            if (data is null)
            {
                return false;
            }

            ba.SetContents(data);
            return true;
        };
        PyType.Bytes.AddMethod0("__bytes__", static (ts, self) => self.Type == PyType.Bytes ? self : PyBytes.From(Data(self).ToArray()));
        PyType.Bytes.AddMethod0("__getnewargs__", static (ts, self) => PyValue.FromObject(new PyTuple([PyBytes.From(Data(self).ToArray())])));
    }

    /// <summary>The contents of a new bytes/bytearray (<c>bytes_new_impl</c>'s order of checks); null with an exception pending.</summary>
    private static byte[]? FromSource(ThreadState ts, PyValue source, PyValue encoding, PyValue errors, string what, PyType? bytesType)
    {
        if (source.IsNull)
        {
            if (!encoding.IsNull || !errors.IsNull)
            {
                ts.SetError(PyExc.TypeError, encoding.IsNull ? "errors without a string argument" : "encoding without a string argument");
                return null;
            }

            return [];
        }

        if (!encoding.IsNull || !errors.IsNull)
        {
            if (source.AsObject is not PyStr text)
            {
                ts.SetError(PyExc.TypeError, encoding.IsNull ? "errors without a string argument" : "encoding without a string argument");
                return null;
            }

            if (encoding.IsNull)
            {
                ts.SetError(PyExc.TypeError, "string argument without an encoding");
                return null;
            }

            if (!BytesArgs.TryString(ts, what, "encoding", encoding, "utf-8", out var enc)
                || !BytesArgs.TryString(ts, what, "errors", errors, "strict", out var err))
            {
                return null;
            }

            var encoded = Codecs.Encode(ts, text, enc, err);
            return encoded.IsError ? null : ((PyBytes)encoded.AsObject).Span.ToArray();
        }

        if (bytesType is not null)
        {
            var found = PyOps.LookupSpecial(ts, source, PyStr.Intern("__bytes__"), out var method);
            if (found < 0)
            {
                return null;
            }

            if (found > 0)
            {
                var r = PyOps.Call0(ts, method);
                if (r.IsError)
                {
                    return null;
                }

                if (r.AsObject is not PyBytes rb)
                {
                    ts.SetError(PyExc.TypeError, "__bytes__ returned non-bytes (type " + r.Type.Name + ")");
                    return null;
                }

                return rb.Span.ToArray();
            }
        }

        if (source.AsObject is PyStr)
        {
            ts.SetError(PyExc.TypeError, "string argument without an encoding");
            return null;
        }

        if (PyInt.IsInt(source) || source.Type.Index is not null)
        {
            if (!PyOps.TryIndexAsInt64(ts, source, PyExc.OverflowError, out var size))
            {
                return null;
            }

            if (size < 0)
            {
                ts.SetError(PyExc.ValueError, "negative count");
                return null;
            }

            if (size > Array.MaxLength)
            {
                ts.SetError(new PyBaseException(PyExc.MemoryError, []));
                return null;
            }

            return new byte[size];
        }

        if (BytesLike.TryGetSpan(source, out var span))
        {
            return span.ToArray();
        }

        if (source.AsObject is PyMemoryView m)
        {
            m.CheckReleased(ts);
            return null;
        }

        return FromIterable(ts, source, what);
    }

    /// <summary>The bytes of an iterable of ints in 0..255; null with an exception pending.</summary>
    internal static byte[]? FromIterable(ThreadState ts, PyValue source, string what)
    {
        if (source.Type.Iter is null && source.Type.GetItem is null)
        {
            ts.SetError(PyExc.TypeError, "cannot convert '" + source.Type.Name + "' object to " + what);
            return null;
        }

        var it = PyOps.GetIter(ts, source);
        if (it.IsError)
        {
            return null;
        }

        var result = new List<byte>();
        while (true)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r < 0)
            {
                return null;
            }

            if (r == 0)
            {
                return [.. result];
            }

            if (!BytesArgs.TryByteIndex(ts, item, out var n))
            {
                return null;
            }

            if (n is < 0 or > 255)
            {
                ts.SetError(PyExc.ValueError, what == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
                return null;
            }

            result.Add((byte)n);
        }
    }
}
