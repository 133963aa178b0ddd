using System.Globalization;

namespace ProtoPython.Cli;

/// <summary>
/// The configuration CPython 3.14 derives from the options plus the PYTHON* environment variables:
/// the fields of <c>sys.flags</c> (same names), <c>sys.warnoptions</c>, the hash seed and the JIT
/// switch. The interpreter will read it at start-up; today only tests do.
/// </summary>
internal sealed record RuntimeFlags
{
    public int Debug { get; init; }

    public int Inspect { get; init; }

    public int Interactive { get; init; }

    public int Optimize { get; init; }

    public int DontWriteBytecode { get; init; }

    public int NoUserSite { get; init; }

    public int NoSite { get; init; }

    public int IgnoreEnvironment { get; init; }

    public int Verbose { get; init; }

    public int BytesWarning { get; init; }

    public int Quiet { get; init; }

    /// <summary>0 only when PYTHONHASHSEED is 0.</summary>
    public int HashRandomization { get; init; } = 1;

    public int Isolated { get; init; }

    public bool DevMode { get; init; }

    public int WarnDefaultEncoding { get; init; }

    public bool SafePath { get; init; }

    public int IntMaxStrDigits { get; init; } = DefaultIntMaxStrDigits;

    /// <summary>Not a sys.flags field: -u or PYTHONUNBUFFERED.</summary>
    public bool Unbuffered { get; init; }

    /// <summary>PYTHONHASHSEED as a number, or null for a random seed ("random", unset or -E).</summary>
    public uint? HashSeed { get; init; }

    /// <summary>PYTHON_JIT as given (ARCHITECTURE §8: 0 or 1; <c>-X jit</c> wins), or null.</summary>
    public string? JitEnvironment { get; init; }

    /// <summary>sys.warnoptions: "default" for dev mode, PYTHONWARNINGS, -W, then the -b filter; first occurrence kept.</summary>
    public IReadOnlyList<string> WarnOptions { get; init; } = [];

    /// <summary>sys.int_info.default_max_str_digits in 3.14.</summary>
    public const int DefaultIntMaxStrDigits = 4300;

    /// <summary>sys.int_info.str_digits_check_threshold: the smallest non-zero limit.</summary>
    public const int IntMaxStrDigitsThreshold = 640;

    /// <summary>Combines <paramref name="options"/> with the environment as CPython's config reading does.</summary>
    /// <param name="getenv">Reads an environment variable (null when unset).</param>
    public static RuntimeFlags Resolve(Options options, Func<string, string?> getenv)
    {
        bool useEnv = !options.IgnoreEnvironment && !options.Isolated;

        // CPython treats an empty variable as unset.
        string? Env(string name) => useEnv && getenv(name) is { Length: > 0 } value ? value : null;

        // _Py_get_env_flag: a non-integer or negative value counts as 1; the larger of option and variable wins.
        int Level(int fromOptions, string name)
        {
            string? text = Env(name);
            if (text is null)
            {
                return fromOptions;
            }

            int value = int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite, CultureInfo.InvariantCulture, out int n) && n >= 0 ? n : 1;
            return Math.Max(fromOptions, value);
        }

        bool devMode = options.TryGetXOption("dev", out _) || Env("PYTHONDEVMODE") is not null;
        int bytesWarning = options.BytesWarning;

        var warn = new List<string>();
        void AddWarn(string option)
        {
            if (!warn.Contains(option))
            {
                warn.Add(option);
            }
        }

        if (devMode)
        {
            AddWarn("default");
        }

        if (Env("PYTHONWARNINGS") is { } envWarnings)
        {
            foreach (string part in envWarnings.Split(','))
            {
                if (part.Length > 0)
                {
                    AddWarn(part);
                }
            }
        }

        foreach (string option in options.WarnOptions)
        {
            AddWarn(option);
        }

        if (bytesWarning > 0)
        {
            AddWarn(bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
        }

        uint? seed = null;
        if (Env("PYTHONHASHSEED") is { } seedText && seedText != "random"
            && uint.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out uint parsedSeed))
        {
            seed = parsedSeed;
        }

        int maxDigits = DefaultIntMaxStrDigits;
        if (ParseDigits(Env("PYTHONINTMAXSTRDIGITS")) is { } envDigits)
        {
            maxDigits = envDigits;
        }

        if (options.TryGetXOption("int_max_str_digits", out string? xDigits) && ParseDigits(xDigits) is { } optDigits)
        {
            maxDigits = optDigits;
        }

        return new RuntimeFlags
        {
            Debug = Level(options.ParserDebug, "PYTHONDEBUG"),
            Inspect = Level(options.Inspect, "PYTHONINSPECT"),
            Interactive = options.Inspect,
            Optimize = Level(options.Optimize, "PYTHONOPTIMIZE"),
            DontWriteBytecode = options.DontWriteBytecode || Level(0, "PYTHONDONTWRITEBYTECODE") > 0 ? 1 : 0,
            NoUserSite = options.NoUserSite || options.Isolated || Level(0, "PYTHONNOUSERSITE") > 0 ? 1 : 0,
            NoSite = options.NoSite ? 1 : 0,
            IgnoreEnvironment = useEnv ? 0 : 1,
            Verbose = Level(options.Verbose, "PYTHONVERBOSE"),
            BytesWarning = bytesWarning,
            Quiet = options.Quiet,
            HashRandomization = seed == 0 ? 0 : 1,
            Isolated = options.Isolated ? 1 : 0,
            DevMode = devMode,
            WarnDefaultEncoding = options.TryGetXOption("warn_default_encoding", out _) || Env("PYTHONWARNDEFAULTENCODING") is not null ? 1 : 0,
            SafePath = options.SafePath || options.Isolated || Env("PYTHONSAFEPATH") is not null,
            IntMaxStrDigits = maxDigits,
            Unbuffered = options.Unbuffered || Level(0, "PYTHONUNBUFFERED") > 0,
            HashSeed = seed,
            JitEnvironment = Env("PYTHON_JIT"),
            WarnOptions = warn,
        };
    }

    /// <summary>A valid int_max_str_digits limit (0 or at least 640), or null; CPython exits with an error on invalid ones, we ignore them for now.</summary>
    private static int? ParseDigits(string? text) =>
        text is not null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && (n == 0 || n >= IntMaxStrDigitsThreshold)
            ? n
            : null;

    /// <summary>The sys.flags fields by name, for the runtime.</summary>
    public Dictionary<string, int> ToSysFlags() => new()
    {
        ["debug"] = Debug,
        ["inspect"] = Inspect,
        ["interactive"] = Interactive,
        ["optimize"] = Optimize,
        ["dont_write_bytecode"] = DontWriteBytecode,
        ["no_user_site"] = NoUserSite,
        ["no_site"] = NoSite,
        ["ignore_environment"] = IgnoreEnvironment,
        ["verbose"] = Verbose,
        ["bytes_warning"] = BytesWarning,
        ["quiet"] = Quiet,
        ["hash_randomization"] = HashRandomization,
        ["isolated"] = Isolated,
        ["dev_mode"] = DevMode ? 1 : 0,
        ["utf8_mode"] = 0,
        ["warn_default_encoding"] = WarnDefaultEncoding,
        ["safe_path"] = SafePath ? 1 : 0,
        ["int_max_str_digits"] = IntMaxStrDigits,
    };
}
