using ProtoPython.Objects;

namespace ProtoPython.Runtime.IO;

/// <summary>
/// <c>sys.stdout.buffer</c> and friends: the bytes side of a standard stream (write/flush/read,
/// fileno, isatty). Writing flushes the text side first so the two stay in order.
/// </summary>
public sealed partial class PyTextStream
{
    private static readonly Lazy<PyType> s_bufferType = new(CreateBufferType);

    private StreamBuffer? _bufferObject;

    /// <summary>The binary buffer object (one per stream).</summary>
    public PyObject BufferObject => _bufferObject ??= new StreamBuffer(this);

    private sealed class StreamBuffer(PyTextStream text) : PyObject(s_bufferType.Value)
    {
        public PyTextStream Text { get; } = text;
    }

    private static PyTextStream OfBuffer(PyValue v) => ((StreamBuffer)v.AsObject).Text;

    private static PyType CreateBufferType()
    {
        var t = PyType.CreateRuntimeType("BufferedWriter", PyType.Object, TypeFlags.None, "_io");
        t.AddMethod1("write", static (ts, self, data) =>
        {
            var s = OfBuffer(self);
            if (!s.CheckOpen(ts) || !BytesLike.TryGetArgument(ts, data, out var span))
            {
                return PyValue.Error;
            }

            s.FlushBuffer();
            s.WriteRaw(span);
            return PyValue.FromInt64(span.Length);
        });
        t.AddMethod("read", static (ts, a, kw) =>
        {
            var s = OfBuffer(a[0]);
            long n = -1;
            if (!s.CheckOpen(ts) || (a.Length > 1 && !a[1].IsNone && !PyOps.TryIndexAsInt64(ts, a[1], PyExc.OverflowError, out n)))
            {
                return PyValue.Error;
            }

            var result = new MemoryStream();
            var chunk = new byte[8192];
            try
            {
                while (n < 0 || result.Length < n)
                {
                    var got = s._stream.Read(chunk, 0, n < 0 ? chunk.Length : (int)Math.Min(chunk.Length, n - result.Length));
                    if (got <= 0)
                    {
                        break;
                    }

                    result.Write(chunk, 0, got);
                }
            }
            catch (NotSupportedException)
            {
                return ts.SetError(PyExc.OSError, "not readable");
            }

            return PyBytes.From(result.ToArray());
        });
        t.AddMethod0("flush", static (ts, self) => OfBuffer(self).Flush(ts) ? PyValue.None : PyValue.Error);
        t.AddMethod0("fileno", static (ts, self) => PyValue.FromInt64(OfBuffer(self).FileNo));
        t.AddMethod0("isatty", static (ts, self) => PyValue.FromBool(OfBuffer(self).IsATty));
        t.AddMethod0("readable", static (ts, self) => PyValue.FromBool(OfBuffer(self).Readable));
        t.AddMethod0("writable", static (ts, self) => PyValue.FromBool(OfBuffer(self).Writable));
        t.AddMethod0("seekable", static (ts, self) => PyValue.False);
        t.AddGetSet("closed", static (ts, v) => PyValue.FromBool(OfBuffer(v).Closed));
        t.AddGetSet("name", static (ts, v) => PyValue.FromObject(new PyStr(OfBuffer(v).Name)));
        t.AddGetSet("mode", static (ts, v) => PyValue.FromObject(new PyStr(OfBuffer(v).Mode.Replace("w", "wb").Replace("r", "rb"))));
        t.Repr = static (ts, v) => PyValue.FromObject(new PyStr("<_io.BufferedWriter name='" + OfBuffer(v).Name + "'>"));
        SlotTable.AddWrappers(t);
        return t;
    }
}
