using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// <c>functools._lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)</c>: maxsize None
/// caches without bound, 0 only counts misses, N keeps the N most recently used results (a dict
/// from key to a linked-list node, oldest first). Keys follow CPython's <c>lru_cache_make_key</c>.
/// </summary>
internal sealed class LruCacheWrapper : PyObject, IHasDict
{
    public static readonly Lazy<PyType> TypeObject = new(CreateType);

    private static readonly Lazy<PyType> s_nodeType = new(() => NativeTypes.Create("_lru_list_elem", "functools", subclassable: false));
    private static readonly PyValue s_kwdMark = PyValue.FromObject(new PyStr("<kwd_mark>"));

    private readonly PyValue _func;
    private readonly long _maxSize; // -1: unbounded
    private readonly bool _typed;
    private readonly PyValue _cacheInfoType;
    private PyDict _cache = new();
    private readonly Node _root;
    private PyDict? _dict;
    private long _hits;
    private long _misses;

    private LruCacheWrapper(PyType type, PyValue func, long maxSize, bool typed, PyValue cacheInfoType)
        : base(type)
    {
        _func = func;
        _maxSize = maxSize;
        _typed = typed;
        _cacheInfoType = cacheInfoType;
        _root = new Node(s_nodeType.Value);
        _root.Prev = _root.Next = _root;
    }

    public PyDict? GetDict(bool create) => _dict ??= create ? new PyDict() : null;

    public void SetDict(PyDict dict) => _dict = dict;

    private static LruCacheWrapper Self(PyValue v) => (LruCacheWrapper)v.AsObject;

    private static PyType CreateType()
    {
        var t = NativeTypes.Create("_lru_cache_wrapper", "functools", subclassable: false);
        t.New = New;
        t.Call = static (ts, self, args, kw) => Self(self).Call(ts, args, kw);
        t.DescrGet = static (ts, self, inst, owner) => inst.IsNull || inst.IsNone ? self : PyValue.FromObject(new PyMethod(self, inst));
        t.AddMethod0("cache_info", static (ts, v) =>
        {
            var w = Self(v);
            var max = w._maxSize < 0 ? PyValue.None : PyValue.FromInt64(w._maxSize);
            return PyOps.Call(ts, w._cacheInfoType, [PyValue.FromInt64(w._hits), PyValue.FromInt64(w._misses), max, PyValue.FromInt64(w._cache.Count)]);
        });
        t.AddMethod0("cache_clear", static (ts, v) =>
        {
            var w = Self(v);
            w._hits = w._misses = 0;
            w._cache = new PyDict();
            w._root.Prev = w._root.Next = w._root;
            return PyValue.None;
        });
        t.AddMethod0("__copy__", static (ts, v) => v);
        t.AddMethod("__deepcopy__", static (ts, a, kw) => a[0]);
        t.AddMethod0("__reduce__", static (ts, v) => PyOps.GetAttr(ts, v, PyStr.Intern("__qualname__")));
        t.AddGetSet("__dict__", static (ts, v) => PyValue.FromObject(Self(v).GetDict(true)!));
        SlotTable.AddWrappers(t);
        return t;
    }

    private static PyValue New(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var buf = default(ArgBuffer);
        Span<PyValue> p = buf;
        if (!ArgParser.Parse(ts, "lru_cache_wrapper", args, kw, ["user_function", "maxsize", "typed", "cache_info_type"], 4, 0, p))
        {
            return PyValue.Error;
        }

        if (!NativeTypes.IsCallable(p[0]))
        {
            return ts.SetError(PyExc.TypeError, "the first argument must be callable");
        }

        long maxSize = -1;
        if (!p[1].IsNone)
        {
            if (!PyInt.IsInt(p[1]))
            {
                return ts.SetError(PyExc.TypeError, "maxsize should be integer or None");
            }

            if (!PyOps.TryIndexAsInt64(ts, p[1], PyExc.OverflowError, out maxSize))
            {
                return PyValue.Error;
            }

            maxSize = Math.Max(maxSize, 0);
        }

        var typed = PyOps.IsTrue(ts, p[2]);
        return typed < 0 ? PyValue.Error : PyValue.FromObject(new LruCacheWrapper(type, p[0], maxSize, typed > 0, p[3]));
    }

    private PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        if (_maxSize == 0)
        {
            _misses++;
            return PyOps.Call(ts, _func, args, kw);
        }

        var key = MakeKey(args, kw);
        if (!key.TryHash(ts, out _))
        {
            return PyValue.Error;
        }

        var found = _cache.TryGetValue(ts, key, out var cached);
        if (found == DictLookup.Error)
        {
            return PyValue.Error;
        }

        if (found == DictLookup.Found)
        {
            _hits++;
            if (cached.AsObject is Node node && _maxSize > 0)
            {
                node.Unlink();
                node.InsertBefore(_root);
                return node.Result;
            }

            return cached;
        }

        _misses++;
        var result = PyOps.Call(ts, _func, args, kw);
        if (result.IsError)
        {
            return result;
        }

        if (_maxSize < 0)
        {
            return _cache.SetItem(ts, key, result) ? result : PyValue.Error;
        }

        // The call may have cached the same key already (recursion): keep that entry.
        found = _cache.TryGetValue(ts, key, out _);
        if (found != DictLookup.NotFound)
        {
            return found == DictLookup.Error ? PyValue.Error : result;
        }

        if (_cache.Count >= _maxSize)
        {
            var oldest = _root.Next!;
            oldest.Unlink();
            if (!_cache.DelItem(ts, oldest.Key))
            {
                return PyValue.Error;
            }
        }

        var fresh = new Node(s_nodeType.Value) { Key = key, Result = result };
        fresh.InsertBefore(_root);
        return _cache.SetItem(ts, key, PyValue.FromObject(fresh)) ? result : PyValue.Error;
    }

    // The argument itself for one exact int/str argument, else args [+ mark + keyword pairs] [+ types].
    private PyValue MakeKey(ReadOnlySpan<PyValue> args, PyTuple? kw)
    {
        var nkw = kw?.Length ?? 0;
        var pos = args[..(args.Length - nkw)];
        if (!_typed && nkw == 0)
        {
            if (pos.Length == 1 && (pos[0].IsExactInt || ReferenceEquals(pos[0].Type, PyType.Str)))
            {
                return pos[0];
            }

            return PyValue.FromObject(new PyTuple(pos.ToArray()));
        }

        var items = new List<PyValue>(pos.ToArray());
        if (nkw > 0)
        {
            items.Add(s_kwdMark);
            for (var i = 0; i < nkw; i++)
            {
                items.Add(kw![i]);
                items.Add(args[pos.Length + i]);
            }
        }

        if (_typed)
        {
            foreach (var x in pos)
            {
                items.Add(PyValue.FromObject(x.Type));
            }

            for (var i = 0; i < nkw; i++)
            {
                items.Add(PyValue.FromObject(args[pos.Length + i].Type));
            }
        }

        return PyValue.FromObject(new PyTuple([.. items]));
    }

    private sealed class Node(PyType type) : PyObject(type)
    {
        public PyValue Key { get; init; }

        public PyValue Result { get; init; }

        public Node? Prev { get; set; }

        public Node? Next { get; set; }

        public void Unlink()
        {
            Prev!.Next = Next;
            Next!.Prev = Prev;
        }

        public void InsertBefore(Node root)
        {
            Prev = root.Prev;
            Next = root;
            root.Prev!.Next = this;
            root.Prev = this;
        }
    }
}
