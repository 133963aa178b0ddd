using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Errors;

/// <summary>
/// Formats an exception with its traceback the way CPython 3.14's <c>traceback</c> module prints
/// uncaught exceptions: chained causes and contexts, "File ..., line N, in name" entries with the
/// source line. Not yet done: the PEP 657 position markers, exception groups' tree layout,
/// notes' edge cases and "Did you mean" suggestions (see docs/differences-from-cpython.md).
/// </summary>
public static class TracebackPrinter
{
    /// <summary>The full report, ending with a newline.</summary>
    public static string Format(ThreadState ts, PyBaseException exc)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        FormatChain(ts, exc, sb, seen);
        return sb.ToString();
    }

    private static void FormatChain(ThreadState ts, PyBaseException exc, StringBuilder sb, HashSet<PyBaseException> seen)
    {
        seen.Add(exc);
        if (exc.Cause is { } cause && !seen.Contains(cause))
        {
            FormatChain(ts, cause, sb, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (exc.Context is { } context && !exc.SuppressContext && !seen.Contains(context))
        {
            FormatChain(ts, context, sb, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }

        FormatOne(ts, exc, sb);
    }

    private static void FormatOne(ThreadState ts, PyBaseException exc, StringBuilder sb)
    {
        if (exc.Traceback is PyTraceback tb)
        {
            sb.Append("Traceback (most recent call last):\n");
            for (var t = tb; t is not null; t = t.Next)
            {
                var code = t.Frame.Code;
                var line = t.Line;
                sb.Append("  File \"").Append(code.Filename).Append("\", line ").Append(line < 0 ? "?" : line.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Append(", in ").Append(code.Name.Value).Append('\n');
                var text = SourceLines.Get(code.Filename, line);
                if (text is not null && text.Trim().Length > 0)
                {
                    sb.Append("    ").Append(text.Trim()).Append('\n');
                }
            }
        }

        sb.Append(FormatExceptionOnly(ts, exc)).Append('\n');
        if (exc.GetDict(false) is { } d && d.TryGetStr(PyStr.Intern("__notes__"), out var notes) && notes.AsObject is PyList list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                list.TryGetItem(ts, i, out var note);
                sb.Append(note.AsObject is PyStr s ? s.Value : PyOps.Repr(ts, note)?.Value ?? "<note>").Append('\n');
            }
        }
    }

    /// <summary>"TypeName: message" (qualified with the module for non-builtin exceptions).</summary>
    public static string FormatExceptionOnly(ThreadState ts, PyBaseException exc)
    {
        var type = exc.Type;
        var name = type.FullName;
        var str = PyOps.Str(ts, PyValue.FromObject(exc));
        string message;
        if (str is null)
        {
            ts.ClearError();
            message = "<exception str() failed>";
        }
        else
        {
            message = str.Value;
        }

        return message.Length == 0 ? name : name + ": " + message;
    }
}

/// <summary>Source lines of files for tracebacks (CPython's linecache), read once per file.</summary>
public static class SourceLines
{
    private static readonly Dictionary<string, string[]?> s_cache = new(StringComparer.Ordinal);
    private static readonly Lock s_lock = new();

    /// <summary>Line <paramref name="line"/> (1-based) of <paramref name="filename"/>, or null.</summary>
    public static string? Get(string filename, int line)
    {
        string[]? lines;
        lock (s_lock)
        {
            if (!s_cache.TryGetValue(filename, out lines))
            {
                try
                {
                    lines = File.Exists(filename) ? File.ReadAllLines(filename) : null;
                }
                catch (IOException)
                {
                    lines = null;
                }
                catch (UnauthorizedAccessException)
                {
                    lines = null;
                }

                s_cache[filename] = lines;
            }
        }

        return lines is not null && line >= 1 && line <= lines.Length ? lines[line - 1] : null;
    }

    /// <summary>Registers source text for a pseudo-file ("&lt;string&gt;" has none in CPython; used for -c? no).</summary>
    public static void Register(string filename, string text)
    {
        lock (s_lock)
        {
            s_cache[filename] = text.Split('\n');
        }
    }
}
