namespace ProtoPython.Objects;

/// <summary>The hook of <see cref="Install"/>: every exception type with its own fields or methods.</summary>
internal static partial class ExceptionTypes
{
    static partial void InstallMethods()
    {
        InstallFieldTypes();
        InstallOSError();
        InstallSyntaxError();
        InstallUnicodeErrors();
        InstallGroups();
    }
}
