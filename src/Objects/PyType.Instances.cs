namespace ProtoPython.Objects;

/// <summary>The layout of a heap type's instances: shapes, __dict__, __slots__.</summary>
public sealed partial class PyType
{
    /// <summary>The root shape of instances (null when they have no __dict__, or use a real dict from the start).</summary>
    public Shape? InstanceShape { get; internal set; }

    /// <summary>Instances can hold arbitrary attributes (no <c>__slots__</c> without <c>__dict__</c> along the MRO).</summary>
    public bool HasInstanceDict { get; internal set; }

    /// <summary>Number of <c>__slots__</c> values per instance, bases' included.</summary>
    public int SlotCount { get; internal set; }

    /// <summary>Member slots this type's own <c>__slots__</c> adds (it changes the instance layout when nonzero).</summary>
    public int OwnSlotCount { get; private set; }

    /// <summary>
    /// CPython's <c>solid_base</c> for layout conflicts: the nearest type along the base chain that
    /// adds member slots, else the builtin solid base.
    /// </summary>
    public PyType LayoutBase
    {
        get
        {
            for (var t = this; t.HasFlag(TypeFlags.HeapType); t = t.Base!)
            {
                if (t.OwnSlotCount > 0)
                {
                    return t;
                }
            }

            return SolidBase;
        }
    }

    /// <summary>
    /// Sets up the instance layout of a new heap type: shapes when the solid base is object and
    /// instances have a dict; <paramref name="ownSlots"/> slot values appended to the bases'.
    /// </summary>
    public void InitializeInstanceLayout(bool hasDict, int ownSlots)
    {
        var inheritedSlots = 0;
        var inheritedDict = false;
        foreach (var t in Mro)
        {
            if (ReferenceEquals(t, this))
            {
                continue;
            }

            inheritedSlots = Math.Max(inheritedSlots, t.SlotCount);
            inheritedDict |= t.HasInstanceDict;
        }

        SlotCount = inheritedSlots + ownSlots;
        OwnSlotCount = ownSlots;
        HasInstanceDict = hasDict || inheritedDict;
        InstanceShape = HasInstanceDict && ReferenceEquals(BuiltinBase, Object) ? Shape.NewRoot() : null;
    }

    /// <summary>The nearest builtin (non-heap) type along the <see cref="Base"/> chain: whose C# class instances are.</summary>
    public PyType BuiltinBase
    {
        get
        {
            var t = this;
            while (t.HasFlag(TypeFlags.HeapType) && t.Base is not null)
            {
                t = t.Base;
            }

            return t;
        }
    }
}
