using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.IO;

/// <summary>
/// A text stream over a byte stream, UTF-8 encoded: what <c>sys.stdout</c>, <c>sys.stderr</c> and
/// <c>sys.stdin</c> are (Python type <c>_io.TextIOWrapper</c>). Output is buffered: flushed when
/// the buffer fills, on <c>flush()</c>, after a newline when line-buffered (a terminal; stderr
/// always), before stdin is read, and at exit (<see cref="FlushAll"/>). Lone surrogates raise
/// UnicodeEncodeError ("strict", stdout's handler) or are written as \udcxx ("backslashreplace", stderr's).
/// Input is decoded as UTF-8 (invalid bytes become U+FFFD); newlines are not translated (POSIX stdin).
/// </summary>
public sealed partial class PyTextStream : PyObject
{
    private const int BufferSize = 8192;

    private static readonly Lock s_lock = new();
    private static readonly List<WeakReference<PyTextStream>> s_open = [];

    /// <summary>The Python type, <c>_io.TextIOWrapper</c> (before the standard streams: they need it).</summary>
    public static readonly PyType TypeObject = CreateType();

    private static PyTextStream? s_stdout;
    private static PyTextStream? s_stderr;
    private static PyTextStream? s_stdin;

    private readonly Stream _stream;
    private readonly byte[] _buffer;
    private readonly TextReader? _reader;
    private int _count;
    private bool _closed;

    /// <summary>A stream writing to (or reading from) <paramref name="stream"/>.</summary>
    public PyTextStream(Stream stream, string name, int fileno, string mode, string errors, bool lineBuffering, bool isatty)
        : base(TypeObject)
    {
        _stream = stream;
        Name = name;
        FileNo = fileno;
        Mode = mode;
        Errors = errors;
        LineBuffering = lineBuffering;
        IsATty = isatty;
        _buffer = Writable ? new byte[BufferSize] : [];
        _reader = Readable ? new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true) : null;
        lock (s_lock)
        {
            s_open.Add(new WeakReference<PyTextStream>(this));
        }
    }

    /// <summary>The process's stdout as a text stream: line-buffered on a terminal, "strict".</summary>
    public static PyTextStream StdOut
    {
        get => s_stdout ??= ForStdOut(Console.OpenStandardOutput(), !Console.IsOutputRedirected);
        set => s_stdout = value;
    }

    /// <summary>The process's stderr: line-buffered, "backslashreplace".</summary>
    public static PyTextStream StdErr
    {
        get => s_stderr ??= ForStdErr(Console.OpenStandardError(), !Console.IsErrorRedirected);
        set => s_stderr = value;
    }

    /// <summary>The process's stdin; reading it flushes <see cref="StdOut"/> first.</summary>
    public static PyTextStream StdIn
    {
        get => s_stdin ??= ForStdIn(Console.OpenStandardInput(), !Console.IsInputRedirected, StdOut);
        set => s_stdin = value;
    }

    /// <summary>Reading this stream flushes that one first (stdin flushes stdout, as CPython's input() does).</summary>
    public PyTextStream? FlushBeforeRead { get; set; }

    /// <summary>A <c>sys.stdout</c> over <paramref name="stream"/> (line-buffered when <paramref name="isatty"/>).</summary>
    public static PyTextStream ForStdOut(Stream stream, bool isatty) => new(stream, "<stdout>", 1, "w", "strict", isatty, isatty);

    /// <summary>A <c>sys.stderr</c> over <paramref name="stream"/>.</summary>
    public static PyTextStream ForStdErr(Stream stream, bool isatty) => new(stream, "<stderr>", 2, "w", "backslashreplace", true, isatty);

    /// <summary>A <c>sys.stdin</c> over <paramref name="stream"/>.</summary>
    public static PyTextStream ForStdIn(Stream stream, bool isatty, PyTextStream? stdout) =>
        new(stream, "<stdin>", 0, "r", "strict", false, isatty) { FlushBeforeRead = stdout };

    public string Name { get; }

    public int FileNo { get; }

    public string Mode { get; }

    public string Errors { get; }

    public bool LineBuffering { get; }

    public bool IsATty { get; }

    public bool Closed => _closed;

    public bool Readable => Mode.Contains('r', StringComparison.Ordinal);

    public bool Writable => Mode.Contains('w', StringComparison.Ordinal) || Mode.Contains('a', StringComparison.Ordinal);

    /// <summary>Flushes every open stream's buffer: the runtime calls it at exit.</summary>
    public static void FlushAll()
    {
        List<PyTextStream> streams = [];
        lock (s_lock)
        {
            foreach (var w in s_open)
            {
                if (w.TryGetTarget(out var s))
                {
                    streams.Add(s);
                }
            }
        }

        foreach (var s in streams)
        {
            s.FlushBuffer();
        }
    }

    /// <summary><c>write(s)</c>: encodes and buffers the text; the number of characters written, or -1 with a pending exception.</summary>
    public long Write(ThreadState ts, PyStr text)
    {
        if (!CheckOpen(ts) || !CheckMode(ts, Writable, "not writable"))
        {
            return -1;
        }

        if (!Encode(ts, text, out var bytes))
        {
            return -1;
        }

        if (_count + bytes.Length > _buffer.Length)
        {
            FlushBuffer();
        }

        if (bytes.Length >= _buffer.Length)
        {
            WriteRaw(bytes);
        }
        else
        {
            bytes.CopyTo(_buffer.AsSpan(_count));
            _count += bytes.Length;
        }

        if (LineBuffering && Array.IndexOf(bytes, (byte)'\n') >= 0)
        {
            FlushBuffer();
        }

        return text.Length;
    }

    /// <summary>Writes text from C# (the runtime's own messages, tracebacks): never fails; unencodable characters are escaped.</summary>
    public void Write(string text)
    {
        if (_closed)
        {
            return;
        }

        var ts = ThreadState.Current;
        if (Write(ts, new PyStr(text)) < 0)
        {
            ts.ClearError();
            var bytes = Encoding.UTF8.GetBytes(text);
            FlushBuffer();
            WriteRaw(bytes);
        }
    }

    /// <summary>Flushes the buffer (C# callers; never fails).</summary>
    public void Flush() => FlushBuffer();

    /// <summary><c>flush()</c>.</summary>
    public bool Flush(ThreadState ts)
    {
        if (!CheckOpen(ts))
        {
            return false;
        }

        FlushBuffer();
        return true;
    }

    /// <summary><c>close()</c>: flushes; later operations raise ValueError. The standard streams' descriptors stay open.</summary>
    public void Close()
    {
        if (!_closed)
        {
            FlushBuffer();
            _closed = true;
        }
    }

    private void FlushBuffer()
    {
        if (_count == 0)
        {
            return;
        }

        WriteRaw(_buffer.AsSpan(0, _count));
        _count = 0;
    }

    private void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        try
        {
            _stream.Write(bytes);
            _stream.Flush();
        }
        catch (IOException)
        {
            // A closed pipe: CPython would report it at the next flush; output is lost either way.
        }
    }

    private bool CheckOpen(ThreadState ts)
    {
        if (!_closed)
        {
            return true;
        }

        ts.SetError(PyExc.ValueError, "I/O operation on closed file.");
        return false;
    }

    private static bool CheckMode(ThreadState ts, bool allowed, string what)
    {
        if (allowed)
        {
            return true;
        }

        ts.SetError(Unsupported, what);
        return false;
    }

    // io.UnsupportedOperation derives from OSError and ValueError; OSError until the io module exists.
    private static PyType Unsupported => RuntimeExceptions.OSError;

    private bool Encode(ThreadState ts, PyStr text, out byte[] bytes)
    {
        if (!text.HasSurrogates)
        {
            bytes = Encoding.UTF8.GetBytes(text.Value);
            return true;
        }

        var cps = text.CodePoints;
        var sb = new StringBuilder(cps.Length);
        for (var i = 0; i < cps.Length; i++)
        {
            var c = cps[i];
            if (c is < 0xD800 or > 0xDFFF)
            {
                sb.Append(char.ConvertFromUtf32(c));
                continue;
            }

            if (Errors == "backslashreplace")
            {
                sb.Append("\\u").Append(c.ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }

            var end = i + 1;
            while (end < cps.Length && cps[end] is >= 0xD800 and <= 0xDFFF)
            {
                end++;
            }

            bytes = [];
            ts.SetError(RuntimeExceptions.UnicodeEncodeError,
                PyValue.FromObject(new PyStr("utf-8")), PyValue.FromObject(text), PyValue.FromInt64(i), PyValue.FromInt64(end),
                PyValue.FromObject(new PyStr("surrogates not allowed")));
            return false;
        }

        bytes = Encoding.UTF8.GetBytes(sb.ToString());
        return true;
    }

    /// <summary><c>readline(size=-1)</c>: up to and including the next newline; "" at end of file.</summary>
    public PyValue ReadLine(ThreadState ts, long limit = -1)
    {
        if (!BeginRead(ts))
        {
            return PyValue.Error;
        }

        var sb = new StringBuilder();

        // Reading may block (a terminal, a pipe): other threads run meanwhile.
        using (ts.ReleaseGil())
        {
            while (limit < 0 || sb.Length < limit)
            {
                var c = ReadChar();
                if (c < 0)
                {
                    break;
                }

                sb.Append((char)c);
                if (c == '\n')
                {
                    break;
                }
            }
        }

        return PyValue.FromObject(new PyStr(sb.ToString()));
    }

    /// <summary><c>read(size=-1)</c>: everything up to end of file, or at most <paramref name="size"/> characters.</summary>
    public PyValue Read(ThreadState ts, long size = -1)
    {
        if (!BeginRead(ts))
        {
            return PyValue.Error;
        }

        var sb = new StringBuilder();
        using (ts.ReleaseGil())
        {
            while (size < 0 || sb.Length < size)
            {
                var c = ReadChar();
                if (c < 0)
                {
                    break;
                }

                sb.Append((char)c);
            }
        }

        return PyValue.FromObject(new PyStr(sb.ToString()));
    }

    private bool BeginRead(ThreadState ts)
    {
        if (!CheckOpen(ts) || !CheckMode(ts, Readable, "not readable"))
        {
            return false;
        }

        // What is read may answer what was printed: show it first.
        FlushBeforeRead?.FlushBuffer();
        return true;
    }

    // As CPython's sys.stdin on POSIX (newline="\n"): no newline translation.
    private int ReadChar() => _reader!.Read();

    public override string ToString() => "<_io.TextIOWrapper name='" + Name + "' mode='" + Mode + "' encoding='utf-8'>";
}
