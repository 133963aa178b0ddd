using System.Runtime.CompilerServices;

namespace ProtoPython.Objects;

/// <summary>
/// <c>member_descriptor</c>: one <c>__slots__</c> entry. Values live in the instance's slot array
/// (<see cref="PyInstance.Slots"/>); instances of builtin subclasses (a list with __slots__) keep
/// theirs in a side table.
/// </summary>
public sealed class PyMemberDescriptor : PyObject
{
    private static readonly ConditionalWeakTable<PyObject, PyValue[]> s_sideSlots = [];

    public PyMemberDescriptor(PyType owner, string name, int index)
        : base(PyType.MemberDescriptor)
    {
        Owner = owner;
        Name = name;
        Index = index;
    }

    /// <summary>A read-only member of a builtin type (CPython's READONLY PyMemberDef: <c>complex.real</c>).</summary>
    public PyMemberDescriptor(PyType owner, string name, GetterFunc getter)
        : this(owner, name, -1)
    {
        Getter = getter;
    }

    public PyType Owner { get; }

    public string Name { get; }

    public int Index { get; }

    /// <summary>The reader of a builtin member, or null for a __slots__ entry.</summary>
    public GetterFunc? Getter { get; }

    internal static void Install()
    {
        var t = PyType.MemberDescriptor;
        t.Repr = static (ts, v) =>
        {
            var d = (PyMemberDescriptor)v.AsObject;
            return PyValue.FromObject(new PyStr("<member '" + d.Name + "' of '" + d.Owner.Name + "' objects>"));
        };
        t.AddGetSet("__name__", static (ts, v) => PyValue.FromObject(new PyStr(((PyMemberDescriptor)v.AsObject).Name)));
        t.AddGetSet("__qualname__", static (ts, v) =>
        {
            var d = (PyMemberDescriptor)v.AsObject;
            return PyValue.FromObject(new PyStr(d.Owner.QualName + "." + d.Name));
        });
        t.AddGetSet("__objclass__", static (ts, v) => PyValue.FromObject(((PyMemberDescriptor)v.AsObject).Owner));
        t.DescrGet = static (ts, d, inst, owner) =>
        {
            if (inst.IsNull)
            {
                return d;
            }

            var m = (PyMemberDescriptor)d.AsObject;
            if (!m.CheckInstance(ts, inst))
            {
                return PyValue.Error;
            }

            if (m.Getter is { } getter)
            {
                return getter(ts, inst);
            }

            var slots = m.SlotsOf(inst, create: false);
            if (slots is not null && !slots[m.Index].IsNull)
            {
                return slots[m.Index];
            }

            return ts.SetError(PyExc.AttributeError, "'" + inst.Type.Name + "' object has no attribute '" + m.Name + "'");
        };
        t.DescrSet = static (ts, d, inst, value) =>
        {
            var m = (PyMemberDescriptor)d.AsObject;
            if (m.Getter is not null)
            {
                ts.SetError(PyExc.AttributeError, "readonly attribute");
                return false;
            }

            if (!m.CheckInstance(ts, inst))
            {
                return false;
            }

            var slots = m.SlotsOf(inst, create: !value.IsNull);
            if (value.IsNull && (slots is null || slots[m.Index].IsNull))
            {
                // member_set: deleting an unset slot raises AttributeError(name).
                ts.SetError(PyExc.AttributeError, m.Name);
                return false;
            }

            slots![m.Index] = value;
            return true;
        };
    }

    // "descriptor 'x' for 'S' objects doesn't apply to a 'int' object" (descr_check).
    private bool CheckInstance(ThreadState ts, PyValue inst)
    {
        if (inst.Type.IsSubtypeOf(Owner))
        {
            return true;
        }

        ts.SetError(PyExc.TypeError, "descriptor '" + Name + "' for '" + Owner.Name + "' objects doesn't apply to a '" + inst.Type.Name + "' object");
        return false;
    }

    private PyValue[]? SlotsOf(PyValue inst, bool create)
    {
        if (inst.AsObject is PyInstance pi && Index < pi.Slots.Length)
        {
            return pi.Slots;
        }

        if (inst.AsObject is IHasSlotValues holder && holder.SlotValues is { } values && Index < values.Length)
        {
            return values;
        }

        var obj = inst.AsObject;
        if (s_sideSlots.TryGetValue(obj, out var side) && Index < side.Length)
        {
            return side;
        }

        if (!create)
        {
            return null;
        }

        var grown = new PyValue[Math.Max(inst.Type.SlotCount, Index + 1)];
        side?.CopyTo(grown, 0);
        s_sideSlots.AddOrUpdate(obj, grown);
        return grown;
    }
}
