namespace ProtoPython.Objects;

/// <summary>
/// An instance of a class whose solid base is <c>object</c> (ARCHITECTURE §2.5). Attributes live
/// in <see cref="Values"/> at the slots of <see cref="Shape"/> until something needs a real dict
/// (<c>__dict__</c>, a deletion, too many attributes): then the dict is built from them, Shape
/// becomes null and from then on the dict is the storage. <c>__slots__</c> values sit in
/// <see cref="Slots"/>, before and apart from the shape's.
/// </summary>
public sealed class PyInstance : PyObject, IHasDict
{
    public PyInstance(PyType type)
        : base(type)
    {
        Shape = type.InstanceShape;
        Values = type.InstanceShape is null ? [] : new PyValue[4];
        Slots = type.SlotCount == 0 ? [] : new PyValue[type.SlotCount];
    }

    /// <summary>The hidden class, or null once the dict is the storage (or instances have no dict).</summary>
    public Shape? Shape;

    /// <summary>Attribute values by shape slot.</summary>
    public PyValue[] Values;

    /// <summary>The materialized <c>__dict__</c>, or null.</summary>
    public PyDict? Dict;

    /// <summary><c>__slots__</c> storage (Null = unset).</summary>
    public PyValue[] Slots;

    /// <summary>Reads an attribute from the shape or the dict.</summary>
    public bool TryGetAttribute(PyStr name, out PyValue value)
    {
        if (Shape is { } shape)
        {
            var i = shape.IndexOf(name);
            if (i >= 0)
            {
                value = Values[i];
                return true;
            }

            value = default;
            return false;
        }

        if (Dict is { } dict)
        {
            return dict.TryGetStr(name, out value);
        }

        value = default;
        return false;
    }

    /// <summary>Writes an attribute; false when instances of this type have no <c>__dict__</c>.</summary>
    public bool SetAttribute(PyStr name, PyValue value)
    {
        if (Shape is { } shape)
        {
            var i = shape.IndexOf(name);
            if (i >= 0)
            {
                Values[i] = value;
                return true;
            }

            var next = shape.Add(name);
            if (next is not null)
            {
                AddValue(next, value);
                return true;
            }

            MaterializeDict();
        }

        if (Dict is null)
        {
            if (!Type.HasInstanceDict)
            {
                return false;
            }

            Dict = new PyDict();
        }

        Dict.SetStr(name, value);
        return true;
    }

    /// <summary>
    /// Moves to <paramref name="next"/>, the current shape plus one attribute, storing its value
    /// (also STORE_ATTR_INSTANCE_VALUE's transition, with the next shape cached).
    /// </summary>
    public void AddValue(Shape next, PyValue value)
    {
        if (next.Count > Values.Length)
        {
            Array.Resize(ref Values, Math.Max(4, Values.Length * 2));
        }

        Values[next.Count - 1] = value;
        Shape = next;
        if (ObjectStats.Enabled)
        {
            ObjectStats.ShapeTransitions++;
        }
    }

    /// <summary>Deletes an attribute: 1 deleted, 0 absent, -1 no dict at all.</summary>
    public int DeleteAttribute(PyStr name)
    {
        if (Shape is not null)
        {
            if (Shape.IndexOf(name) < 0)
            {
                return 0;
            }

            MaterializeDict();
        }

        if (Dict is null)
        {
            return Type.HasInstanceDict ? 0 : -1;
        }

        return Dict.RemoveStr(name) ? 1 : 0;
    }

    /// <inheritdoc/>
    public PyDict? GetDict(bool create)
    {
        if (Shape is not null)
        {
            if (!create && Shape.Count == 0)
            {
                return null;
            }

            MaterializeDict();
        }

        if (Dict is null && create && Type.HasInstanceDict)
        {
            Dict = new PyDict();
        }

        return Dict;
    }

    /// <inheritdoc/>
    public void SetDict(PyDict dict)
    {
        Shape = null;
        Values = [];
        Dict = dict;
    }

    // Moves the shape's values into a new dict, in slot (insertion) order.
    private void MaterializeDict()
    {
        if (ObjectStats.Enabled && Shape is not null)
        {
            ObjectStats.ShapeToDict++;
        }

        var dict = new PyDict();
        if (Shape is { } shape)
        {
            var names = shape.Names();
            for (var i = 0; i < names.Length; i++)
            {
                dict.SetStr(names[i], Values[i]);
            }
        }

        Shape = null;
        Values = [];
        Dict = dict;
    }
}
