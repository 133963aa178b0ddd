namespace ProtoPython.Bytecode.Arguments;

/// <summary>CALL_INTRINSIC_1's oparg (CPython 3.14 pycore_intrinsics.h).</summary>
public enum Intrinsic1
{
    Invalid = 0,
    Print = 1,
    ImportStar = 2,
    StopIterationError = 3,
    AsyncGenWrap = 4,
    UnaryPositive = 5,
    ListToTuple = 6,
    TypeVar = 7,
    ParamSpec = 8,
    TypeVarTuple = 9,
    SubscriptGeneric = 10,
    TypeAlias = 11,
}

/// <summary>CALL_INTRINSIC_2's oparg (CPython 3.14 pycore_intrinsics.h).</summary>
public enum Intrinsic2
{
    Invalid = 0,
    PrepReraiseStar = 1,
    TypeVarWithBound = 2,
    TypeVarWithConstraints = 3,
    SetFunctionTypeParams = 4,
    SetTypeparamDefault = 5,
}

/// <summary>The names <c>dis</c> prints for the intrinsics (<c>_opcode.get_intrinsic1_descs()</c>/<c>2</c>).</summary>
public static class IntrinsicArgs
{
    private static readonly string[] s_unary =
    [
        "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR",
        "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR",
        "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS",
    ];

    private static readonly string[] s_binary =
    [
        "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
        "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS", "INTRINSIC_SET_TYPEPARAM_DEFAULT",
    ];

    public static int UnaryCount => s_unary.Length;

    public static int BinaryCount => s_binary.Length;

    public static string? UnaryName(int oparg) => (uint)oparg < (uint)s_unary.Length ? s_unary[oparg] : null;

    public static string? BinaryName(int oparg) => (uint)oparg < (uint)s_binary.Length ? s_binary[oparg] : null;
}
