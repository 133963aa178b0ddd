using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules;

/// <summary>
/// The weak references to each object (getweakrefcount, getweakrefs, shared basic refs) in a
/// <see cref="ConditionalWeakTable{TKey,TValue}"/>. Each referent's list has a finalizer: it runs
/// after the GC collected the referent and queues the live refs' callbacks as pending calls.
/// </summary>
internal static class WeakRefRegistry
{
    private static readonly ConditionalWeakTable<PyObject, RefList> s_table = new();

    /// <summary>The object a weak reference may point to; TypeError "cannot create weak reference to 'int' object" otherwise.</summary>
    public static bool TryTarget(ThreadState ts, PyValue v, out PyObject target)
    {
        target = null!;
        if (v.IsInt64 || v.IsFloat || v.IsNull || !IsWeakReferenceable(v.Type))
        {
            ts.SetError(PyExc.TypeError, "cannot create weak reference to '" + v.Type.Name + "' object");
            return false;
        }

        target = v.AsObject;
        return true;
    }

    // CPython's tp_weaklistoffset: classes without __slots__ (or with __weakref__ in them), and the
    // builtin types that have a weak reference list; not int, str, tuple, list, dict, object itself...
    private static bool IsWeakReferenceable(PyType type)
    {
        var slotsName = PyStr.Intern("__slots__");
        var t = type;
        while (t.HasFlag(TypeFlags.HeapType))
        {
            if (!t.TryGetOwn(slotsName, out var slots) || SlotsNameWeakref(slots))
            {
                return true;
            }

            t = t.Base!;
        }

        return !(ReferenceEquals(t, PyType.Object) || t.IsSubtypeOf(PyType.Int) || t.IsSubtypeOf(PyType.Float)
            || t.IsSubtypeOf(PyType.Complex) || t.IsSubtypeOf(PyType.Str) || t.IsSubtypeOf(PyType.Bytes)
            || t.IsSubtypeOf(PyType.ByteArray) || t.IsSubtypeOf(PyType.Tuple) || t.IsSubtypeOf(PyType.List)
            || t.IsSubtypeOf(PyType.Dict) || t.Name is "NoneType" or "NotImplementedType" or "ellipsis" or "range" or "slice");
    }

    private static bool SlotsNameWeakref(PyValue slots) => slots.AsObject switch
    {
        PyStr s => s.Value == "__weakref__",
        PyTuple t => Contains(t.Items),
        PyList l => Contains(l.ToArray()),
        _ => false,
    };

    private static bool Contains(ReadOnlySpan<PyValue> names)
    {
        foreach (var n in names)
        {
            if (n.AsObject is PyStr { Value: "__weakref__" })
            {
                return true;
            }
        }

        return false;
    }

    public static void Add(ThreadState ts, PyObject target, PyObject weakref)
    {
        var list = s_table.GetValue(target, _ => new RefList(ts));
        lock (list)
        {
            list.Refs.Add(GCHandle.Alloc(weakref, GCHandleType.Weak));
        }
    }

    /// <summary>The live weak references and proxies to <paramref name="target"/>, oldest first.</summary>
    public static List<PyObject> Live(PyObject target)
    {
        var result = new List<PyObject>();
        if (s_table.TryGetValue(target, out var list))
        {
            lock (list)
            {
                for (var i = 0; i < list.Refs.Count; i++)
                {
                    if (list.Refs[i].Target is PyObject r)
                    {
                        result.Add(r);
                    }
                    else
                    {
                        list.Refs[i].Free();
                        list.Refs.RemoveAt(i--);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>An existing ref (or proxy) of exactly <paramref name="type"/> without callback.</summary>
    public static PyObject? FindBasic(PyObject target, PyType type)
    {
        foreach (var r in Live(target))
        {
            if (ReferenceEquals(r.Type, type) && (r is PyWeakRef { Callback.IsNull: true } || r is WeakProxy { Callback.IsNull: true }))
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>"&lt;weakref at 0x…; to 'C' at 0x… (name)&gt;" or "&lt;weakref at 0x…; dead&gt;".</summary>
    public static PyValue Describe(ThreadState ts, PyValue self, string kind, PyValue target)
    {
        var at = "<" + kind + " at 0x" + PyOps.AddressOf(self).ToString("x");
        if (target.IsNull)
        {
            return NativeTypes.Str(at + "; dead>");
        }

        var name = "";
        var found = PyOps.TryGetAttr(ts, target, PyStr.Intern("__name__"), out var n);
        if (found < 0)
        {
            ts.ClearError();
        }
        else if (found > 0 && n.AsObject is PyStr s)
        {
            name = " (" + s.Value + ")";
        }

        return NativeTypes.Str(at + "; to '" + target.Type.Name + "' at 0x" + PyOps.AddressOf(target).ToString("x") + name + ">");
    }

    /// <summary>Reports an exception nobody can catch (PyErr_WriteUnraisable) on stderr.</summary>
    public static void ReportUnraisable(ThreadState ts, string what, PyValue obj)
    {
        var e = ts.FetchError();
        var r = PyOps.Repr(ts, obj)?.Value ?? "?";
        ts.ClearError();
        var text = e is null ? "" : PyOps.Str(ts, PyValue.FromObject(e))?.Value ?? "";
        ts.ClearError();
        Console.Out.Flush();
        Console.Error.WriteLine("Exception ignored while " + what + " " + r + ":");
        Console.Error.WriteLine(e is null ? "" : e.Type.Name + (text.Length > 0 ? ": " + text : ""));
    }

    // Weak GCHandles, not WeakReference objects: those have finalizers of their own, which may run
    // before this list's and clear them.
    private sealed class RefList(ThreadState owner)
    {
        public HandleList Refs { get; } = new();

        // The referent was collected: queue the callbacks of the refs still alive, newest first as CPython.
        ~RefList()
        {
            for (var i = Refs.Count - 1; i >= 0; i--)
            {
                var r = Refs[i].Target;
                Refs[i].Free();
                if (r is not null)
                {
                    switch (r)
                    {
                        case PyWeakRef { Callback.IsNull: false } w:
                            owner.AddPendingCall(w.RunCallback);
                            break;
                        case WeakProxy { Callback.IsNull: false } p:
                            owner.AddPendingCall(p.RunCallback);
                            break;
                    }
                }
            }
        }
    }

    // A growable array of handles: List<GCHandle> is a BCL generic over a struct that no
    // precompiled code instantiates, so its methods were JIT-compiled at the first weakref.
    private sealed class HandleList
    {
        private GCHandle[] _items = new GCHandle[2];

        public int Count { get; private set; }

        public GCHandle this[int index] => _items[index];

        public void Add(GCHandle handle)
        {
            if (Count == _items.Length)
            {
                var grown = new GCHandle[Count * 2];
                System.Array.Copy(_items, grown, Count);
                _items = grown;
            }

            _items[Count++] = handle;
        }

        public void RemoveAt(int index)
        {
            Count--;
            System.Array.Copy(_items, index + 1, _items, index, Count - index);
            _items[Count] = default;
        }
    }
}
