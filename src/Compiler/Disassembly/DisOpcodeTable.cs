namespace ProtoPython.Compiler.Disassembly;

/// <summary>
/// The opcode facts <c>dis</c> needs: names (specialized forms included), the base opcode of a
/// specialized one, argument classes, inline-cache layouts and the argrepr tables.
/// </summary>
internal static partial class DisOpcodeTable
{
    public const int Cache = 0;
    public const int ExtendedArg = 69;
    public const int BinaryOp = 44;
    public const int CallIntrinsic1 = 53;
    public const int CallIntrinsic2 = 54;
    public const int ContainsOp = 57;
    public const int ConvertValue = 58;
    public const int EndAsyncFor = 68;
    public const int IsOp = 74;
    public const int JumpBackward = 75;
    public const int JumpBackwardNoInterrupt = 76;
    public const int LoadAttr = 80;
    public const int LoadCommonConstant = 81;
    public const int LoadFastBorrowLoadFastBorrow = 87;
    public const int LoadFastLoadFast = 89;
    public const int LoadGlobal = 92;
    public const int LoadSpecial = 95;
    public const int LoadSuperAttr = 96;
    public const int SetFunctionAttribute = 108;
    public const int StoreFastLoadFast = 113;
    public const int StoreFastStoreFast = 114;

    /// <summary>The SET_FUNCTION_ATTRIBUTE oparg bits, lowest first.</summary>
    public static readonly string[] FunctionAttributeFlags = ["defaults", "kwdefaults", "annotations", "closure", "annotate"];

    public static string Name(int op) => s_names[op & 0xFF];

    /// <summary>The base opcode for a specialized opcode; the opcode itself otherwise.</summary>
    public static int Deopt(int op) => s_deopt[op & 0xFF] is var b and not 0 ? b : op & 0xFF;

    public static bool HasArg(int op) => s_hasArg[op];

    public static bool HasConst(int op) => s_hasConst[op];

    public static bool HasName(int op) => s_hasName[op];

    public static bool HasJump(int op) => s_hasJump[op];

    public static bool HasLocal(int op) => s_hasLocal[op];

    public static bool HasFree(int op) => s_hasFree[op];

    public static bool HasCompare(int op) => s_hasCompare[op];

    public static bool IsBackwardJump(int op) => op is JumpBackward or JumpBackwardNoInterrupt or EndAsyncFor;

    /// <summary>The named inline-cache entries of a base opcode (empty when it has none).</summary>
    public static IReadOnlyList<(string Name, int Size)> CacheFormat(int op) => s_cacheFormat[op] ?? [];

    public static int CacheEntries(int op)
    {
        int total = 0;
        foreach (var (_, size) in CacheFormat(op))
        {
            total += size;
        }

        return total;
    }

    public static string? BinaryOpSymbol(int arg) => Lookup(s_binaryOps, arg);

    public static string? Intrinsic1Name(int arg) => Lookup(s_intrinsic1, arg);

    public static string? Intrinsic2Name(int arg) => Lookup(s_intrinsic2, arg);

    public static string? SpecialMethodName(int arg) => Lookup(s_specialMethods, arg);

    public static string? CommonConstantRepr(int arg) => Lookup(s_commonConstants, arg);

    public static string? CompareOpSymbol(int index) => Lookup(s_compareOps, index);

    private static string? Lookup(string[] table, int index) => (uint)index < (uint)table.Length ? table[index] : null;

    private static bool[] BuildSet(params int[] ops)
    {
        var set = new bool[256];
        foreach (int op in ops)
        {
            set[op] = true;
        }

        return set;
    }
}
