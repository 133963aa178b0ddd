namespace ProtoPython.Objects;

/// <summary>complex: <see cref="Install"/> runs <c>InstallAll</c>, implemented in this type's other files.</summary>
internal static partial class ComplexType
{
    public static void Install() => InstallAll();

    static partial void InstallAll();
}
