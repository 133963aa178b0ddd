using System.Text;

namespace ProtoPython.Objects;

/// <summary>
/// The "Did you mean" hints of CPython 3.14's traceback module (<c>TracebackException.__init__</c>
/// with <c>_compute_suggestion_error</c>, which ranks candidates by <c>_suggestions._generate_suggestions</c>):
/// a Levenshtein distance over UTF-8 bytes where a case flip costs 1 and other edits 2.
/// </summary>
public static class Suggestions
{
    private const int MaxCandidateItems = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>
    /// The text the traceback printer appends to the exception line (". Did you mean: 'x'?", with
    /// NameError's " Or did you forget to import 'x'?"), or null. The innermost frame's namespaces
    /// are <paramref name="locals"/>, <paramref name="globals"/> and <paramref name="builtins"/> (all
    /// null when the exception has no traceback); <paramref name="findModule"/> returns the imported
    /// module of a name (<c>sys.modules</c>) or Null. Never leaves an exception pending.
    /// </summary>
    public static string? For(ThreadState ts, PyBaseException exc, PyDict? locals = null, PyDict? globals = null, PyDict? builtins = null, Func<string, PyValue>? findModule = null)
    {
        var self = PyValue.FromObject(exc);
        if (exc.Type.IsSubtypeOf(PyExc.ImportError))
        {
            var nameFrom = Attr(ts, self, "name_from");
            if (nameFrom.IsNull || nameFrom.IsNone)
            {
                return null;
            }

            return DidYouMean(Compute(ts, exc, nameFrom, locals, globals, builtins, findModule));
        }

        if (!exc.Type.IsSubtypeOf(PyExc.NameError) && !exc.Type.IsSubtypeOf(PyExc.AttributeError))
        {
            return null;
        }

        var name = Attr(ts, self, "name");
        if (name.IsNull || name.IsNone)
        {
            return null;
        }

        var suggestion = Compute(ts, exc, name, locals, globals, builtins, findModule);
        var text = DidYouMean(suggestion) ?? "";
        if (exc.Type.IsSubtypeOf(PyExc.NameError) && name.AsObject is PyStr s && StdlibModuleNames.Contains(s.Value))
        {
            text += (suggestion is null ? ". Did you forget to import '" : " Or did you forget to import '") + s.Value + "'?";
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary><c>_suggestions._generate_suggestions(candidates, name)</c>: the closest candidate, or null.</summary>
    public static string? Closest(IReadOnlyList<string> candidates, string name)
    {
        if (candidates.Count >= MaxCandidateItems)
        {
            return null;
        }

        var nameBytes = Encoding.UTF8.GetBytes(name);
        var best = long.MaxValue;
        string? suggestion = null;
        foreach (var item in candidates)
        {
            if (item == name)
            {
                continue;
            }

            var itemBytes = Encoding.UTF8.GetBytes(item);

            // No more than 1/3 of the involved characters should need changing; don't take matches already beaten.
            var maxDistance = Math.Min((nameBytes.Length + itemBytes.Length + 3) * MoveCost / 6, best - 1);
            var distance = Distance(nameBytes, itemBytes, maxDistance);
            if (distance > maxDistance)
            {
                continue;
            }

            if (suggestion is null || distance < best)
            {
                suggestion = item;
                best = distance;
            }
        }

        return suggestion;
    }

    /// <summary>The edit distance of two UTF-8 strings, or <paramref name="maxCost"/> + 1 once it must exceed it.</summary>
    public static long Distance(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, long maxCost)
    {
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0])
        {
            a = a[1..];
            b = b[1..];
        }

        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return (a.Length + b.Length) * (long)MoveCost;
        }

        if (a.Length > MaxStringSize || b.Length > MaxStringSize)
        {
            return maxCost + 1;
        }

        if (b.Length < a.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        if ((b.Length - a.Length) * (long)MoveCost > maxCost)
        {
            return maxCost + 1;
        }

        // One row of the matrix, updated in place: row[i] = cost(b[:bIndex], a[:i+1]).
        Span<long> row = stackalloc long[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            row[i] = (i + 1) * (long)MoveCost;
        }

        long result = 0;
        for (var bIndex = 0; bIndex < b.Length; bIndex++)
        {
            var code = b[bIndex];
            var distance = result = bIndex * (long)MoveCost;
            var minimum = long.MaxValue;
            for (var index = 0; index < a.Length; index++)
            {
                var substitute = distance + SubstitutionCost(code, a[index]);
                distance = row[index];
                var insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                row[index] = result;
                minimum = Math.Min(minimum, result);
            }

            if (minimum > maxCost)
            {
                return maxCost + 1;
            }
        }

        return result;
    }

    private static int SubstitutionCost(byte a, byte b)
    {
        if (a == b)
        {
            return 0;
        }

        return AsciiLower(a) == AsciiLower(b) ? CaseCost : MoveCost;
    }

    private static byte AsciiLower(byte c) => c is >= (byte)'A' and <= (byte)'Z' ? (byte)(c + 32) : c;

    private static string? DidYouMean(string? suggestion) => suggestion is null ? null : ". Did you mean: '" + suggestion + "'?";

    // getattr(exc, name, None) without leaving an error behind.
    private static PyValue Attr(ThreadState ts, PyValue obj, string name)
    {
        var r = PyOps.TryGetAttr(ts, obj, PyStr.Intern(name), out var v);
        if (r < 0)
        {
            ts.ClearError();
        }

        return r > 0 ? v : PyValue.Null;
    }

    // traceback._compute_suggestion_error: the candidates by exception kind, then Closest.
    private static string? Compute(ThreadState ts, PyBaseException exc, PyValue wrong, PyDict? locals, PyDict? globals, PyDict? builtins, Func<string, PyValue>? findModule)
    {
        if (wrong.AsObject is not PyStr wrongStr)
        {
            return null;
        }

        var wrongName = wrongStr.Value;
        var self = PyValue.FromObject(exc);
        List<string>? d;
        if (exc.Type.IsSubtypeOf(PyExc.AttributeError))
        {
            var obj = Attr(ts, self, "obj");
            d = SortedDir(ts, obj.IsNull ? PyValue.None : obj);
            var hideUnderscored = !wrongName.StartsWith('_');
            if (hideUnderscored && locals is not null && locals.TryGetStr(PyStr.Intern("self"), out var frameSelf) && PyValue.Is(frameSelf, obj))
            {
                hideUnderscored = false;
            }

            if (d is not null && hideUnderscored)
            {
                d.RemoveAll(static x => x.StartsWith('_'));
            }
        }
        else if (exc.Type.IsSubtypeOf(PyExc.ImportError))
        {
            var moduleName = Attr(ts, self, "name");
            var module = moduleName.AsObject is PyStr mn && findModule is not null ? findModule(mn.Value) : PyValue.Null;
            d = module.IsNull ? null : SortedDir(ts, module);
            if (d is not null && !wrongName.StartsWith('_'))
            {
                d.RemoveAll(static x => x.StartsWith('_'));
            }
        }
        else
        {
            if (locals is null && globals is null && builtins is null)
            {
                return null;
            }

            d = [];
            AddNames(d, locals);
            AddNames(d, globals);
            AddNames(d, builtins);
            if (locals is not null && locals.TryGetStr(PyStr.Intern("self"), out var frameSelf))
            {
                var r = PyOps.TryGetAttr(ts, frameSelf, wrongStr, out _);
                if (r < 0)
                {
                    ts.ClearError();
                }

                if (r > 0)
                {
                    return "self." + wrongName;
                }
            }
        }

        return d is null ? null : Closest(d, wrongName);
    }

    private static void AddNames(List<string> d, PyDict? dict)
    {
        if (dict is null)
        {
            return;
        }

        foreach (var (k, _) in dict)
        {
            if (k.AsObject is PyStr s)
            {
                d.Add(s.Value);
            }
        }
    }

    /// <summary><c>sorted(x for x in obj.__dir__() if isinstance(x, str))</c>, or null on error.</summary>
    private static List<string>? SortedDir(ThreadState ts, PyValue obj)
    {
        var names = Dir.Names(ts, obj);
        if (names is null)
        {
            ts.ClearError();
            return null;
        }

        names.Sort(Dir.CompareCodePoints);
        return names;
    }
}
