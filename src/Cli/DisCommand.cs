using ProtoPython.Compiler.Code;
using ProtoPython.Compiler.Diagnostics;
using ProtoPython.Compiler.Disassembly;

namespace ProtoPython.Cli;

/// <summary>
/// <c>protopy -m dis [-C] [-O] [-P] [-S] [FILE]</c>: compiles FILE (stdin for <c>-</c> or none)
/// in exec mode under the name given, and prints what <c>python3.14 -m dis FILE</c> prints.
/// </summary>
internal static class DisCommand
{
    private const string Usage = "usage: python -m dis [-h] [-C] [-O] [-P] [-S] [infile]";

    /// <summary>Runs the command; <paramref name="compile"/> turns (source bytes, filename) into a module code object (null until the compiler exists).</summary>
    public static int Run(
        IReadOnlyList<string> args, Stream stdin, TextWriter stdout, TextWriter stderr,
        Func<byte[], string, CodeObject>? compile)
    {
        var options = new DisOptions();
        string? infile = null;
        foreach (string arg in args)
        {
            switch (arg)
            {
                case "-C" or "--show-caches":
                    options = options with { ShowCaches = true };
                    break;
                case "-O" or "--show-offsets":
                    options = options with { ShowOffsets = true };
                    break;
                case "-P" or "--show-positions":
                    options = options with { ShowPositions = true };
                    break;
                case "-S" or "--specialized":
                    options = options with { Adaptive = true };
                    break;
                case "-h" or "--help":
                    stdout.WriteLine(Usage);
                    return 0;
                default:
                    if ((arg.StartsWith('-') && arg != "-") || infile is not null)
                    {
                        stderr.WriteLine(Usage);
                        stderr.WriteLine($"python -m dis: error: unrecognized arguments: {arg}");
                        return 2;
                    }

                    infile = arg;
                    break;
            }
        }

        infile ??= "-";
        string name = infile == "-" ? "<stdin>" : infile;
        byte[] source;
        try
        {
            source = infile == "-" ? ReadAll(stdin) : File.ReadAllBytes(infile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{(e is FileNotFoundException or DirectoryNotFoundException ? "FileNotFoundError: [Errno 2] No such file or directory" : "OSError: " + e.Message)}: '{infile}'");
            return 1;
        }

        if (compile is null)
        {
            stderr.WriteLine("protopy: -m dis needs the compiler (not built yet)");
            return 2;
        }

        CodeObject code;
        try
        {
            code = compile(source, name);
        }
        catch (PythonSyntaxError error)
        {
            stderr.Write(FormatSyntaxError(error, error.Text ?? SourceLine(source, name, error.Lineno)));
            return 1;
        }
        catch (CompilerLimitError error)
        {
            stderr.WriteLine($"{error.PythonTypeName}: {error.Message}");
            return 1;
        }

        stdout.Write(Disassembler.Dis(code, options));
        return 0;
    }

    /// <summary>The tail of CPython's traceback for a SyntaxError (traceback's <c>_format_syntax_error</c>).</summary>
    /// <param name="text">The source line; errors found after parsing carry none, and CPython reads it from the file.</param>
    internal static string FormatSyntaxError(PythonSyntaxError error, string? text)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append($"  File \"{error.Filename}\", line {error.Lineno}\n");
        if (text is not null)
        {
            string rtext = text.TrimEnd('\n');
            string ltext = rtext.TrimStart(' ', '\n', '\f');
            int spaces = rtext.Length - ltext.Length;
            sb.Append("    ").Append(ltext).Append('\n');
            if (error.Offset > 0)
            {
                int offset = error.Offset;
                int endOffset = error.Lineno == error.EndLineno
                    ? (error.EndOffset != 0 ? error.EndOffset : offset)
                    : rtext.Length + 1;
                if (offset > text.Length)
                {
                    offset = rtext.Length + 1;
                }

                if (endOffset > text.Length)
                {
                    endOffset = rtext.Length + 1;
                }

                if (offset >= endOffset || endOffset < 0)
                {
                    endOffset = offset + 1;
                }

                int colno = offset - 1 - spaces;
                int endColno = endOffset - 1 - spaces;
                if (colno >= 0)
                {
                    sb.Append("    ");
                    for (int i = 0; i < colno && i < ltext.Length; i++)
                    {
                        sb.Append(char.IsWhiteSpace(ltext[i]) ? ltext[i] : ' ');
                    }

                    sb.Append('^', Math.Max(0, endColno - colno)).Append('\n');
                }
            }
        }

        sb.Append(error.TypeName).Append(": ").Append(error.Msg.Length > 0 ? error.Msg : "<no detail available>").Append('\n');
        return sb.ToString();
    }

    /// <summary>Line <paramref name="lineno"/> of the source with its newline, or null when it cannot be had.</summary>
    private static string? SourceLine(byte[] source, string filename, int lineno)
    {
        try
        {
            var text = Compiler.Text.SourceDecoder.Decode(source, filename);
            return lineno >= 1 && lineno <= text.LineCount ? text.LineText(lineno) + "\n" : null;
        }
        catch (PythonSyntaxError)
        {
            return null;
        }
    }

    private static byte[] ReadAll(Stream stdin)
    {
        // Raw bytes: the compiler decodes them (PEP 263), as CPython's dis reads sys.stdin.buffer.
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return buffer.ToArray();
    }
}
