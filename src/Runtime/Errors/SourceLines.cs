using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Compiler.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Errors;

/// <summary>
/// Source lines for tracebacks, as CPython's <c>linecache</c> finds them: a file read once (decoded
/// by its coding cookie, universal newlines), a relative name searched along <c>sys.path</c>, and
/// the text of <c>-c</c> code registered by its code objects (<c>linecache._register_code</c>).
/// </summary>
public static class SourceLines
{
    private static readonly Dictionary<string, string[]?> s_files = new(StringComparer.Ordinal);
    private static readonly Dictionary<(string, string, int), string[]> s_byCode = [];
    private static readonly Lock s_lock = new();

    /// <summary>The folders searched for a relative file name (<c>sys.path</c> at the time of the lookup).</summary>
    public static Func<IEnumerable<string>>? SearchPath { get; set; }

    /// <summary>Line <paramref name="line"/> (1-based) of <paramref name="filename"/> without its newline, or null.</summary>
    public static string? Get(string filename, int line)
    {
        var lines = Lines(filename);
        return lines is not null && line >= 1 && line <= lines.Length ? lines[line - 1] : null;
    }

    /// <summary>Line <paramref name="line"/> of the source registered for <paramref name="code"/>, or null.</summary>
    public static string? GetFromCode(PyCode code, int line)
    {
        lock (s_lock)
        {
            return s_byCode.TryGetValue((code.Filename, code.QualName.Value, code.FirstLineNo), out var lines) && line >= 1 && line <= lines.Length
                ? lines[line - 1]
                : null;
        }
    }

    /// <summary>Registers <paramref name="text"/> as the source of <paramref name="code"/> and the code objects nested in it.</summary>
    public static void RegisterCode(PyCode code, string text)
    {
        var lines = TracebackText.SplitLines(text).ToArray();
        var stack = new Stack<PyCode>();
        stack.Push(code);
        lock (s_lock)
        {
            while (stack.Count > 0)
            {
                var c = stack.Pop();
                s_byCode[(c.Filename, c.QualName.Value, c.FirstLineNo)] = lines;
                foreach (var k in c.Consts)
                {
                    if (k.AsObject is PyCode inner)
                    {
                        stack.Push(inner);
                    }
                }
            }
        }
    }

    /// <summary>Registers source text under a file name (tests; pseudo-files).</summary>
    public static void Register(string filename, string text)
    {
        lock (s_lock)
        {
            s_files[filename] = Normalize(text).Split('\n');
        }
    }

    private static string[]? Lines(string filename)
    {
        lock (s_lock)
        {
            if (s_files.TryGetValue(filename, out var cached))
            {
                return cached;
            }
        }

        var lines = Load(filename);
        lock (s_lock)
        {
            s_files[filename] = lines;
        }

        return lines;
    }

    private static string[]? Load(string filename)
    {
        if (filename.Length == 0 || (filename.StartsWith('<') && filename.EndsWith('>')))
        {
            return null;
        }

        var path = Locate(filename);
        if (path is null)
        {
            return null;
        }

        try
        {
            var text = Normalize(SourceDecoder.Decode(File.ReadAllBytes(path), path).Text);
            if (text.EndsWith('\n'))
            {
                text = text[..^1];
            }

            return text.Split('\n');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        catch (PythonSyntaxError)
        {
            return null;
        }
    }

    private static string? Locate(string filename)
    {
        if (File.Exists(filename))
        {
            return filename;
        }

        if (Path.IsPathRooted(filename) || SearchPath is null)
        {
            return null;
        }

        foreach (var folder in SearchPath())
        {
            try
            {
                var candidate = Path.Combine(folder, filename);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
            catch (ArgumentException)
            {
                // A sys.path entry that is no folder name.
            }
        }

        return null;
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
