using ProtoPython.Objects;

namespace ProtoPython.Runtime.Errors;

/// <summary>The "Did you mean" hint appended to a NameError, AttributeError or ImportError message.</summary>
internal static class SuggestionText
{
    public static string? For(ThreadState ts, PyBaseException exc) => null;
}
