namespace ProtoPython.Objects;

/// <summary>set and frozenset: <see cref="Install"/> runs <c>InstallAll</c>, implemented in this type's other files.</summary>
internal static partial class SetType
{
    public static void Install() => InstallAll();

    static partial void InstallAll();
}
