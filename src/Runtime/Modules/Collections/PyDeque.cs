using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>collections.deque</c>: a ring buffer (power-of-two capacity) with an optional maxlen.
/// <see cref="State"/> counts mutations so iterators and searches detect changes
/// ("deque mutated during iteration"), as CPython's <c>deque->state</c>.
/// </summary>
internal class PyDeque(PyType type) : NativeObject(type)
{
    private PyValue[] _items = new PyValue[8];
    private int _head;

    public int Count { get; private set; }

    /// <summary>-1 when unbounded.</summary>
    public long MaxLen { get; set; } = -1;

    public long State { get; private set; }

    public PyValue this[int index]
    {
        get => _items[(_head + index) & (_items.Length - 1)];
        set => _items[(_head + index) & (_items.Length - 1)] = value;
    }

    public void Append(PyValue v)
    {
        if (MaxLen == 0)
        {
            return;
        }

        Grow();
        this[Count++] = v;
        State++;
        if (MaxLen >= 0 && Count > MaxLen)
        {
            PopLeft();
        }
    }

    public void AppendLeft(PyValue v)
    {
        if (MaxLen == 0)
        {
            return;
        }

        Grow();
        _head = (_head - 1) & (_items.Length - 1);
        _items[_head] = v;
        Count++;
        State++;
        if (MaxLen >= 0 && Count > MaxLen)
        {
            Pop();
        }
    }

    /// <summary>Removes the last item (Count must be positive).</summary>
    public PyValue Pop()
    {
        var i = (_head + Count - 1) & (_items.Length - 1);
        var v = _items[i];
        _items[i] = default;
        Count--;
        State++;
        return v;
    }

    public PyValue PopLeft()
    {
        var v = _items[_head];
        _items[_head] = default;
        _head = (_head + 1) & (_items.Length - 1);
        Count--;
        State++;
        return v;
    }

    public void Clear()
    {
        _items = new PyValue[8];
        _head = 0;
        Count = 0;
        State++;
    }

    public PyValue[] ToArray()
    {
        var a = new PyValue[Count];
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = this[i];
        }

        return a;
    }

    /// <summary>Rotates right by n (left when negative), as <c>deque.rotate</c>.</summary>
    public void Rotate(long n)
    {
        State++;
        if (Count <= 1)
        {
            return;
        }

        var k = (int)(((n % Count) + Count) % Count);
        if (k == 0)
        {
            return;
        }

        var items = ToArray();
        for (var i = 0; i < items.Length; i++)
        {
            this[(i + k) % items.Length] = items[i];
        }
    }

    public void Reverse()
    {
        for (int i = 0, j = Count - 1; i < j; i++, j--)
        {
            (this[i], this[j]) = (this[j], this[i]);
        }

        State++;
    }

    /// <summary>Inserts at 0 ≤ index ≤ Count (the caller checks maxlen).</summary>
    public void Insert(int index, PyValue v)
    {
        Grow();
        Count++;
        for (var i = Count - 1; i > index; i--)
        {
            this[i] = this[i - 1];
        }

        this[index] = v;
        State++;
    }

    public void RemoveAt(int index)
    {
        for (var i = index; i < Count - 1; i++)
        {
            this[i] = this[i + 1];
        }

        this[Count - 1] = default;
        Count--;
        State++;
    }

    private void Grow()
    {
        if (Count < _items.Length)
        {
            return;
        }

        var bigger = new PyValue[_items.Length * 2];
        for (var i = 0; i < Count; i++)
        {
            bigger[i] = this[i];
        }

        _items = bigger;
        _head = 0;
    }
}

/// <summary><c>_deque_iterator</c> and <c>_deque_reverse_iterator</c>.</summary>
internal sealed class DequeIterator(PyType type, PyDeque deque, int index, bool reverse) : NativeIterator(type)
{
    private readonly long _state = deque.State;
    private int _index = index;
    private int _remaining = deque.Count - index;

    public long LengthHint => _remaining;

    public override int Next(ThreadState ts, out PyValue item)
    {
        item = default;
        if (deque.State != _state)
        {
            _remaining = 0;
            ts.SetError(PyExc.RuntimeError, "deque mutated during iteration");
            return -1;
        }

        if (_remaining <= 0)
        {
            return 0;
        }

        item = deque[reverse ? deque.Count - 1 - _index : _index];
        _index++;
        _remaining--;
        return 1;
    }

    public PyDeque Deque => deque;

    public int Index => _index;
}
