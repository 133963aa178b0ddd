namespace ProtoPython.Objects;

/// <summary>bytes, bytearray and memoryview: <see cref="Install"/> runs <c>InstallAll</c>, implemented in this type's other files.</summary>
internal static partial class BytesType
{
    public static void Install() => InstallAll();

    static partial void InstallAll();
}
