using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary><c>array.arrayiterator</c>: reads the array at each step (it may change size meanwhile); picklable.</summary>
internal sealed class ArrayIterator(PyArray array) : NativeIterator(TypeObject.Value)
{
    public static readonly Lazy<PyType> TypeObject = new(CreateType);

    private PyArray? _array = array;
    private int _index;

    public override int Next(ThreadState ts, out PyValue item)
    {
        if (_array is { } a && _index < a.Count)
        {
            item = a.Get(_index++);
            return 1;
        }

        _array = null;
        item = PyValue.Null;
        return 0;
    }

    private static PyType CreateType()
    {
        var t = NativeTypes.CreateIterator("arrayiterator", "array", subclassable: false, create: null);
        t.AddMethod0("__reduce__", static (ts, self) =>
        {
            var it = (ArrayIterator)self.AsObject;
            var iter = ArrayModule.BuiltinIter(ts);
            if (iter.IsError)
            {
                return PyValue.Error;
            }

            return it._array is null
                ? NativeTypes.Tuple(iter, NativeTypes.Tuple(NativeTypes.Tuple()))
                : NativeTypes.Tuple(iter, NativeTypes.Tuple(PyValue.FromObject(it._array)), PyValue.FromInt64(it._index));
        });
        t.AddMethod1("__setstate__", static (ts, self, state) =>
        {
            var it = (ArrayIterator)self.AsObject;
            if (!ClinicArgs.TrySize(ts, state, 0, out var index))
            {
                return PyValue.Error;
            }

            if (it._array is { } a)
            {
                it._index = (int)Math.Clamp(index, 0, a.Count);
            }

            return PyValue.None;
        });
        SlotTable.AddWrappers(t);
        return t;
    }
}
