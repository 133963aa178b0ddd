namespace ProtoPython.Benchmarks.Micro;

/// <summary>Input files from CPython 3.14's Lib (the folder PROTOPY_CPYTHON_LIB names, as for the parity tests).</summary>
internal static class CPythonLib
{
    public static byte[] Read(string relativePath)
    {
        var lib = Environment.GetEnvironmentVariable("PROTOPY_CPYTHON_LIB");
        if (string.IsNullOrEmpty(lib) || !Directory.Exists(lib))
        {
            throw new InvalidOperationException(
                "set PROTOPY_CPYTHON_LIB to CPython 3.14's Lib folder (../shared/tools/cpython314.sh --stdlib)");
        }

        return File.ReadAllBytes(Path.Combine(lib, relativePath));
    }
}
