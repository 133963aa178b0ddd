namespace ProtoPython.Objects;

/// <summary>
/// The binary number operators in BINARY_OP's oparg order (CPython 3.14 <c>NB_*</c>); in-place
/// forms are <c>op + InplaceOffset</c>. Duplicated from ProtoPython.Bytecode's BinaryOpArg on
/// purpose: the object layer names operators, the bytecode layer names opargs, and a test
/// (NumberOpsTests) keeps the two orders equal.
/// </summary>
public enum NumberOp
{
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
}

/// <summary>Names and symbols of <see cref="NumberOp"/>.</summary>
public static class NumberOps
{
    public const int Count = 13;
    public const int InplaceOffset = 13;
    public const int SlotCount = 26;

    private static readonly string[] s_symbols = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];
    private static readonly string[] s_dunders = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];

    /// <summary>The operator as the TypeError message shows it: "+", "** or pow()" (CPython's ternary_op); in-place "+=", "**=".</summary>
    public static string Symbol(int slot) => slot < Count ? (slot == (int)NumberOp.Power ? "** or pow()" : s_symbols[slot]) : s_symbols[slot - Count] + "=";

    /// <summary>The dunder stem: "add" for __add__/__radd__/__iadd__.</summary>
    public static string DunderStem(NumberOp op) => s_dunders[(int)op];
}
