using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>itertools.groupby(iterable, key=None)</c>: (key, _grouper) pairs. Only the newest grouper
/// yields items; advancing the groupby skips the rest of the current group (CPython's algorithm).
/// </summary>
internal sealed class GroupbyIterator(PyType type, PyValue it, PyValue keyFunc) : NativeIterator(type)
{
    public static readonly Lazy<PyType> TypeObject = new(() =>
    {
        var t = NativeTypes.CreateIterator("groupby", "itertools", true, static (ts, type, args, kw) =>
        {
            var buf = default(ArgBuffer);
            Span<PyValue> p = buf;
            if (!ArgParser.Parse(ts, "groupby", args, kw, ["iterable", "key"], 1, 0, p))
            {
                return PyValue.Error;
            }

            var it = PyOps.GetIter(ts, p[0]);
            return it.IsError ? it : PyValue.FromObject(new GroupbyIterator(type, it, p[1].IsNull ? PyValue.None : p[1]));
        });
        SlotTable.AddWrappers(t);
        return t;
    });

    public static readonly Lazy<PyType> GrouperType = new(() =>
    {
        var t = NativeTypes.CreateIterator("_grouper", "itertools", false, null);
        SlotTable.AddWrappers(t);
        return t;
    });

    private PyValue _targetKey;
    private PyValue _currentKey;
    private PyValue _currentValue;
    private Grouper? _currentGrouper;

    public override int Next(ThreadState ts, out PyValue item)
    {
        item = default;
        _currentGrouper = null;
        while (true)
        {
            if (!_currentKey.IsNull)
            {
                if (_targetKey.IsNull)
                {
                    break;
                }

                var eq = PyOps.RichCompareBool(ts, _targetKey, _currentKey, CompareOp.Eq);
                if (eq < 0)
                {
                    return -1;
                }

                if (eq == 0)
                {
                    break;
                }
            }

            var r = Step(ts);
            if (r <= 0)
            {
                return r;
            }
        }

        _targetKey = _currentKey;
        _currentGrouper = new Grouper(GrouperType.Value, this, _targetKey);
        item = NativeTypes.Tuple(_currentKey, PyValue.FromObject(_currentGrouper));
        return 1;
    }

    private int Step(ThreadState ts)
    {
        var r = PyOps.Next(ts, it, out var value);
        if (r <= 0)
        {
            return r;
        }

        var key = keyFunc.IsNone ? value : PyOps.Call1(ts, keyFunc, value);
        if (key.IsError)
        {
            return -1;
        }

        _currentValue = value;
        _currentKey = key;
        return 1;
    }

    private sealed class Grouper(PyType type, GroupbyIterator parent, PyValue targetKey) : NativeIterator(type)
    {
        public override int Next(ThreadState ts, out PyValue item)
        {
            item = default;
            if (!ReferenceEquals(parent._currentGrouper, this))
            {
                return 0;
            }

            if (parent._currentValue.IsNull)
            {
                var r = parent.Step(ts);
                if (r <= 0)
                {
                    return r;
                }
            }

            var eq = PyOps.RichCompareBool(ts, targetKey, parent._currentKey, CompareOp.Eq);
            if (eq <= 0)
            {
                return eq;
            }

            item = parent._currentValue;
            parent._currentValue = PyValue.Null;
            return 1;
        }
    }
}

/// <summary>
/// <c>itertools._tee</c>: tee iterators share a singly linked list of the items read so far; each
/// holds its position, so items no tee still needs are collected.
/// </summary>
internal sealed class TeeIterator(PyType type, TeeIterator.Source source, TeeIterator.Link position) : NativeIterator(type)
{
    public static readonly Lazy<PyType> TypeObject = new(() =>
    {
        var t = NativeTypes.CreateIterator("_tee", "itertools", false, static (ts, type, args, kw) =>
        {
            if (!ArgParser.CheckPositional(ts, "_tee", args, kw, 1, 1))
            {
                return PyValue.Error;
            }

            var it = PyOps.GetIter(ts, args[0]);
            return it.IsError ? it : PyValue.FromObject(FromIterator(it));
        });
        t.AddMethod0("__copy__", static (ts, v) => PyValue.FromObject(((TeeIterator)v.AsObject).Copy()));
        SlotTable.AddWrappers(t);
        return t;
    });

    public static readonly Lazy<PyType> DataObjectType = new(() =>
    {
        var t = NativeTypes.Create("_tee_dataobject", "itertools", subclassable: false);
        SlotTable.AddWrappers(t);
        return t;
    });

    private Link _position = position;

    public static TeeIterator FromIterator(PyValue it) =>
        it.AsObject is TeeIterator tee ? tee.Copy() : new TeeIterator(TypeObject.Value, new Source(it), new Link());

    public TeeIterator Copy() => new(TypeObject.Value, source, _position);

    public override int Next(ThreadState ts, out PyValue item)
    {
        item = default;
        if (_position.Next is null)
        {
            if (source.Running)
            {
                ts.SetError(PyExc.RuntimeError, "cannot re-enter the tee iterator");
                return -1;
            }

            source.Running = true;
            var r = source.Iterator.IsNull ? 0 : PyOps.Next(ts, source.Iterator, out item);
            source.Running = false;
            if (r <= 0)
            {
                if (r == 0)
                {
                    source.Iterator = PyValue.Null;
                }

                return r;
            }

            if (_position.Next is null)
            {
                _position.Next = new Link { Value = item };
            }
        }

        _position = _position.Next;
        item = _position.Value;
        return 1;
    }

    public sealed class Source(PyValue iterator)
    {
        public PyValue Iterator { get; set; } = iterator;

        public bool Running { get; set; }
    }

    public sealed class Link
    {
        public PyValue Value { get; init; }

        public Link? Next { get; set; }
    }
}
