namespace ProtoPython.Bytecode.Arguments;

/// <summary>
/// RESUME's oparg in CPython 3.14: the location kind in the low two bits, plus
/// <see cref="Depth1Mask"/> when the yield it follows sits at exception depth 1, that is, in no
/// try/with of the generator body (CPython's flowgraph adds the bit). A plain top-level
/// <c>yield</c> resumes with 5 = AfterYield | Depth1Mask; the same yield inside <c>try</c> with 1.
/// </summary>
public static class ResumeArg
{
    public const int AtFuncStart = 0;
    public const int AfterYield = 1;
    public const int AfterYieldFrom = 2;
    public const int AfterAwait = 3;

    public const int LocationMask = 0x3;
    public const int Depth1Mask = 0x4;

    public static int Location(int oparg) => oparg & LocationMask;
}

/// <summary>GET_AWAITABLE's oparg: where the awaitable came from (for error messages).</summary>
public static class AwaitableArg
{
    public const int Await = 0;
    public const int AfterAEnter = 1;
    public const int AfterAExit = 2;
}

/// <summary>RAISE_VARARGS's oparg: the number of operands.</summary>
public static class RaiseArg
{
    public const int Reraise = 0;
    public const int Raise = 1;
    public const int RaiseFrom = 2;
}
