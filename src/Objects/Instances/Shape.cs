namespace ProtoPython.Objects;

/// <summary>
/// A hidden class (ARCHITECTURE §2.5): the ordered attribute names of an instance, mapping each to
/// its slot in the instance's value array. Shapes form a transition tree rooted at the type's
/// empty shape, so instances that gain attributes in the same order share shapes and a LOAD_ATTR
/// cache can key on (type version, shape) to read one slot. Shapes are immutable.
/// </summary>
public sealed class Shape
{
    /// <summary>Past this many attributes an instance switches to a dict (CPython's SHARED_KEYS_MAX_SIZE).</summary>
    public const int MaxAttributes = 30;

    private static int s_nextId;

    private readonly Shape? _parent;
    private Dictionary<PyStr, Shape>? _transitions;
    private Shape? _lastTransition;

    private Shape(Shape? parent, PyStr? name)
    {
        _parent = parent;
        Name = name;
        Count = parent is null ? 0 : parent.Count + 1;
        Id = Interlocked.Increment(ref s_nextId);
    }

    /// <summary>A fresh root: each heap type has its own, so shapes never cross types.</summary>
    public static Shape NewRoot() => new(null, null);

    /// <summary>A process-unique id (what a cache stores to guard on).</summary>
    public int Id { get; }

    /// <summary>Number of attributes.</summary>
    public int Count { get; }

    /// <summary>The last attribute added (null for a root).</summary>
    public PyStr? Name { get; }

    /// <summary>The slot of <paramref name="name"/>, or -1. Walks the chain: shapes are short.</summary>
    public int IndexOf(PyStr name)
    {
        for (var s = this; s._parent is not null; s = s._parent)
        {
            if (ReferenceEquals(s.Name, name) || PyStr.ValueEquals(s.Name!, name))
            {
                return s.Count - 1;
            }
        }

        return -1;
    }

    /// <summary>The shape with <paramref name="name"/> appended (shared through the transition tree), or null past <see cref="MaxAttributes"/>.</summary>
    public Shape? Add(PyStr name)
    {
        if (Count >= MaxAttributes)
        {
            return null;
        }

        var last = _lastTransition;
        if (last is not null && ReferenceEquals(last.Name, name))
        {
            return last;
        }

        _transitions ??= new Dictionary<PyStr, Shape>(ReferenceEqualityComparer.Instance);
        if (!_transitions.TryGetValue(name, out var next))
        {
            next = new Shape(this, name);
            _transitions.Add(name, next);
            if (ObjectStats.Enabled)
            {
                ObjectStats.ShapesCreated++;
            }
        }

        _lastTransition = next;
        return next;
    }

    /// <summary>The names in insertion (slot) order.</summary>
    public PyStr[] Names()
    {
        var names = new PyStr[Count];
        for (var s = this; s._parent is not null; s = s._parent)
        {
            names[s.Count - 1] = s.Name!;
        }

        return names;
    }
}
