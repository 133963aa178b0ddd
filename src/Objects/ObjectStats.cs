namespace ProtoPython.Objects;

/// <summary>
/// The "object counts" of <c>--jit-stats</c> (issue 5): events of the object model that decide
/// how fast the specialized code can be. Counted only when <see cref="Enabled"/>, a static
/// readonly flag the JIT folds away when off, and only on cold paths (an overflow, a new shape, a
/// conversion, an invalidation), except <see cref="ShapeTransitions"/>, one check per attribute an
/// instance gains. Process-wide and updated without locks: counts from several threads can be lost
/// to races (they are statistics).
/// </summary>
public static class ObjectStats
{
    /// <summary>Whether counting is on: <see cref="ObjectStatsSwitch.Requested"/> when this class is first used.</summary>
    public static readonly bool Enabled = ObjectStatsSwitch.Requested;

    /// <summary>int results that left 64 bits: an int64 operation overflowed into a BigInteger.</summary>
    public static long BigIntPromotions;

    /// <summary>Lists whose storage moved from Int64 to Object (a non-int stored in an int list).</summary>
    public static long ListInt64ToObject;

    /// <summary>Lists whose storage moved from Float64 to Object.</summary>
    public static long ListFloat64ToObject;

    /// <summary>Attributes added to an instance with a shape (<see cref="PyInstance.AddValue"/>): one shape transition each.</summary>
    public static long ShapeTransitions;

    /// <summary>Shapes created: a transition no instance had taken before (the transition tree grew).</summary>
    public static long ShapesCreated;

    /// <summary>Instances that left shapes for a dict (an attribute deleted, too many attributes, or <c>__dict__</c> asked for).</summary>
    public static long ShapeToDict;

    /// <summary>Type version tags reset to 0 by <see cref="PyType.Modified"/> (a type or a base changed), counting each type reset.</summary>
    public static long TypeVersionResets;

    /// <summary>Type version tags assigned (a specializer asked for the version of an unversioned type).</summary>
    public static long TypeVersionsAssigned;
}

/// <summary>
/// Set before the first runtime exists (the CLI, for <c>--jit-stats</c>); kept apart from
/// <see cref="ObjectStats"/> so that setting it does not run that class's initializer early.
/// </summary>
public static class ObjectStatsSwitch
{
    public static bool Requested { get; set; }
}
