namespace ProtoPython.Bytecode.Arguments;

/// <summary>
/// Opargs that pack a name index with a low flag bit (CPython 3.14 codegen), and the other
/// packed forms <c>dis</c> unpacks.
/// </summary>
public static class PackedArg
{
    /// <summary>LOAD_GLOBAL: <c>name &lt;&lt; 1 | push_null</c>.</summary>
    public static int LoadGlobal(int nameIndex, bool pushNull) => (nameIndex << 1) | (pushNull ? 1 : 0);

    /// <summary>LOAD_ATTR: <c>name &lt;&lt; 1 | is_method_load</c>.</summary>
    public static int LoadAttr(int nameIndex, bool method) => (nameIndex << 1) | (method ? 1 : 0);

    /// <summary>LOAD_SUPER_ATTR: <c>name &lt;&lt; 2 | two_arg_form &lt;&lt; 1 | is_method_load</c>.</summary>
    public static int LoadSuperAttr(int nameIndex, bool method, bool twoArgForm) =>
        (nameIndex << 2) | (twoArgForm ? 2 : 0) | (method ? 1 : 0);

    /// <summary>LOAD_FAST_LOAD_FAST and friends: two local indexes below 16, first in the high nibble.</summary>
    public static int TwoLocals(int first, int second) => (first << 4) | second;

    public static (int First, int Second) SplitTwoLocals(int oparg) => (oparg >> 4, oparg & 15);

    /// <summary>UNPACK_EX: targets before the star in the low byte, after it in the next.</summary>
    public static int UnpackEx(int before, int after) => before | (after << 8);

    /// <summary>BUILD_SLICE takes 2 (start, stop) or 3 (start, stop, step) items.</summary>
    public const int SliceTwoItems = 2;
    public const int SliceThreeItems = 3;
}
