namespace ProtoPython.Specializer;

/// <summary>How tier 1 quickens (issue 5): <c>-X nospecialize</c>, the default, or the stress mode of the tests.</summary>
public enum SpecializationMode
{
    /// <summary>No quickening: every instruction runs its generic body (<c>-X nospecialize</c>).</summary>
    Off,

    /// <summary>CPython 3.14's counters: specialize on the second execution, back off on failure.</summary>
    On,

    /// <summary>Every counter fires at once: specialize on the first execution and after every miss (tests).</summary>
    Stress,
}

/// <summary>
/// The process-wide specialization mode. Read once, when the interpreter is installed (the eval
/// loop folds it into constants), so it must be set before the first runtime is created:
/// <c>PROTOPY_SPECIALIZE=off|on|stress</c> in the environment, or the CLI's <c>-X nospecialize</c>.
/// </summary>
public static class SpecializerConfig
{
    public static SpecializationMode Mode { get; set; } = FromEnvironment();

    /// <summary>Count executions, hits, misses and specializations (<c>--jit-stats</c>); also read once at install.</summary>
    public static bool Stats { get; set; }

    private static SpecializationMode FromEnvironment() => Environment.GetEnvironmentVariable("PROTOPY_SPECIALIZE") switch
    {
        "off" or "0" => SpecializationMode.Off,
        "stress" => SpecializationMode.Stress,
        _ => SpecializationMode.On,
    };
}
