using ProtoPython.Objects;
using ProtoPython.Runtime.Builtins.Iterators;

namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>match, fullmatch, search, findall, finditer and scanner.</summary>
internal sealed partial class SrePattern
{
    private static readonly string[] s_stringPosEnd = ["string", "pos", "endpos"];

    private static void AddSearchMethods(PyType t)
    {
        t.AddMethod("match", static (ts, a, kw) => MatchMethod(ts, a, kw, "match", matchAll: false, search: false));
        t.AddMethod("fullmatch", static (ts, a, kw) => MatchMethod(ts, a, kw, "fullmatch", matchAll: true, search: false));
        t.AddMethod("search", static (ts, a, kw) => MatchMethod(ts, a, kw, "search", matchAll: false, search: true));
        t.AddMethod("findall", static (ts, a, kw) => FindAll(ts, a, kw));
        t.AddMethod("finditer", static (ts, a, kw) => FindIter(ts, a, kw));
        t.AddMethod("scanner", static (ts, a, kw) => Scanner(ts, a, kw, "scanner"));
    }

    /// <summary>Parses (string, pos=0, endpos=sys.maxsize) and builds the state; null with an error set.</summary>
    private static SreState? StateFor(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, string name, out SreSubject? subject)
    {
        subject = null;
        var r = new PyValue[3];
        if (!ArgParser.Parse(ts, name, a[1..], kw, s_stringPosEnd, 1, 0, r))
        {
            return null;
        }

        long pos = 0, endPos = long.MaxValue;
        if ((!r[1].IsNull && !TryIndex(ts, r[1], out pos)) || (!r[2].IsNull && !TryIndex(ts, r[2], out endPos)))
        {
            return null;
        }

        subject = SreSubject.From(ts, r[0]);
        return subject is null ? null : SreSubject.CreateState(ts, Self(a[0]), subject, pos, endPos);
    }

    /// <summary>A Py_ssize_t argument (OverflowError past 64 bits).</summary>
    public static bool TryIndex(ThreadState ts, PyValue v, out long result) =>
        PyOps.TryIndexAsInt64(ts, v, PyExc.OverflowError, out result);

    private static PyValue MatchMethod(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, string name, bool matchAll, bool search)
    {
        var state = StateFor(ts, a, kw, name, out var subject);
        if (state is null)
        {
            return PyValue.Error;
        }

        state.MatchAll = matchAll;
        var status = search ? state.Search() : state.Match();
        return NewMatch(ts, Self(a[0]), subject!, state, status);
    }

    /// <summary>A Match for a successful status, None for 0, the engine error for a negative one.</summary>
    public static PyValue NewMatch(ThreadState ts, SrePattern pattern, SreSubject subject, SreState state, int status)
    {
        if (status < 0)
        {
            return SreSubject.EngineError(ts);
        }

        return status == 0 ? PyValue.None : PyValue.FromObject(new SreMatch(pattern, subject, state));
    }

    private static PyValue FindAll(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var state = StateFor(ts, a, kw, "findall", out var subject);
        if (state is null)
        {
            return PyValue.Error;
        }

        var groups = Self(a[0]).Groups;
        var list = new PyList();
        while (state.Start <= state.End)
        {
            var status = state.Search();
            if (status < 0)
            {
                return SreSubject.EngineError(ts);
            }

            if (status == 0)
            {
                break;
            }

            list.Append(groups switch
            {
                0 => subject!.Slice(state.Start, state.Ptr),
                1 => GroupOrEmpty(subject!, state, 1),
                _ => AllGroups(subject!, state, groups),
            });
            state.MustAdvance = state.Ptr == state.Start;
            state.Start = state.Ptr;
        }

        return PyValue.FromObject(list);
    }

    private static PyValue GroupOrEmpty(SreSubject subject, SreState state, int group)
    {
        var (s, e) = state.GroupSpan(group);
        return s < 0 ? subject.Empty : subject.Slice(s, e);
    }

    private static PyValue AllGroups(SreSubject subject, SreState state, int groups)
    {
        var items = new PyValue[groups];
        for (var i = 0; i < groups; i++)
        {
            items[i] = GroupOrEmpty(subject, state, i + 1);
        }

        return PyValue.FromObject(new PyTuple(items));
    }

    // finditer: iter(scanner.search, None), as CPython builds it.
    private static PyValue FindIter(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var scanner = Scanner(ts, a, kw, "finditer");
        if (scanner.IsError)
        {
            return scanner;
        }

        var search = PyOps.GetAttr(ts, scanner, PyStr.Intern("search"));
        return search.IsError ? search : PyValue.FromObject(new PyCallableIterator(search, PyValue.None));
    }

    private static PyValue Scanner(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, string name)
    {
        var state = StateFor(ts, a, kw, name, out var subject);
        return state is null ? PyValue.Error : PyValue.FromObject(new SreScanner(Self(a[0]), subject!, state));
    }
}
