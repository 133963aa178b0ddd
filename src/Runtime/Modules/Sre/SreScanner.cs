using ProtoPython.Objects;

namespace ProtoPython.Runtime.Modules.Sre;

/// <summary>
/// <c>_sre.SRE_Scanner</c>: successive matches over one subject (re.Scanner and finditer use it);
/// each call starts where the previous match ended and never returns the same empty match twice.
/// </summary>
internal sealed class SreScanner : PyObject
{
    private static readonly Lazy<PyType> s_type = new(CreateType);

    private readonly SreSubject _subject;
    private readonly SreState _state;
    private bool _done;

    public SreScanner(SrePattern pattern, SreSubject subject, SreState state)
        : base(s_type.Value)
    {
        Pattern = pattern;
        _subject = subject;
        _state = state;
    }

    public SrePattern Pattern { get; }

    private static SreScanner Self(PyValue v) => (SreScanner)v.AsObject;

    private static PyType CreateType()
    {
        var t = PyType.CreateRuntimeType("SRE_Scanner", PyType.Object, TypeFlags.None, module: "_sre");
        t.GetAttr = PyOps.GenericGetAttr;
        t.SetAttr = PyOps.GenericSetAttr;
        t.AddMethod("match", static (ts, a, kw) => Self(a[0]).Next(ts, search: false), NativeArity.NoArgs);
        t.AddMethod("search", static (ts, a, kw) => Self(a[0]).Next(ts, search: true), NativeArity.NoArgs);
        t.AddGetSet("pattern", static (ts, v) => PyValue.FromObject(Self(v).Pattern));
        SlotTable.AddWrappers(t);
        return t;
    }

    private PyValue Next(ThreadState ts, bool search)
    {
        if (_done)
        {
            return PyValue.None;
        }

        var state = _state;
        if (search && state.Start > state.End)
        {
            _done = true;
            return PyValue.None;
        }

        var status = search ? state.Search() : state.Match();
        var match = SrePattern.NewMatch(ts, Pattern, _subject, state, status);
        if (status == 0)
        {
            _done = true;
        }
        else if (status > 0)
        {
            state.MustAdvance = state.Ptr == state.Start;
            state.Start = state.Ptr;
        }

        return match;
    }
}
