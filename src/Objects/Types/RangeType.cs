namespace ProtoPython.Objects;

/// <summary>range: <see cref="Install"/> runs <c>InstallAll</c>, implemented in this type's other files.</summary>
internal static partial class RangeType
{
    public static void Install() => InstallAll();

    static partial void InstallAll();
}
