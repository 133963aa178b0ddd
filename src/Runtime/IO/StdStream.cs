using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.IO;

/// <summary>
/// A minimal text stream over a .NET stream for sys.stdout/stderr/stdin: write, flush, read,
/// readline, iteration. UTF-8; lone surrogates are written as U+FFFD for now. Output is
/// buffered and flushed at exit, when stdin is read, and when full.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Lives as long as the process (sys.stdin); the OS closes the stream.")]
public sealed class StdStream : PyObject
{
    private static readonly PyType s_type = CreateType();

    private readonly Stream _stream;
    private readonly StringBuilder _pending = new();
    private readonly bool _writable;
    private readonly StreamReader? _reader;

    public StdStream(Stream stream, bool writable, string name)
        : base(s_type)
    {
        _stream = stream;
        _writable = writable;
        Name = name;
        if (!writable)
        {
            _reader = new StreamReader(stream, new UTF8Encoding(false), false);
        }
    }

    public string Name { get; }

    /// <summary>A stream to flush before reading stdin (stdout, as CPython's interactive flush).</summary>
    public StdStream? FlushBeforeRead { get; set; }

    /// <summary>Writes text (cold path for tests and the runtime's own messages).</summary>
    public void Write(string text)
    {
        _pending.Append(text);
        if (_pending.Length > 8192)
        {
            Flush();
        }
    }

    public void Flush()
    {
        if (_pending.Length == 0)
        {
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(_pending.ToString());
        _pending.Clear();
        try
        {
            _stream.Write(bytes);
            _stream.Flush();
        }
        catch (IOException)
        {
            // A closed pipe: output is lost, as CPython's "Exception ignored ... BrokenPipeError" case.
        }
    }

    private string? ReadLine()
    {
        FlushBeforeRead?.Flush();
        var sb = new StringBuilder();
        while (true)
        {
            var c = _reader!.Read();
            if (c < 0)
            {
                return sb.Length == 0 ? null : sb.ToString();
            }

            sb.Append((char)c);
            if (c == '\n')
            {
                return sb.ToString();
            }
        }
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("TextIOWrapper");
        t.AddMethod1("write", static (ts, self, text) =>
        {
            var s = (StdStream)self.AsObject;
            if (text.AsObject is not PyStr str)
            {
                return ts.SetError(PyExc.TypeError, "write() argument must be str, not " + text.Type.Name);
            }

            if (!s._writable)
            {
                return ts.SetError(PyExc.OSError, "not writable");
            }

            s.Write(str.Value);
            return PyValue.FromInt64(str.Length);
        });
        t.AddMethod0("flush", static (ts, self) =>
        {
            ((StdStream)self.AsObject).Flush();
            return PyValue.None;
        });
        t.AddMethod0("readline", static (ts, self) =>
        {
            var line = ((StdStream)self.AsObject).ReadLine();
            return PyValue.FromObject(new PyStr(line ?? ""));
        });
        t.AddMethod("read", static (ts, a, kw) =>
        {
            var s = (StdStream)a[0].AsObject;
            s.FlushBeforeRead?.Flush();
            return PyValue.FromObject(new PyStr(s._reader!.ReadToEnd()));
        }, NativeArity.Positional);
        t.AddMethod0("readlines", static (ts, self) =>
        {
            var s = (StdStream)self.AsObject;
            var list = new PyList();
            while (s.ReadLine() is { } line)
            {
                list.Append(PyValue.FromObject(new PyStr(line)));
            }

            return PyValue.FromObject(list);
        });
        t.AddMethod0("isatty", static (ts, self) => PyValue.False);
        t.AddMethod0("fileno", static (ts, self) => PyValue.FromInt64(((StdStream)self.AsObject).Name switch { "<stdin>" => 0, "<stdout>" => 1, _ => 2 }));
        t.AddGetSet("encoding", static (ts, self) => PyValue.FromObject(PyStr.Intern("utf-8")));
        t.AddGetSet("closed", static (ts, self) => PyValue.False);
        t.AddGetSet("name", static (ts, self) => PyValue.FromObject(new PyStr(((StdStream)self.AsObject).Name)));
        t.Iter = static (ts, v) => v;
        t.IterNext = static (ThreadState ts, PyValue v, out PyValue item) =>
        {
            var line = ((StdStream)v.AsObject).ReadLine();
            item = line is null ? default : PyValue.FromObject(new PyStr(line));
            return line is null ? 0 : 1;
        };
        SlotTable.AddWrappers(t);
        return t;
    }
}
