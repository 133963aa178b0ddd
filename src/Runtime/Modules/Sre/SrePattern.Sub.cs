using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>sub, subn and split.</summary>
internal sealed partial class SrePattern
{
    private static readonly string[] s_subNames = ["repl", "string", "count"];
    private static readonly string[] s_splitNames = ["string", "maxsplit"];

    private static void AddSubMethods(PyType t)
    {
        t.AddMethod("sub", static (ts, a, kw) => Sub(ts, a, kw, "sub", returnCount: false));
        t.AddMethod("subn", static (ts, a, kw) => Sub(ts, a, kw, "subn", returnCount: true));
        t.AddMethod("split", static (ts, a, kw) => Split(ts, a, kw));
    }

    private static PyValue Sub(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, string name, bool returnCount)
    {
        var r = new PyValue[3];
        if (!ArgParser.Parse(ts, name, a[1..], kw, s_subNames, 2, 0, r))
        {
            return PyValue.Error;
        }

        long count = 0;
        if (!r[2].IsNull && !TryIndex(ts, r[2], out count))
        {
            return PyValue.Error;
        }

        var pattern = Self(a[0]);
        var repl = r[0];
        PyValue literal = PyValue.Null;
        SreTemplate? template = null;
        var callable = repl.Type.Call is not null;
        if (!callable)
        {
            if (IsLiteral(repl))
            {
                literal = repl;
            }
            else
            {
                var compiled = SreTemplate.Compile(ts, pattern, repl);
                if (compiled is null)
                {
                    return PyValue.Error;
                }

                if (compiled.IsLiteral)
                {
                    literal = compiled.Literal;
                }
                else
                {
                    template = compiled;
                }
            }
        }

        var subject = SreSubject.From(ts, r[1]);
        var state = subject is null ? null : SreSubject.CreateState(ts, pattern, subject, 0, long.MaxValue);
        if (state is null)
        {
            return PyValue.Error;
        }

        var list = new PyList();
        var last = 0;
        long n = 0;
        while (count == 0 || n < count)
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

            if (last < state.Start)
            {
                list.Append(subject!.Slice(last, state.Start));
            }

            PyValue item;
            if (callable || template is not null)
            {
                var match = new SreMatch(pattern, subject!, state);
                item = callable ? PyOps.Call1(ts, repl, PyValue.FromObject(match)) : template!.Expand(ts, match);
                if (item.IsError)
                {
                    return item;
                }
            }
            else
            {
                item = literal;
            }

            if (!item.IsNone && !item.IsNull)
            {
                list.Append(item);
            }

            last = state.Ptr;
            n++;
            state.MustAdvance = state.Ptr == state.Start;
            state.Start = state.Ptr;
        }

        if (last < state.Length)
        {
            list.Append(subject!.Slice(last, state.Length));
        }

        var joined = subject!.Join(ts, list);
        if (joined.IsError || !returnCount)
        {
            return joined;
        }

        return PyValue.FromObject(new PyTuple([joined, PyValue.FromInt64(n)]));
    }

    // A replacement without backslashes is used as is (checked on str and bytes-like objects only).
    private static bool IsLiteral(PyValue repl)
    {
        if (repl.AsObject is PyStr s)
        {
            return !s.Value.Contains('\\', StringComparison.Ordinal);
        }

        return BytesLike.TryGetSpan(repl, out var span) && !span.Contains((byte)'\\');
    }

    private static PyValue Split(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        var r = new PyValue[2];
        if (!ArgParser.Parse(ts, "split", a[1..], kw, s_splitNames, 1, 0, r))
        {
            return PyValue.Error;
        }

        long maxSplit = 0;
        if (!r[1].IsNull && !TryIndex(ts, r[1], out maxSplit))
        {
            return PyValue.Error;
        }

        var pattern = Self(a[0]);
        var subject = SreSubject.From(ts, r[0]);
        var state = subject is null ? null : SreSubject.CreateState(ts, pattern, subject, 0, long.MaxValue);
        if (state is null)
        {
            return PyValue.Error;
        }

        var list = new PyList();
        var last = state.Start;
        long n = 0;
        while (maxSplit == 0 || n < maxSplit)
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

            list.Append(subject!.Slice(last, state.Start));
            for (var g = 1; g <= pattern.Groups; g++)
            {
                var (s, e) = state.GroupSpan(g);
                list.Append(s < 0 ? PyValue.None : subject.Slice(s, e));
            }

            n++;
            state.MustAdvance = state.Ptr == state.Start;
            last = state.Start = state.Ptr;
        }

        list.Append(subject!.Slice(last, state.EndPos));
        return PyValue.FromObject(list);
    }
}
