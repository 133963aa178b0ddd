using System.Text;
using ProtoPython.Interpreter;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Errors;

/// <summary>
/// The "Did you mean" hint appended to a NameError, AttributeError or ImportError message
/// (<c>TracebackException.__init__</c> with <c>_compute_suggestion_error</c>, ranked as
/// <c>_suggestions._generate_suggestions</c> does: a Levenshtein distance over UTF-8 bytes where a
/// case change costs 1 and other edits 2). A function frame's locals are gone once it returned, so
/// its variable names (bound or not) stand for <c>f_locals</c>, and the "self.name" hint is not given.
/// </summary>
internal static class SuggestionText
{
    /// <summary>The text to append to the message, or null. Never leaves an exception pending.</summary>
    public static string? For(ThreadState ts, PyBaseException exc)
    {
        var self = PyValue.FromObject(exc);
        string? text = null;
        if (exc.Type.IsSubtypeOf(PyExc.ImportError))
        {
            if (ExceptionReport.Attr(ts, self, "name_from").AsObject is PyStr wrong)
            {
                text = DidYouMean(Closest(ModuleCandidates(ts, exc, wrong.Value), wrong.Value));
            }
        }
        else if (exc.Type.IsSubtypeOf(PyExc.NameError) || exc.Type.IsSubtypeOf(PyExc.AttributeError))
        {
            if (ExceptionReport.Attr(ts, self, "name").AsObject is not PyStr wrong)
            {
                return null;
            }

            var candidates = exc.Type.IsSubtypeOf(PyExc.AttributeError) ? AttributeCandidates(ts, exc, wrong.Value) : NameCandidates(exc);
            var suggestion = Closest(candidates, wrong.Value);
            text = DidYouMean(suggestion);
            if (exc.Type.IsSubtypeOf(PyExc.NameError) && IsStdlibModule(ts, wrong))
            {
                text = (text ?? "") + (suggestion is null ? ". Did you forget to import '" : " Or did you forget to import '") + wrong.Value + "'?";
            }
        }

        ts.ClearError();
        return text;
    }

    private static string? DidYouMean(string? suggestion) => suggestion is null ? null : ". Did you mean: '" + suggestion + "'?";

    private static List<string>? AttributeCandidates(ThreadState ts, PyBaseException exc, string wrong)
    {
        var obj = ExceptionReport.Attr(ts, PyValue.FromObject(exc), "obj");
        if (obj.IsNull)
        {
            return null;
        }

        var names = DirOf(ts, obj);
        if (names is not null && !wrong.StartsWith('_'))
        {
            names.RemoveAll(static n => n.StartsWith('_'));
        }

        return names;
    }

    private static List<string>? ModuleCandidates(ThreadState ts, PyBaseException exc, string wrong)
    {
        if (ExceptionReport.Attr(ts, PyValue.FromObject(exc), "name").AsObject is not PyStr moduleName
            || Hooks.SysModules is not { } modules
            || !modules.TryGetStr(moduleName, out var module))
        {
            return null;
        }

        var names = DirOf(ts, module);
        if (names is not null && !wrong.StartsWith('_'))
        {
            names.RemoveAll(static n => n.StartsWith('_'));
        }

        return names;
    }

    /// <summary>sorted(obj.__dir__()) keeping the str items, or null when that fails.</summary>
    private static List<string>? DirOf(ThreadState ts, PyValue obj)
    {
        var listing = PyOps.CallMethod(ts, obj, PyStr.Intern("__dir__"), []);
        if (listing.IsError && obj.AsObject is PyType)
        {
            // A class: its metaclass's __dir__.
            ts.ClearError();
            var dir = PyOps.GetAttr(ts, PyValue.FromObject(obj.Type), PyStr.Intern("__dir__"));
            listing = dir.IsError ? dir : PyOps.Call1(ts, dir, obj);
        }

        if (listing.IsError)
        {
            ts.ClearError();
            return null;
        }

        var names = new List<string>();
        var it = PyOps.GetIter(ts, listing);
        if (it.IsError)
        {
            ts.ClearError();
            return null;
        }

        while (PyOps.Next(ts, it, out var item) > 0)
        {
            if (item.AsObject is PyStr s)
            {
                names.Add(s.Value);
            }
        }

        ts.ClearError();
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>The innermost frame's local, global and builtin names.</summary>
    private static List<string>? NameCandidates(PyBaseException exc)
    {
        if (exc.Traceback is not PyTraceback tb)
        {
            return null;
        }

        while (tb.Next is not null)
        {
            tb = tb.Next;
        }

        var frame = tb.Frame.Frame;
        var names = new List<string>();
        if (frame.Locals.AsObject is PyDict locals)
        {
            AddKeys(names, locals);
        }
        else if (frame.Locals.IsNull)
        {
            foreach (var n in frame.Code.LocalsPlusNames)
            {
                names.Add(n.Value);
            }
        }

        AddKeys(names, tb.Frame.Globals);
        if (frame.Builtins is { } builtins)
        {
            AddKeys(names, builtins);
        }

        return names;
    }

    private static void AddKeys(List<string> names, PyDict dict)
    {
        foreach (var (key, _) in dict)
        {
            if (key.AsObject is PyStr s)
            {
                names.Add(s.Value);
            }
        }
    }

    private static bool IsStdlibModule(ThreadState ts, PyStr name)
    {
        if (Hooks.SysModules is not { } modules
            || !modules.TryGetStr(PyStr.Intern("sys"), out var sys)
            || sys.AsObject is not PyModule module
            || !module.Dict.TryGetStr(PyStr.Intern("stdlib_module_names"), out var stdlib))
        {
            return false;
        }

        var r = PyOps.Contains(ts, stdlib, PyValue.FromObject(name));
        ts.ClearError();
        return r > 0;
    }

    /// <summary>The candidate nearest to <paramref name="name"/>, or null (the ranking is <see cref="Suggestions.Closest"/>).</summary>
    public static string? Closest(List<string>? candidates, string name) => candidates is null ? null : Suggestions.Closest(candidates, name);
}
