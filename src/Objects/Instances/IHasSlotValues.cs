namespace ProtoPython.Objects;

/// <summary>
/// An instance of a Python subclass of a builtin type other than object that keeps its own
/// <c>__slots__</c> values (weakref.KeyedRef, subclasses of deque...); plain instances use
/// <see cref="PyInstance.Slots"/>. The array has <see cref="PyType.SlotCount"/> entries.
/// </summary>
public interface IHasSlotValues
{
    PyValue[] SlotValues { get; }
}
