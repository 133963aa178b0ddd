namespace ProtoPython.Bytecode.Arguments;

/// <summary>
/// CONVERT_VALUE's oparg, the <c>!s</c>/<c>!r</c>/<c>!a</c> of an f-string field (FVC_* in
/// CPython). BUILD_INTERPOLATION packs the same value as <c>conversion &lt;&lt; 2 | has_format_spec</c>.
/// FORMAT_SIMPLE and FORMAT_WITH_SPEC take no oparg: the spec's presence picks the instruction.
/// </summary>
public enum Conversion
{
    None = 0,
    Str = 1,
    Repr = 2,
    Ascii = 3,
}

public static class ConversionArgs
{
    public const int InterpolationConversionShift = 2;
    public const int InterpolationHasFormatSpec = 1;

    private static readonly string[] s_argReprs = [string.Empty, "str", "repr", "ascii"];

    /// <summary>What <c>dis</c> prints for CONVERT_VALUE ("", "str", "repr", "ascii"), or null when out of range.</summary>
    public static string? ArgRepr(int oparg) => (uint)oparg < (uint)s_argReprs.Length ? s_argReprs[oparg] : null;

    /// <summary>The conversion character of f-string syntax ('s', 'r', 'a') → oparg; -1 if none.</summary>
    public static int FromChar(char c) => c switch
    {
        's' => (int)Conversion.Str,
        'r' => (int)Conversion.Repr,
        'a' => (int)Conversion.Ascii,
        _ => -1,
    };

    public static int EncodeInterpolation(Conversion conversion, bool hasFormatSpec) =>
        ((int)conversion << InterpolationConversionShift) | (hasFormatSpec ? InterpolationHasFormatSpec : 0);
}
