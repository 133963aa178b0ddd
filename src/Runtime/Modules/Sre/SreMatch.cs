using System.Text;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>
/// <c>re.Match</c>: the spans of a successful match (copied from the state, which goes on to the
/// next match), the subject and the pattern.
/// </summary>
internal sealed class SreMatch : PyObject
{
    private static readonly Lazy<PyType> s_type = new(CreateType);
    private static readonly string[] s_defaultName = ["default"];

    // Start and end of group i at [2i] and [2i+1]; -1 for a group that did not take part.
    private readonly int[] _spans;

    public SreMatch(SrePattern pattern, SreSubject subject, SreState state)
        : base(s_type.Value)
    {
        Pattern = pattern;
        Subject = subject;
        Pos = state.Pos;
        EndPos = state.EndPos;
        LastIndex = state.LastIndex;
        _spans = new int[2 * (pattern.Groups + 1)];
        for (var g = 0; g <= pattern.Groups; g++)
        {
            (_spans[2 * g], _spans[(2 * g) + 1]) = state.GroupSpan(g);
        }
    }

    public static PyType TypeObject => s_type.Value;

    public SrePattern Pattern { get; }

    public SreSubject Subject { get; }

    public int Pos { get; }

    public int EndPos { get; }

    public int LastIndex { get; }

    /// <summary>Groups plus one (group 0).</summary>
    public int GroupCount => Pattern.Groups + 1;

    public (int Start, int End) Span(int group) => (_spans[2 * group], _spans[(2 * group) + 1]);

    /// <summary>The text of group <paramref name="group"/>, or <paramref name="unmatched"/>.</summary>
    public PyValue Group(int group, PyValue unmatched)
    {
        var (s, e) = Span(group);
        return s < 0 ? unmatched : Subject.Slice(s, e);
    }

    private static SreMatch Self(PyValue v) => (SreMatch)v.AsObject;

    /// <summary>match_getindex: a group number or name; IndexError "no such group" otherwise.</summary>
    public bool TryGetIndex(ThreadState ts, PyValue index, out int group)
    {
        group = -1;
        long i = -1;
        if (index.Type.Index is not null || index.IsInt64 || index.IsBool)
        {
            if (!PyOps.TryIndexAsInt64(ts, index, null, out i))
            {
                return false;
            }
        }
        else if (Pattern.GroupIndex is { } names)
        {
            var found = names.TryGetValue(ts, index, out var value);
            if (found == DictLookup.Error)
            {
                return false;
            }

            if (found == DictLookup.Found && value.IsInt64)
            {
                i = value.RawBits;
            }
        }

        if (i < 0 || i >= GroupCount)
        {
            ts.SetError(PyExc.IndexError, "no such group");
            return false;
        }

        group = (int)i;
        return true;
    }

    private PyValue GroupBy(ThreadState ts, PyValue index, PyValue unmatched) =>
        TryGetIndex(ts, index, out var g) ? Group(g, unmatched) : PyValue.Error;

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("Match", PyType.Object, TypeFlags.None, module: "re");
        t.GetAttr = PyOps.GenericGetAttr;
        t.SetAttr = PyOps.GenericSetAttr;
        t.Repr = static (ts, v) => Repr(ts, Self(v));
        t.GetItem = static (ts, v, key) => Self(v).GroupBy(ts, key, PyValue.None);
        t.AddMethod("group", static (ts, a, kw) => GroupMethod(ts, a, kw));
        t.AddMethod("groups", static (ts, a, kw) => Groups(ts, a, kw));
        t.AddMethod("groupdict", static (ts, a, kw) => GroupDict(ts, a, kw));
        t.AddMethod("start", static (ts, a, kw) => SpanPart(ts, a, kw, "start", 0));
        t.AddMethod("end", static (ts, a, kw) => SpanPart(ts, a, kw, "end", 1));
        t.AddMethod("span", static (ts, a, kw) => SpanPart(ts, a, kw, "span", 2));
        t.AddMethod("expand", static (ts, a, kw) => Expand(ts, a[0], a[1]), NativeArity.One);
        t.AddMethod("__copy__", static (ts, a, kw) => a[0], NativeArity.NoArgs);
        t.AddMethod("__deepcopy__", static (ts, a, kw) => a[0], NativeArity.One);
        t.AddClassMethod("__class_getitem__", static (ts, a, kw) => SreModule.GenericAlias(ts, a));
        t.AddGetSet("string", static (ts, v) => Self(v).Subject.Value);
        t.AddGetSet("re", static (ts, v) => PyValue.FromObject(Self(v).Pattern));
        t.AddGetSet("pos", static (ts, v) => PyValue.FromInt64(Self(v).Pos));
        t.AddGetSet("endpos", static (ts, v) => PyValue.FromInt64(Self(v).EndPos));
        t.AddGetSet("lastindex", static (ts, v) => Self(v).LastIndex >= 0 ? PyValue.FromInt64(Self(v).LastIndex) : PyValue.None);
        t.AddGetSet("lastgroup", static (ts, v) => LastGroup(Self(v)));
        t.AddGetSet("regs", static (ts, v) => Regs(Self(v)));
        SlotTable.AddWrappers(t);

        // A mapping-style subscript only: set after the wrappers so no __iter__ appears, and iter()
        // does not fall back to __getitem__ as it would for a sequence.
        t.Iter = static (ts, v) => ts.SetError(PyExc.TypeError, "'re.Match' object is not iterable");
        return t;
    }

    private static PyValue Repr(ThreadState ts, SreMatch m)
    {
        var repr = PyOps.Repr(ts, m.Group(0, PyValue.None));
        if (repr is null)
        {
            return PyValue.Error;
        }

        var (s, e) = m.Span(0);
        var text = new StringBuilder("<re.Match object; span=(").Append(s).Append(", ").Append(e)
            .Append("), match=").Append(SrePattern.Truncate(repr, 50)).Append('>');
        return PyValue.FromObject(new PyStr(text.ToString()));
    }

    private static PyValue GroupMethod(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!ArgParser.NoKeywords(ts, "group", kw))
        {
            return PyValue.Error;
        }

        var m = Self(a[0]);
        switch (a.Length)
        {
            case 1:
                return m.Group(0, PyValue.None);
            case 2:
                return m.GroupBy(ts, a[1], PyValue.None);
            default:
                var items = new PyValue[a.Length - 1];
                for (var i = 1; i < a.Length; i++)
                {
                    items[i - 1] = m.GroupBy(ts, a[i], PyValue.None);
                    if (items[i - 1].IsError)
                    {
                        return PyValue.Error;
                    }
                }

                return PyValue.FromObject(new PyTuple(items));
        }
    }

    private static bool TryDefault(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, string name, out PyValue value)
    {
        var r = new PyValue[1];
        value = PyValue.None;
        if (!ArgParser.Parse(ts, name, a[1..], kw, s_defaultName, 0, 0, r))
        {
            return false;
        }

        if (!r[0].IsNull)
        {
            value = r[0];
        }

        return true;
    }

    private static PyValue Groups(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!TryDefault(ts, a, kw, "groups", out var unmatched))
        {
            return PyValue.Error;
        }

        var m = Self(a[0]);
        var items = new PyValue[m.GroupCount - 1];
        for (var g = 1; g < m.GroupCount; g++)
        {
            items[g - 1] = m.Group(g, unmatched);
        }

        return PyValue.FromObject(new PyTuple(items));
    }

    private static PyValue GroupDict(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw)
    {
        if (!TryDefault(ts, a, kw, "groupdict", out var unmatched))
        {
            return PyValue.Error;
        }

        var m = Self(a[0]);
        var result = new PyDict();
        if (m.Pattern.GroupIndex is { } names)
        {
            foreach (var entry in names)
            {
                var value = m.GroupBy(ts, entry.Key, unmatched);
                if (value.IsError || !result.SetItem(ts, entry.Key, value))
                {
                    return PyValue.Error;
                }
            }
        }

        return PyValue.FromObject(result);
    }

    // start(group=0), end(group=0), span(group=0): part 0, 1 or both.
    private static PyValue SpanPart(ThreadState ts, ReadOnlySpan<PyValue> a, PyTuple? kw, string name, int part)
    {
        if (!ArgParser.NoKeywords(ts, name, kw) || !ArgParser.CheckPositional(ts, name, a[1..], kw, 0, 1))
        {
            return PyValue.Error;
        }

        var m = Self(a[0]);
        var g = 0;
        if (a.Length > 1 && !m.TryGetIndex(ts, a[1], out g))
        {
            return PyValue.Error;
        }

        var (s, e) = m.Span(g);
        return part switch
        {
            0 => PyValue.FromInt64(s),
            1 => PyValue.FromInt64(e),
            _ => PyValue.FromObject(new PyTuple([PyValue.FromInt64(s), PyValue.FromInt64(e)])),
        };
    }

    private static PyValue Expand(ThreadState ts, PyValue self, PyValue template)
    {
        var m = Self(self);
        var compiled = SreTemplate.Compile(ts, m.Pattern, template);
        return compiled is null ? PyValue.Error : compiled.Expand(ts, m);
    }

    private static PyValue LastGroup(SreMatch m)
    {
        if (m.Pattern.IndexGroup is { } names && m.LastIndex >= 0 && m.LastIndex < names.Length)
        {
            return names[m.LastIndex];
        }

        return PyValue.None;
    }

    private static PyValue Regs(SreMatch m)
    {
        var items = new PyValue[m.GroupCount];
        for (var g = 0; g < m.GroupCount; g++)
        {
            var (s, e) = m.Span(g);
            items[g] = PyValue.FromObject(new PyTuple([PyValue.FromInt64(s), PyValue.FromInt64(e)]));
        }

        return PyValue.FromObject(new PyTuple(items));
    }
}
