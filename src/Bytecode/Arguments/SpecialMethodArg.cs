namespace ProtoPython.Bytecode.Arguments;

/// <summary>LOAD_SPECIAL's oparg (CPython 3.14 <c>_opcode.get_special_method_names()</c> order).</summary>
public enum SpecialMethod
{
    Enter = 0,
    Exit = 1,
    AEnter = 2,
    AExit = 3,
}

public static class SpecialMethodArgs
{
    private static readonly string[] s_names = ["__enter__", "__exit__", "__aenter__", "__aexit__"];

    public static int Count => s_names.Length;

    /// <summary>The dunder name <c>dis</c> prints, or null when out of range.</summary>
    public static string? Name(int oparg) => (uint)oparg < (uint)s_names.Length ? s_names[oparg] : null;
}
