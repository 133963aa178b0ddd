namespace ProtoPython.Bytecode.Arguments;

/// <summary>
/// COMPARE_OP's oparg in CPython 3.14: <c>(op &lt;&lt; 5) | mask</c>, where op indexes
/// <c>dis.cmp_op</c> (Py_LT..Py_GE), bit 4 asks for the result coerced to bool (dis shows
/// <c>bool(&lt;)</c>), and the low four bits are the comparison mask the specialized forms test.
/// </summary>
public static class CompareOpArg
{
    public const int OpShift = 5;
    public const int CoerceToBool = 16;

    /// <summary>COMPARISON_UNORDERED, _LESS_THAN, _GREATER_THAN, _EQUALS (pycore_code.h).</summary>
    public const int Unordered = 1;
    public const int LessThan = 2;
    public const int GreaterThan = 4;
    public const int EqualsMask = 8;
    public const int NotEqualsMask = Unordered | LessThan | GreaterThan;

    /// <summary><c>dis.cmp_op</c>, indexed by Py_LT=0, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE=5.</summary>
    private static readonly string[] s_operators = ["<", "<=", "==", "!=", ">", ">="];

    private static readonly int[] s_masks = [LessThan, LessThan | EqualsMask, EqualsMask, NotEqualsMask, GreaterThan, GreaterThan | EqualsMask];

    public static int Count => s_operators.Length;

    /// <summary>The oparg codegen emits for rich comparison <paramref name="op"/> (0..5).</summary>
    public static int Encode(int op, bool coerceToBool) => (op << OpShift) | s_masks[op] | (coerceToBool ? CoerceToBool : 0);

    public static int Operator(int oparg) => oparg >> OpShift;

    /// <summary>The operator text (<c>dis.cmp_op[oparg >> 5]</c>), or null when out of range.</summary>
    public static string? Symbol(int oparg) => (uint)(oparg >> OpShift) < (uint)s_operators.Length ? s_operators[oparg >> OpShift] : null;

    /// <summary>What <c>dis</c> prints: "&lt;" or "bool(&lt;)".</summary>
    public static string? ArgRepr(int oparg)
    {
        var symbol = Symbol(oparg);
        return symbol != null && (oparg & CoerceToBool) != 0 ? "bool(" + symbol + ")" : symbol;
    }
}

/// <summary>IS_OP and CONTAINS_OP: oparg 1 inverts the test.</summary>
public static class InvertArg
{
    public static string IsOpArgRepr(int oparg) => oparg != 0 ? "is not" : "is";

    public static string ContainsOpArgRepr(int oparg) => oparg != 0 ? "not in" : "in";
}
