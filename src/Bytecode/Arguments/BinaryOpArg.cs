namespace ProtoPython.Bytecode.Arguments;

/// <summary>BINARY_OP's oparg (CPython 3.14 <c>NB_*</c>, <c>_opcode.get_nb_ops()</c> order).</summary>
public enum BinaryOpArg
{
    NbAdd = 0,
    NbAnd = 1,
    NbFloorDivide = 2,
    NbLshift = 3,
    NbMatrixMultiply = 4,
    NbMultiply = 5,
    NbRemainder = 6,
    NbOr = 7,
    NbPower = 8,
    NbRshift = 9,
    NbSubtract = 10,
    NbTrueDivide = 11,
    NbXor = 12,
    NbInplaceAdd = 13,
    NbInplaceAnd = 14,
    NbInplaceFloorDivide = 15,
    NbInplaceLshift = 16,
    NbInplaceMatrixMultiply = 17,
    NbInplaceMultiply = 18,
    NbInplaceRemainder = 19,
    NbInplaceOr = 20,
    NbInplacePower = 21,
    NbInplaceRshift = 22,
    NbInplaceSubtract = 23,
    NbInplaceTrueDivide = 24,
    NbInplaceXor = 25,
    NbSubscr = 26,
}

/// <summary>Names and <c>dis</c> symbols of <see cref="BinaryOpArg"/>.</summary>
public static class BinaryOpArgs
{
    /// <summary>Added to a plain operator to get its augmented-assignment form (NB_ADD → NB_INPLACE_ADD).</summary>
    public const int InplaceOffset = 13;

    public const int Count = 27;

    private static readonly string[] s_names =
    [
        "NB_ADD", "NB_AND", "NB_FLOOR_DIVIDE", "NB_LSHIFT", "NB_MATRIX_MULTIPLY", "NB_MULTIPLY",
        "NB_REMAINDER", "NB_OR", "NB_POWER", "NB_RSHIFT", "NB_SUBTRACT", "NB_TRUE_DIVIDE", "NB_XOR",
        "NB_INPLACE_ADD", "NB_INPLACE_AND", "NB_INPLACE_FLOOR_DIVIDE", "NB_INPLACE_LSHIFT",
        "NB_INPLACE_MATRIX_MULTIPLY", "NB_INPLACE_MULTIPLY", "NB_INPLACE_REMAINDER", "NB_INPLACE_OR",
        "NB_INPLACE_POWER", "NB_INPLACE_RSHIFT", "NB_INPLACE_SUBTRACT", "NB_INPLACE_TRUE_DIVIDE",
        "NB_INPLACE_XOR", "NB_SUBSCR",
    ];

    private static readonly string[] s_symbols =
    [
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
        "[]",
    ];

    /// <summary>The C name (NB_ADD), or null outside 0..26.</summary>
    public static string? Name(int oparg) => (uint)oparg < Count ? s_names[oparg] : null;

    /// <summary>What <c>dis</c> prints for the oparg ("+", "+=", "[]"), or null outside 0..26.</summary>
    public static string? Symbol(int oparg) => (uint)oparg < Count ? s_symbols[oparg] : null;
}
