using System.Text;

namespace ProtoPython.Objects;

/// <summary>
/// The names <c>obj.__dir__()</c> lists, for the suggestion hints: a Python-level <c>__dir__</c>
/// when the type defines one, else object's, type's or module's rule computed here (the instance
/// dict plus every class dict along the MRO; a class's own MRO dicts; a module's dict).
/// </summary>
public static class Dir
{
    /// <summary>The str names, unsorted, without duplicates; null with a pending exception on failure.</summary>
    public static List<string>? Names(ThreadState ts, PyValue obj)
    {
        if (obj.Type.TryLookup(PyStr.Intern("__dir__"), out var dir) && dir.AsObject is not PyMethodDescriptor)
        {
            var result = PyOps.CallAttribute(ts, dir, obj, []);
            if (result.IsError)
            {
                return null;
            }

            var items = ExceptionTypes.SequenceToArray(ts, result);
            if (items is null)
            {
                return null;
            }

            var fromCall = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (item.AsObject is PyStr s)
                {
                    fromCall.Add(s.Value);
                }
            }

            return [.. fromCall];
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        switch (obj.AsObject)
        {
            case PyType t:
                AddClassNames(names, t);
                break;
            case PyModule m:
                AddKeys(names, m.Dict);
                break;
            default:
                if (obj.AsObject is IHasDict holder)
                {
                    AddKeys(names, holder.GetDict(false));
                }

                AddClassNames(names, obj.Type);
                break;
        }

        return [.. names];
    }

    /// <summary>Python's str ordering: by code point (not UTF-16 unit).</summary>
    public static int CompareCodePoints(string? x, string? y)
    {
        var a = (x ?? "").EnumerateRunes();
        var b = (y ?? "").EnumerateRunes();
        while (true)
        {
            var hasA = a.MoveNext();
            var hasB = b.MoveNext();
            if (!hasA || !hasB)
            {
                return hasA ? 1 : hasB ? -1 : 0;
            }

            var c = a.Current.Value.CompareTo(b.Current.Value);
            if (c != 0)
            {
                return c;
            }
        }
    }

    private static void AddClassNames(HashSet<string> names, PyType type)
    {
        foreach (var t in type.Mro)
        {
            AddKeys(names, t.TypeDict);
        }
    }

    private static void AddKeys(HashSet<string> names, PyDict? dict)
    {
        if (dict is null)
        {
            return;
        }

        foreach (var (k, _) in dict)
        {
            if (k.AsObject is PyStr s)
            {
                names.Add(s.Value);
            }
        }
    }
}
