namespace ProtoPython.Objects;

/// <summary>
/// "Did you mean ...?" (CPython's <c>_Py_CalculateSuggestions</c>): the candidate nearest to a name
/// by a Levenshtein distance over UTF-8 bytes where a case change costs 1 and any other edit 2;
/// a candidate qualifies when at most about a third of the characters involved change.
/// </summary>
public static class KeywordSuggestions
{
    /// <summary>"unexpected keyword argument" suffix: ". Did you mean 'x'?" or "".</summary>
    public static string Hint(ReadOnlySpan<string> candidates, string name) =>
        Closest(candidates, name) is { } best ? ". Did you mean '" + best + "'?" : "";

    /// <summary>The best candidate for <paramref name="name"/>, or null (the ranking is <see cref="Suggestions.Closest"/>).</summary>
    public static string? Closest(ReadOnlySpan<string> candidates, string name) => Suggestions.Closest(candidates.ToArray(), name);
}
