namespace ProtoPython.Compiler.Disassembly;

/// <summary>The keyword arguments of <c>dis.dis</c>.</summary>
/// <param name="Depth">How many levels of nested code objects to show; null for all.</param>
/// <param name="Adaptive">Show specialized bytecode; accepted, but code is never specialized yet.</param>
public sealed record DisOptions(
    bool ShowCaches = false,
    bool Adaptive = false,
    bool ShowOffsets = false,
    bool ShowPositions = false,
    int? Depth = null)
{
    public static DisOptions Default { get; } = new();
}
