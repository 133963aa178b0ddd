using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>array.array to and from bytes, lists, str and files; pickling.</summary>
internal static partial class ArrayType
{
    private const int FileBlockSize = 64 * 1024;

    private static void AddConversionMethods(PyType t)
    {
        t.AddMethod1("frombytes", static (ts, self, x) => FromBytes(ts, PyArray.Of(self), x) ? PyValue.None : PyValue.Error);
        t.AddMethod0("tobytes", static (ts, self) => PyBytes.From(PyArray.Of(self).Bytes.ToArray()));
        t.AddMethod1("fromlist", FromList);
        t.AddMethod0("tolist", static (ts, self) => ToList(PyArray.Of(self)));
        t.AddMethod1("fromunicode", FromUnicode);
        t.AddMethod0("tounicode", static (ts, self) => ToUnicode(ts, PyArray.Of(self)));
        t.AddMethod("fromfile", FromFile);
        t.AddMethod1("tofile", ToFile);
    }

    private static bool FromBytes(ThreadState ts, PyArray a, PyValue x)
    {
        if (!BytesLike.TryGetArgument(ts, x, out var span))
        {
            return false;
        }

        if (span.Length % a.ItemSize != 0)
        {
            ts.SetError(PyExc.ValueError, "bytes length not a multiple of item size");
            return false;
        }

        return a.AppendBytes(ts, span);
    }

    private static PyValue ToList(PyArray a)
    {
        var items = new PyValue[a.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = a.Get(i);
        }

        return PyValue.FromObject(PyList.FromValues(items));
    }

    /// <summary>fromlist(): all or nothing, as CPython (the array is restored when an item fails).</summary>
    private static PyValue FromList(ThreadState ts, PyValue self, PyValue x)
    {
        if (x.AsObject is not PyList list)
        {
            return ts.SetError(PyExc.TypeError, "arg must be list");
        }

        var a = PyArray.Of(self);
        var old = a.Count;
        for (var i = 0; i < list.Count; i++)
        {
            if (!a.Append(ts, list.ItemAt(i)))
            {
                a.Splice(ts, old, a.Count, default);
                return PyValue.Error;
            }
        }

        return PyValue.None;
    }

    private static PyValue FromUnicode(ThreadState ts, PyValue self, PyValue x)
    {
        if (x.AsObject is not PyStr s)
        {
            return ts.SetError(PyExc.TypeError, "fromunicode() argument must be str, not " + ArgParser.TypeNameOf(x));
        }

        var a = PyArray.Of(self);
        if (!ArrayItems.IsUnicode(a.Code))
        {
            return ts.SetError(PyExc.ValueError, "fromunicode() may only be called on unicode type arrays ('u' or 'w')");
        }

        return a.AppendBytes(ts, UnicodeBytes(s)) ? PyValue.None : PyValue.Error;
    }

    private static PyValue ToUnicode(ThreadState ts, PyArray a)
    {
        if (!ArrayItems.IsUnicode(a.Code))
        {
            return ts.SetError(PyExc.ValueError, "tounicode() may only be called on unicode type arrays ('u' or 'w')");
        }

        var points = new int[a.Count];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = (int)a.RawSigned(i);
            if ((uint)points[i] > 0x10FFFF)
            {
                return ts.SetError(PyExc.ValueError, "character U+" + ((uint)points[i]).ToString("x") + " is not in range [U+0000; U+10ffff]");
            }
        }

        return PyValue.FromObject(new PyStr(points));
    }

    private static PyValue FromFile(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (!ArgParser.CheckPositional(ts, "fromfile", args[1..], kwnames, 2, 2) || !ClinicArgs.TrySize(ts, args[2], 0, out var n))
        {
            return PyValue.Error;
        }

        var a = PyArray.Of(args[0]);
        if (n < 0)
        {
            return ts.SetError(PyExc.ValueError, "negative count");
        }

        if (n > int.MaxValue / a.ItemSize)
        {
            return ts.SetError(PyExc.MemoryError, Array.Empty<PyValue>());
        }

        var nbytes = n * a.ItemSize;
        var b = PyOps.CallMethod(ts, args[1], PyStr.Intern("read"), [PyValue.FromInt64(nbytes)]);
        if (b.IsError)
        {
            return PyValue.Error;
        }

        if (b.AsObject is not PyBytes bytes)
        {
            return ts.SetError(PyExc.TypeError, "read() didn't return bytes");
        }

        if (!FromBytes(ts, a, b))
        {
            return PyValue.Error;
        }

        return bytes.Length != nbytes ? ts.SetError(PyExc.EOFError, "read() didn't return enough bytes") : PyValue.None;
    }

    private static PyValue ToFile(ThreadState ts, PyValue self, PyValue f)
    {
        var data = PyArray.Of(self).Bytes.ToArray();
        var write = PyStr.Intern("write");
        for (var offset = 0; offset < data.Length; offset += FileBlockSize)
        {
            var chunk = data.AsSpan(offset, Math.Min(FileBlockSize, data.Length - offset)).ToArray();
            if (PyOps.CallMethod(ts, f, write, [PyBytes.From(chunk)]).IsError)
            {
                return PyValue.Error;
            }
        }

        return PyValue.None;
    }

    /// <summary>
    /// __reduce_ex__: protocol 3+ pickles the raw bytes through <c>array._array_reconstructor</c>
    /// with the machine format code; older protocols a list.
    /// </summary>
    private static PyValue ReduceEx(ThreadState ts, PyValue self, PyValue protocolValue)
    {
        if (!ClinicArgs.TryInt(ts, protocolValue, 0, out var protocol))
        {
            return PyValue.Error;
        }

        var a = PyArray.Of(self);
        var dict = PyValue.None;
        if (PyOps.TryGetAttr(ts, self, PyStr.Intern("__dict__"), out var d) < 0)
        {
            return PyValue.Error;
        }

        if (!d.IsNull)
        {
            dict = d;
        }

        var type = PyValue.FromObject(self.Type);
        if (protocol < 3)
        {
            return NativeTypes.Tuple(type, NativeTypes.Tuple(NativeTypes.Str(a.Code.ToString()), ToList(a)), dict);
        }

        var reconstructor = ArrayModule.Reconstructor;
        return NativeTypes.Tuple(
            reconstructor,
            NativeTypes.Tuple(type, NativeTypes.Str(a.Code.ToString()), PyValue.FromInt64(MachineFormats.Of(a.Code)), PyBytes.From(a.Bytes.ToArray())),
            dict);
    }
}
