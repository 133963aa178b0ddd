namespace ProtoPython.Cli;

/// <summary>Parses the command line (<see cref="OptionParser"/>) and dispatches to a mode.</summary>
internal static class CommandLine
{
    /// <summary>
    /// What <c>-V</c> prints: the language version we implement, then our name, so tools that read
    /// <c>Python X.Y.Z</c> from <c>python -V</c> still find it. <c>-VV</c> prints the same.
    /// </summary>
    public const string Version = "Python 3.14.0 (ProtoPython 0.1)";

    /// <summary>Our argv[0] in messages where CPython prints its own.</summary>
    public const string ProgramName = "protopy";

    /// <summary>Runs the command line with the process's environment and stdin.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, Environment.GetEnvironmentVariable, Console.OpenStandardInput);

    public static int Run(
        IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr,
        Func<string, string?> getenv, Func<Stream> openStdin)
    {
        Options? options = OptionParser.Parse(args, out OptionError? error);
        if (options is null)
        {
            stderr.Write(error!.Message + "\n" + HelpText.UsageLine(ProgramName) + $"Try `{ProgramName} -h' for more information.\n");
            return 2;
        }

        switch (options.Help)
        {
            case HelpKind.Usage:
                stdout.Write(HelpText.Help(ProgramName));
                return 0;
            case HelpKind.All:
                stdout.Write(HelpText.All(ProgramName));
                return 0;
            case HelpKind.Environment:
                stdout.Write(HelpText.Environment);
                return 0;
            case HelpKind.XOptions:
                stdout.Write(HelpText.XOptions);
                return 0;
        }

        if (options.Version > 0)
        {
            stdout.Write(Version + "\n");
            return 0;
        }

        var flags = RuntimeFlags.Resolve(options, getenv);

        if (options.Module == "dis")
        {
            return DisCommand.Run(options.Argv.Skip(1).ToList(), openStdin(), stdout, stderr, CompileModule);
        }

        if (options.Script is not null && !File.Exists(options.Script))
        {
            string full = Path.GetFullPath(options.Script);
            stderr.Write($"{ProgramName}: can't open file '{full}': [Errno 2] No such file or directory\n");
            return 2;
        }

        stdout.Flush();
        if (options.XOptions.ContainsKey("nospecialize"))
        {
            // Read once when the interpreter is installed, which the runtime below does.
            Specializer.SpecializerConfig.Mode = Specializer.SpecializationMode.Off;
        }

        options.XOptions.TryGetValue("jit-stats", out var statsOption);
        var stats = options.XOptions.ContainsKey("jit-stats");
        Specializer.SpecializerConfig.Stats = stats;
        Objects.ObjectStatsSwitch.Requested = stats;

        var runtime = new Runtime.PythonRuntime(new Runtime.RuntimeOptions
        {
            ProgramName = ProgramName,
            Optimize = flags.Optimize,
            StdIn = openStdin(),
            StdlibPath = options.Stdlib,
            GetEnvironmentVariable = getenv,
            SysFlags = flags.ToSysFlags(),
            XOptions = options.XOptionList.Select(o => o.Split('=', 2)).GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.Last().Length > 1 ? g.Last()[1] : ""),
            IgnoreEnvironment = options.IgnoreEnvironment,
            NoSite = options.NoSite,
            Isolated = options.Isolated,
            Unbuffered = options.Unbuffered,
            WarnOptions = options.WarnOptions,
            OriginalArgv = [ProgramName, .. args],
        });
        var status = options.Script is not null ? runtime.RunFile(options.Script, options.Argv)
            : options.Command is not null ? runtime.RunCommand(options.Command, options.Argv)
            : options.Module is not null ? runtime.RunModule(options.Module, options.Argv)
            : runtime.RunStdin(options.Argv);
        if (stats)
        {
            WriteJitStats(statsOption, stderr);
        }

        return status;
    }

    // -X jit-stats[=text|json:PATH], after the program: text on stderr, or a JSON file.
    private static void WriteJitStats(string? option, TextWriter stderr)
    {
        if (option is not null && option.StartsWith("json:", StringComparison.Ordinal))
        {
            try
            {
                Runtime.Diagnostics.JitStatsReport.WriteJson(option[5..]);
            }
            catch (IOException e)
            {
                stderr.Write(ProgramName + ": cannot write --jit-stats file: " + e.Message + "\n");
            }
            catch (UnauthorizedAccessException e)
            {
                stderr.Write(ProgramName + ": cannot write --jit-stats file: " + e.Message + "\n");
            }

            return;
        }

        Runtime.Diagnostics.JitStatsReport.WriteText(stderr);
        stderr.Flush();
    }

    /// <summary>Compiles a module for <c>-m dis</c> as <c>compile(source, filename, "exec")</c>.</summary>
    private static Compiler.Code.CodeObject CompileModule(byte[] source, string filename)
    {
        var options = new Compiler.CompileOptions(filename);
        return Compiler.PythonCompiler.Compile(Compiler.PythonCompiler.Parse(source, options), options);
    }
}
