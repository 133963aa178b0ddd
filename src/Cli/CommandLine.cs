namespace ProtoPython.Cli;

/// <summary>Parses CPython-style command-line options and dispatches to a mode.</summary>
internal static class CommandLine
{
    public const string Version = "Python 3.14.0 (ProtoPython 0.1)";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0 && (args[0] == "--version" || args[0] == "-V"))
        {
            stdout.WriteLine(Version);
            return 0;
        }

        if (args.Length > 0 && (args[0] == "-h" || args[0] == "--help"))
        {
            stdout.WriteLine(Usage);
            return 0;
        }

        if (args.Length > 1 && args[0] == "-m" && args[1] == "dis")
        {
            return DisCommand.Run(args[2..], Console.OpenStandardInput(), stdout, stderr, CompileModule);
        }

        stderr.WriteLine("protopy: running programs needs the interpreter (not built yet).");
        stderr.WriteLine(Usage);
        return 2;
    }

    /// <summary>Compiles a module for <c>-m dis</c> as <c>compile(source, filename, "exec")</c>.</summary>
    private static Compiler.Code.CodeObject CompileModule(byte[] source, string filename)
    {
        var options = new Compiler.CompileOptions(filename);
        return Compiler.PythonCompiler.Compile(Compiler.PythonCompiler.Parse(source, options), options);
    }

    private const string Usage =
        "usage: protopy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n" +
        "  -V, --version : print the Python version number and exit\n" +
        "  -h, --help    : print this help message and exit";
}
