namespace ProtoPython.Compiler.CodeGen;

/// <summary>CALL_INTRINSIC_1 / CALL_INTRINSIC_2 operands (CPython 3.14 pycore_intrinsics.h).</summary>
internal static class Intrinsics
{
    public const int Print = 1;
    public const int ImportStar = 2;
    public const int StopIterationError = 3;
    public const int AsyncGenWrap = 4;
    public const int UnaryPositive = 5;
    public const int ListToTuple = 6;
    public const int TypeVar = 7;
    public const int ParamSpec = 8;
    public const int TypeVarTuple = 9;
    public const int SubscriptGeneric = 10;
    public const int TypeAlias = 11;

    public const int PrepReraiseStar = 1;
    public const int TypeVarWithBound = 2;
    public const int TypeVarWithConstraints = 3;
    public const int SetFunctionTypeParams = 4;
    public const int SetTypeParamDefault = 5;
}

/// <summary>BINARY_OP operands (the NB_* values of <c>opcode._nb_ops</c>).</summary>
internal static class BinaryOps
{
    public const int Add = 0;
    public const int And = 1;
    public const int FloorDivide = 2;
    public const int LShift = 3;
    public const int MatrixMultiply = 4;
    public const int Multiply = 5;
    public const int Remainder = 6;
    public const int Or = 7;
    public const int Power = 8;
    public const int RShift = 9;
    public const int Subtract = 10;
    public const int TrueDivide = 11;
    public const int Xor = 12;

    /// <summary>NB_INPLACE_x = NB_x + InplaceOffset.</summary>
    public const int InplaceOffset = 13;
    public const int Subscr = 26;
}

/// <summary>LOAD_COMMON_CONSTANT operands.</summary>
internal static class CommonConstants
{
    public const int AssertionError = 0;
    public const int NotImplementedError = 1;
    public const int BuiltinTuple = 2;
    public const int BuiltinAll = 3;
    public const int BuiltinAny = 4;
}

/// <summary>LOAD_SPECIAL operands.</summary>
internal static class SpecialMethods
{
    public const int Enter = 0;
    public const int Exit = 1;
    public const int AEnter = 2;
    public const int AExit = 3;
}

/// <summary>RESUME operands.</summary>
internal static class ResumeKinds
{
    public const int AtFuncStart = 0;
    public const int AfterYield = 1;
    public const int AfterYieldFrom = 2;
    public const int AfterAwait = 3;
    public const int Depth1Mask = 4;
}

/// <summary>SET_FUNCTION_ATTRIBUTE operands.</summary>
internal static class MakeFunctionFlags
{
    public const int Defaults = 0x01;
    public const int KwDefaults = 0x02;
    public const int Annotations = 0x04;
    public const int Closure = 0x08;
    public const int Annotate = 0x10;
}

/// <summary>CONVERT_VALUE operands and COMPARE_OP encoding.</summary>
internal static class FormatConversions
{
    public const int Str = 1;
    public const int Repr = 2;
    public const int Ascii = 3;
}
