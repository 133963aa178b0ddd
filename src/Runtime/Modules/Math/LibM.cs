using System.Runtime.InteropServices;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// The C library's functions that .NET does not expose (System.Math has no expm1, log1p, erf,
/// erfc, exp2). CPython calls the platform libm for these, so calling it too gives the same bits.
/// </summary>
internal static class LibM
{
    private const string Library = "libm.so.6";

    [DllImport(Library, EntryPoint = "expm1")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern double Expm1(double x);

    [DllImport(Library, EntryPoint = "log1p")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern double Log1p(double x);

    [DllImport(Library, EntryPoint = "erf")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern double Erf(double x);

    [DllImport(Library, EntryPoint = "erfc")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern double Erfc(double x);

    [DllImport(Library, EntryPoint = "exp2")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern double Exp2(double x);
}
