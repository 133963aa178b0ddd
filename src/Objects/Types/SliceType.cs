namespace ProtoPython.Objects;

/// <summary>slice: <see cref="Install"/> runs <c>InstallAll</c>, implemented in this type's other files.</summary>
internal static partial class SliceType
{
    public static void Install() => InstallAll();

    static partial void InstallAll();
}
