namespace ProtoPython.Cli;

/// <summary>
/// CPython 3.14's command-line grammar (<c>Python/getopt.c</c> and <c>config_parse_cmdline</c>):
/// short options may be grouped (<c>-OO</c>, <c>-bBq</c>); an option taking an argument takes the
/// rest of its group or else the next argument (<c>-Wd</c>, <c>-W d</c>, <c>-Oc cmd</c>);
/// <c>-c</c> and <c>-m</c> end the options; <c>--</c> ends them too; a lone <c>-</c> or the first
/// non-option is the program. Parsing stops at the first help option or the first error;
/// <c>-V</c> is counted and acted on after the whole line parsed, so <c>-V -Z</c> is an error.
/// </summary>
internal static class OptionParser
{
    /// <summary>Short options that take an argument.</summary>
    private const string WithArgument = "cmWX";

    /// <summary>Parses <paramref name="args"/> (without the program name).</summary>
    /// <returns>The options, or null with <paramref name="error"/> set.</returns>
    public static Options? Parse(IReadOnlyList<string> args, out OptionError? error)
    {
        error = null;
        var options = new Options();
        var warn = new List<string>();
        var x = new List<string>();
        int i = 0;
        while (i < args.Count)
        {
            string arg = args[i];
            if (arg.Length < 2 || arg[0] != '-')
            {
                break;
            }

            i++;
            if (arg == "--")
            {
                break;
            }

            if (arg == "--help")
            {
                return Finish(options with { Help = HelpKind.Usage }, warn, x);
            }

            if (arg == "--version")
            {
                options = options with { Version = options.Version + 1 };
                continue;
            }

            if (arg == "--jit-stats" || arg.StartsWith("--jit-stats=", StringComparison.Ordinal))
            {
                // Ours: the same as -X jit-stats[=...].
                x.Add(arg[2..]);
                continue;
            }

            if (arg[1] == '-')
            {
                switch (arg[2..])
                {
                    case "help-all":
                        return Finish(options with { Help = HelpKind.All }, warn, x);
                    case "help-env":
                        return Finish(options with { Help = HelpKind.Environment }, warn, x);
                    case "help-xoptions":
                        return Finish(options with { Help = HelpKind.XOptions }, warn, x);
                    case "stdlib":
                        if (i >= args.Count)
                        {
                            error = new OptionError($"Argument expected for the {arg} options");
                            return null;
                        }

                        options = options with { Stdlib = args[i++] };
                        continue;
                    case var eq when eq.StartsWith("stdlib=", StringComparison.Ordinal):
                        options = options with { Stdlib = eq["stdlib=".Length..] };
                        continue;
                    case "check-hash-based-pycs":
                        if (i >= args.Count)
                        {
                            error = new OptionError($"Argument expected for the {arg} options");
                            return null;
                        }

                        string mode = args[i++];
                        if (mode is not ("default" or "always" or "never"))
                        {
                            error = new OptionError("--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
                            return null;
                        }

                        options = options with { CheckHashBasedPycs = mode };
                        continue;
                    default:
                        error = new OptionError($"Unknown option: {arg}");
                        return null;
                }
            }

            for (int p = 1; p < arg.Length; p++)
            {
                char c = arg[p];
                if (WithArgument.Contains(c, StringComparison.Ordinal))
                {
                    string value;
                    if (p + 1 < arg.Length)
                    {
                        value = arg[(p + 1)..];
                    }
                    else if (i < args.Count)
                    {
                        value = args[i++];
                    }
                    else
                    {
                        error = new OptionError($"Argument expected for the -{c} option");
                        return null;
                    }

                    switch (c)
                    {
                        case 'c':
                            return Finish(options with { Command = value, Argv = ["-c", .. args.Skip(i)] }, warn, x);
                        case 'm':
                            return Finish(options with { Module = value, Argv = ["-m", .. args.Skip(i)] }, warn, x);
                        case 'W':
                            warn.Add(value);
                            break;
                        default:
                            x.Add(value);
                            break;
                    }

                    break;
                }

                Options? next = Flag(options, c);
                if (next is null)
                {
                    // CPython reports only the letter, even for "-J" (once "reserved for Jython").
                    error = new OptionError($"Unknown option: -{c}");
                    return null;
                }

                if (next.Help != HelpKind.None)
                {
                    return Finish(next, warn, x);
                }

                options = next;
            }
        }

        if (i < args.Count && args[i] != "-")
        {
            options = options with { Script = args[i], Argv = [.. args.Skip(i)] };
        }
        else if (i < args.Count)
        {
            options = options with { Argv = [.. args.Skip(i)] };
        }

        return Finish(options, warn, x);
    }

    private static Options Finish(Options options, List<string> warn, List<string> x) =>
        options with { WarnOptions = warn, XOptionList = x };

    /// <summary>Applies a short option without an argument; null when CPython does not know it.</summary>
    private static Options? Flag(Options o, char c) => c switch
    {
        'b' => o with { BytesWarning = o.BytesWarning + 1 },
        'B' => o with { DontWriteBytecode = true },
        'd' => o with { ParserDebug = o.ParserDebug + 1 },
        'E' => o with { IgnoreEnvironment = true },
        'h' or '?' => o with { Help = HelpKind.Usage },
        'i' => o with { Inspect = o.Inspect + 1 },
        'I' => o with { Isolated = true },
        'O' => o with { Optimize = o.Optimize + 1 },
        'P' => o with { SafePath = true },
        'q' => o with { Quiet = o.Quiet + 1 },
        // -R (hash randomization, on by default since 3.3) and -t (tab warnings, Python 2) are
        // still accepted and ignored by CPython 3.14.
        'R' or 't' => o,
        's' => o with { NoUserSite = true },
        'S' => o with { NoSite = true },
        'u' => o with { Unbuffered = true },
        'v' => o with { Verbose = o.Verbose + 1 },
        'V' => o with { Version = o.Version + 1 },
        'x' => o with { SkipFirstLine = true },
        _ => null,
    };
}
