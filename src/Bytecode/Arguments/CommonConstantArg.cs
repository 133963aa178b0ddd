namespace ProtoPython.Bytecode.Arguments;

/// <summary>LOAD_COMMON_CONSTANT's oparg (CPython 3.14 <c>opcode._common_constants</c> order).</summary>
public enum CommonConstant
{
    AssertionError = 0,
    NotImplementedError = 1,
    BuiltinTuple = 2,
    BuiltinAll = 3,
    BuiltinAny = 4,
}

public static class CommonConstantArgs
{
    // dis prints a type by __name__ and anything else by repr(), so the two builtins show as
    // "<built-in function all>".
    private static readonly string[] s_argReprs = ["AssertionError", "NotImplementedError", "tuple", "<built-in function all>", "<built-in function any>"];

    public static int Count => s_argReprs.Length;

    /// <summary>What <c>dis</c> prints for the oparg, or null when out of range.</summary>
    public static string? ArgRepr(int oparg) => (uint)oparg < (uint)s_argReprs.Length ? s_argReprs[oparg] : null;
}
