namespace ProtoPython.Cli;

/// <summary>What <c>-h</c> and the <c>--help-*</c> options ask to print.</summary>
internal enum HelpKind
{
    None,
    Usage,
    All,
    Environment,
    XOptions,
}

/// <summary>
/// The command line as CPython 3.14's <c>config_parse_cmdline</c> understands it, before the
/// environment is consulted (<see cref="RuntimeFlags"/> adds that). Counters are ints because
/// CPython counts repeats (<c>-OO</c>, <c>-bb</c>, <c>-vvv</c>).
/// </summary>
internal sealed record Options
{
    /// <summary><c>-b</c> count: 1 warns, 2 errors on bytes/str mixing.</summary>
    public int BytesWarning { get; init; }

    /// <summary><c>-B</c>.</summary>
    public bool DontWriteBytecode { get; init; }

    /// <summary><c>-d</c> count (sys.flags.debug).</summary>
    public int ParserDebug { get; init; }

    /// <summary><c>-E</c>.</summary>
    public bool IgnoreEnvironment { get; init; }

    /// <summary><c>-i</c> count; CPython raises both inspect and interactive.</summary>
    public int Inspect { get; init; }

    /// <summary><c>-I</c>: implies -E, -P and -s (see <see cref="RuntimeFlags"/>).</summary>
    public bool Isolated { get; init; }

    /// <summary><c>-O</c> count: <c>-OO</c> is 2, <c>-O -OO</c> is 3, as in CPython.</summary>
    public int Optimize { get; init; }

    /// <summary><c>-P</c>.</summary>
    public bool SafePath { get; init; }

    /// <summary><c>-q</c> count.</summary>
    public int Quiet { get; init; }

    /// <summary><c>-s</c>.</summary>
    public bool NoUserSite { get; init; }

    /// <summary><c>-S</c>.</summary>
    public bool NoSite { get; init; }

    /// <summary><c>-u</c>.</summary>
    public bool Unbuffered { get; init; }

    /// <summary><c>-v</c> count.</summary>
    public int Verbose { get; init; }

    /// <summary><c>-V</c> count: 1 prints the version, 2 or more the long form.</summary>
    public int Version { get; init; }

    /// <summary><c>-x</c>: skip the source's first line.</summary>
    public bool SkipFirstLine { get; init; }

    /// <summary>The help text asked for; parsing stops at the first help option, as in CPython.</summary>
    public HelpKind Help { get; init; }

    /// <summary><c>-W</c> arguments in order, duplicates kept (CPython drops them when it builds sys.warnoptions).</summary>
    public IReadOnlyList<string> WarnOptions { get; init; } = [];

    /// <summary><c>-X</c> arguments in order, as given.</summary>
    public IReadOnlyList<string> XOptionList { get; init; } = [];

    /// <summary><c>--stdlib DIR</c> (ProtoPython's own): CPython's pure-Python library folder.</summary>
    public string? Stdlib { get; init; }

    /// <summary><c>--check-hash-based-pycs</c>: "default", "always" or "never".</summary>
    public string CheckHashBasedPycs { get; init; } = "default";

    /// <summary><c>-c</c>'s program text (without the newline CPython appends), or null.</summary>
    public string? Command { get; init; }

    /// <summary><c>-m</c>'s module name, or null.</summary>
    public string? Module { get; init; }

    /// <summary>The script path, or null for -c, -m and stdin.</summary>
    public string? Script { get; init; }

    /// <summary>
    /// sys.argv as CPython sets it before running: <c>["-c", args...]</c>, <c>["-m", args...]</c>
    /// (runpy later puts the module's file in argv[0]), <c>[script, args...]</c>,
    /// <c>["-", args...]</c> or <c>[""]</c>.
    /// </summary>
    public IReadOnlyList<string> Argv { get; init; } = [""];

    /// <summary>
    /// sys._xoptions: <c>-X key=value</c> maps key to value (split at the first '='), a bare
    /// <c>-X key</c> maps key to null (CPython's True); a later option for a key wins.
    /// </summary>
    public IReadOnlyDictionary<string, string?> XOptions
    {
        get
        {
            var result = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (string option in XOptionList)
            {
                int eq = option.IndexOf('=');
                if (eq < 0)
                {
                    result[option] = null;
                }
                else
                {
                    result[option[..eq]] = option[(eq + 1)..];
                }
            }

            return result;
        }
    }

    /// <summary>The value of <c>-X key</c>: false when absent; value null for a bare <c>-X key</c>.</summary>
    public bool TryGetXOption(string key, out string? value)
    {
        bool found = false;
        value = null;
        foreach (string option in XOptionList)
        {
            int eq = option.IndexOf('=');
            string name = eq < 0 ? option : option[..eq];
            if (name == key)
            {
                found = true;
                value = eq < 0 ? null : option[(eq + 1)..];
            }
        }

        return found;
    }
}

/// <summary>A command line CPython rejects: its message (first stderr line); the exit code is 2.</summary>
internal sealed record OptionError(string Message);
