namespace ProtoPython.Objects;

/// <summary>str equality (the <c>unicode_eq</c> the dict uses after its hash and identity checks).</summary>
public sealed partial class PyStr
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> hold the same code points.</summary>
    public static bool ValueEquals(PyStr a, PyStr b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Length != b.Length || a.Kind != b.Kind || a.HasSurrogates != b.HasSurrogates)
        {
            return false;
        }

        // Without lone surrogates the UTF-16 text is canonical; with them the code points are.
        return a.HasSurrogates ? a.CodePoints.SequenceEqual(b.CodePoints) : string.Equals(a.Value, b.Value, StringComparison.Ordinal);
    }
}
