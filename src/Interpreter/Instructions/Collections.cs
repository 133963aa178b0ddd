using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Interpreter;

/// <summary>Building and unpacking containers: BUILD_*, LIST_EXTEND, DICT_MERGE, UNPACK_*, slices.</summary>
internal static class Collections
{
    public static PyValue BuildSet(ThreadState ts, ReadOnlySpan<PyValue> items)
    {
        var set = new PySet();
        foreach (var item in items)
        {
            if (!set.Add(ts, item))
            {
                return PyValue.Error;
            }
        }

        return PyValue.FromObject(set);
    }

    // SET_ADD and SET_UPDATE: the set is the one BUILD_SET made (comprehensions, displays).
    public static bool SetAdd(ThreadState ts, PyValue set, PyValue item) => ((PySet)set.AsObject).Add(ts, item);

    public static bool SetUpdate(ThreadState ts, PyValue set, PyValue iterable) => ((PySet)set.AsObject).UpdateFrom(ts, iterable);

    public static PyValue BuildMap(ThreadState ts, ReadOnlySpan<PyValue> pairs)
    {
        var dict = new PyDict();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            if (!dict.SetItem(ts, pairs[i], pairs[i + 1]))
            {
                return PyValue.Error;
            }
        }

        return PyValue.FromObject(dict);
    }

    /// <summary>BUILD_INTERPOLATION: value, expression text and (oparg bit 0) a format spec; oparg &gt;&gt; 2 is the conversion.</summary>
    public static PyValue BuildInterpolation(ReadOnlySpan<PyValue> operands, int oparg)
    {
        var spec = (oparg & 1) != 0 ? (PyStr)operands[2].AsObject : PyStr.Intern("");
        var interpolation = new PyInterpolation(operands[0], (PyStr)operands[1].AsObject, PyInterpolation.ConversionValue(oparg >> 2), spec);
        return PyValue.FromObject(interpolation);
    }

    /// <summary>BUILD_TEMPLATE: the tuple of strings and the tuple of interpolations the compiler built.</summary>
    public static PyValue BuildTemplate(PyValue strings, PyValue interpolations) =>
        PyValue.FromObject(new PyTemplate((PyTuple)strings.AsObject, (PyTuple)interpolations.AsObject));

    public static PyValue BuildString(ReadOnlySpan<PyValue> pieces)
    {
        var surrogates = false;
        var length = 0;
        foreach (var p in pieces)
        {
            var s = (PyStr)p.AsObject;
            surrogates |= s.HasSurrogates;
            length += s.Length;
        }

        if (surrogates)
        {
            var cps = new List<int>(length);
            foreach (var p in pieces)
            {
                cps.AddRange(((PyStr)p.AsObject).CodePoints.ToArray());
            }

            return PyValue.FromObject(new PyStr(cps.ToArray()));
        }

        var sb = new StringBuilder(length);
        foreach (var p in pieces)
        {
            sb.Append(((PyStr)p.AsObject).Value);
        }

        return PyValue.FromObject(new PyStr(sb.ToString()));
    }

    public static PyValue BuildSlice(ThreadState ts, ReadOnlySpan<PyValue> args) =>
        PyValue.FromObject(new PySlice(args[0], args[1], args.Length == 3 ? args[2] : PyValue.None));

    /// <summary>BINARY_SLICE: <c>container[start:stop]</c>.</summary>
    public static PyValue BinarySlice(ThreadState ts, PyValue container, PyValue start, PyValue stop)
    {
        var type = container.AsObject.GetType();
        if (type == typeof(PyList) || type == typeof(PyTuple))
        {
            var res = SliceListOrTuple(container.AsObject, start, stop);
            if (!res.IsNull)
            {
                return res;
            }
        }

        return PyOps.GetItem(ts, container, PyValue.FromObject(new PySlice(start, stop, PyValue.None)));
    }

    // Exact lists and tuples with int or None bounds: no slice object. Null when the bounds are
    // anything else. Not inlined: the eval loop's frame stays as small as the plain path's.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static PyValue SliceListOrTuple(PyObject container, PyValue start, PyValue stop)
    {
        if (container is PyList list)
        {
            return TryRange(start, stop, list.Count, out var lo, out var hi) ? PyValue.FromObject(list.SliceRange(lo, hi)) : PyValue.Null;
        }

        var tuple = (PyTuple)container;
        if (!TryRange(start, stop, tuple.Length, out var a, out var b))
        {
            return PyValue.Null;
        }

        return a == 0 && b == tuple.Length ? PyValue.FromObject(tuple) : PyValue.FromObject(new PyTuple(tuple.Items[a..b].ToArray()));
    }

    /// <summary>STORE_SLICE: <c>container[start:stop] = value</c>; exact lists with int or None bounds skip the slice object.</summary>
    public static bool StoreSlice(ThreadState ts, PyValue value, PyValue container, PyValue start, PyValue stop)
    {
        var obj = container.AsObject;
        if (obj.GetType() == typeof(PyList))
        {
            var list = (PyList)obj;
            if (TryRange(start, stop, list.Count, out var lo, out var hi))
            {
                return list.AssignRange(ts, lo, hi, value);
            }
        }

        return PyOps.SetItem(ts, container, PyValue.FromObject(new PySlice(start, stop, PyValue.None)), value);
    }

    // Bounds of a step-1 slice when both are ints that fit 64 bits or None: PySlice_AdjustIndices.
    private static bool TryRange(PyValue start, PyValue stop, int length, out int lo, out int hi)
    {
        long a, b;
        if (start.IsInt64)
        {
            a = start.AsInt64;
        }
        else if (start.IsNone)
        {
            a = 0;
        }
        else
        {
            lo = hi = 0;
            return false;
        }

        if (stop.IsInt64)
        {
            b = stop.AsInt64;
        }
        else if (stop.IsNone)
        {
            b = length;
        }
        else
        {
            lo = hi = 0;
            return false;
        }

        PySlice.AdjustIndices(length, ref a, ref b, 1);
        lo = (int)a;
        hi = (int)Math.Max(a, b);
        return true;
    }

    public static bool ListExtend(ThreadState ts, PyList list, PyValue iterable)
    {
        var it = PyOps.GetIter(ts, iterable);
        if (it.IsError)
        {
            if (ts.ErrorMatches(PyExc.TypeError) && iterable.Type.Iter is null && iterable.Type.GetItem is null)
            {
                ts.ClearError();
                ts.SetError(PyExc.TypeError, "Value after * must be an iterable, not " + iterable.Type.Name);
            }

            return false;
        }

        while (true)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r <= 0)
            {
                return r == 0;
            }

            list.Append(item);
        }
    }

    public static bool DictUpdate(ThreadState ts, PyDict dict, PyValue update)
    {
        if (update.AsObject is PyDict source)
        {
            foreach (var (k, v) in source)
            {
                if (!dict.SetItem(ts, k, v))
                {
                    return false;
                }
            }

            return true;
        }

        if (PyOps.TryGetAttr(ts, update, Objects.Names.Keys, out var keysMethod) <= 0)
        {
            if (!ts.HasError)
            {
                ts.SetError(PyExc.TypeError, "'" + update.Type.Name + "' object is not a mapping");
            }

            return false;
        }

        var keys = PyOps.Call0(ts, keysMethod);
        if (keys.IsError)
        {
            return false;
        }

        var it = PyOps.GetIter(ts, keys);
        if (it.IsError)
        {
            return false;
        }

        while (true)
        {
            var r = PyOps.Next(ts, it, out var key);
            if (r <= 0)
            {
                return r == 0;
            }

            var value = PyOps.GetItem(ts, update, key);
            if (value.IsError || !dict.SetItem(ts, key, value))
            {
                return false;
            }
        }
    }

    /// <summary>DICT_MERGE (the ** of a call): like update, but a repeated key is an error naming the function.</summary>
    public static bool DictMerge(ThreadState ts, PyValue callable, PyDict dict, PyValue update)
    {
        var source = update.AsObject as PyDict;
        if (source is null)
        {
            if (PyOps.TryGetAttr(ts, update, Objects.Names.Keys, out _) <= 0)
            {
                ts.ClearError();
                ts.SetError(PyExc.TypeError, Functions.Describe(callable) + " argument after ** must be a mapping, not " + update.Type.Name);
                return false;
            }

            var copy = new PyDict();
            if (!DictUpdate(ts, copy, update))
            {
                return false;
            }

            source = copy;
        }

        foreach (var (k, v) in source)
        {
            if (dict.TryGetValue(ts, k, out _) == DictLookup.Found)
            {
                var name = k.AsObject is PyStr s ? s.Value : "?";
                ts.SetError(PyExc.TypeError, Functions.Describe(callable) + " got multiple values for keyword argument '" + name + "'");
                return false;
            }

            if (!dict.SetItem(ts, k, v))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>UNPACK_SEQUENCE: replaces stack[index] by <paramref name="count"/> items, the first on top.</summary>
    public static bool UnpackSequence(ThreadState ts, PyValue[] stack, int index, int count)
    {
        var seq = stack[index];
        if (seq.AsObject is PyTuple t && ReferenceEquals(seq.Type, PyType.Tuple))
        {
            if (t.Length != count)
            {
                return WrongCount(ts, count, t.Length, atLeast: false);
            }

            for (var i = 0; i < count; i++)
            {
                stack[index + count - 1 - i] = t[i];
            }

            return true;
        }

        var items = new List<PyValue>(count);
        if (!Collect(ts, seq, count + 1, items))
        {
            return false;
        }

        if (items.Count < count)
        {
            return WrongCount(ts, count, items.Count, atLeast: false);
        }

        if (items.Count > count)
        {
            // CPython reports the length of exact lists, tuples and dicts only.
            var exact = seq.Type;
            if (ReferenceEquals(exact, PyType.List) || ReferenceEquals(exact, PyType.Tuple) || ReferenceEquals(exact, PyType.Dict))
            {
                var n = PyOps.Length(ts, seq);
                if (n >= 0)
                {
                    return WrongCount(ts, count, n, atLeast: false);
                }

                ts.ClearError();
            }

            return TooMany(ts, count);
        }

        for (var i = 0; i < count; i++)
        {
            stack[index + count - 1 - i] = items[i];
        }

        return true;
    }

    /// <summary>UNPACK_EX: <paramref name="before"/> items, a list of the rest, <paramref name="after"/> items.</summary>
    public static bool UnpackEx(ThreadState ts, PyValue[] stack, int index, int before, int after)
    {
        var seq = stack[index];
        var items = new List<PyValue>();
        if (!Collect(ts, seq, int.MaxValue, items))
        {
            return false;
        }

        if (items.Count < before + after)
        {
            return WrongCount(ts, before + after, items.Count, atLeast: true);
        }

        var total = before + 1 + after;
        var pos = index + total - 1;
        for (var i = 0; i < before; i++)
        {
            stack[pos--] = items[i];
        }

        var middle = new PyList();
        for (var i = before; i < items.Count - after; i++)
        {
            middle.Append(items[i]);
        }

        stack[pos--] = PyValue.FromObject(middle);
        for (var i = items.Count - after; i < items.Count; i++)
        {
            stack[pos--] = items[i];
        }

        return true;
    }

    private static bool Collect(ThreadState ts, PyValue seq, int limit, List<PyValue> items)
    {
        var it = PyOps.GetIter(ts, seq);
        if (it.IsError)
        {
            if (ts.ErrorMatches(PyExc.TypeError) && seq.Type.Iter is null && seq.Type.GetItem is null)
            {
                ts.ClearError();
                ts.SetError(PyExc.TypeError, "cannot unpack non-iterable " + seq.Type.Name + " object");
            }

            return false;
        }

        while (items.Count < limit)
        {
            var r = PyOps.Next(ts, it, out var item);
            if (r < 0)
            {
                return false;
            }

            if (r == 0)
            {
                break;
            }

            items.Add(item);
        }

        return true;
    }

    private static bool WrongCount(ThreadState ts, int expected, long got, bool atLeast)
    {
        ts.SetError(PyExc.ValueError, (got < expected ? "not enough values to unpack (expected " : "too many values to unpack (expected ")
            + (atLeast ? "at least " : "") + expected + ", got " + got + ")");
        return false;
    }

    private static bool TooMany(ThreadState ts, int expected)
    {
        ts.SetError(PyExc.ValueError, "too many values to unpack (expected " + expected + ")");
        return false;
    }
}
