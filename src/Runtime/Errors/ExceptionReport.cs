using ProtoPython.Interpreter;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Errors;

/// <summary>
/// An exception captured for printing, as <c>traceback.TracebackException</c> (with
/// <c>compact=True</c>, as uncaught exceptions are printed): its entries, type name, message,
/// SyntaxError location, and the reports of its cause, context and group members. Cycles are cut
/// by a set of exceptions already captured, visited in traceback.py's order.
/// </summary>
internal sealed class ExceptionReport
{
    public const int MaxGroupWidth = 15;
    public const int MaxGroupDepth = 10;

    private ExceptionReport(ThreadState ts, PyBaseException exc, HashSet<PyBaseException> seen, bool builtinLimit)
    {
        seen.Add(exc);
        Exception = exc;
        Stack = ExtractStack(exc.Traceback as PyTraceback, builtinLimit);
        Str = SafeStr(ts, PyValue.FromObject(exc), "exception");
        TypeName = TypeNameOf(ts, exc.Type);
        SuppressContext = exc.SuppressContext;
        Notes = CaptureNotes(ts, exc);
        if (exc.Type.IsSubtypeOf(PyExc.SyntaxError))
        {
            Syntax = SyntaxErrorInfo.From(ts, exc);
        }
        else if (SuggestionText.For(ts, exc) is { } hint)
        {
            Str += hint;
        }
    }

    public PyBaseException Exception { get; }

    public List<FrameSummary> Stack { get; }

    /// <summary><c>exc_type_str</c>: the qualified name, prefixed by the module unless builtins or __main__.</summary>
    public string TypeName { get; }

    /// <summary><c>str(exc)</c> (or "&lt;exception str() failed&gt;") with any "Did you mean" hint.</summary>
    public string Str { get; private set; }

    public SyntaxErrorInfo? Syntax { get; }

    public bool SuppressContext { get; }

    /// <summary><c>__notes__</c> (Null when absent), or a list holding the message of the error getting it.</summary>
    public PyValue Notes { get; }

    public ExceptionReport? Cause { get; private set; }

    public ExceptionReport? Context { get; private set; }

    /// <summary>The members' reports for an exception group, else null.</summary>
    public List<ExceptionReport>? Exceptions { get; private set; }

    /// <summary>The report of <paramref name="exc"/> and everything chained to it.</summary>
    public static ExceptionReport Capture(ThreadState ts, PyBaseException exc, bool builtinLimit = true)
    {
        var seen = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        var root = new ExceptionReport(ts, exc, seen, builtinLimit);

        // traceback.py walks a LIFO queue; the order decides which report of a cycle is cut.
        var queue = new Stack<ExceptionReport>();
        queue.Push(root);
        while (queue.Count > 0)
        {
            var report = queue.Pop();
            var e = report.Exception;
            if (e.Cause is { } cause && !seen.Contains(cause))
            {
                report.Cause = new ExceptionReport(ts, cause, seen, builtinLimit);
            }

            if (report.Cause is null && !e.SuppressContext && e.Context is { } context && !seen.Contains(context))
            {
                report.Context = new ExceptionReport(ts, context, seen, builtinLimit);
            }

            if (e.Type.IsSubtypeOf(PyExc.BaseExceptionGroup))
            {
                report.Exceptions = [];
                foreach (var member in GroupMembers(ts, e))
                {
                    report.Exceptions.Add(new ExceptionReport(ts, member, seen, builtinLimit));
                }
            }

            if (report.Cause is not null)
            {
                queue.Push(report.Cause);
            }

            if (report.Context is not null)
            {
                queue.Push(report.Context);
            }

            if (report.Exceptions is not null)
            {
                foreach (var member in report.Exceptions)
                {
                    queue.Push(member);
                }
            }
        }

        return root;
    }

    /// <summary><c>str(value)</c>, or "&lt;<paramref name="what"/> str() failed&gt;" (traceback._safe_string).</summary>
    public static string SafeStr(ThreadState ts, PyValue value, string what)
    {
        var saved = ts.FetchError();
        var s = PyOps.Str(ts, value);
        ts.ClearError();
        if (saved is not null)
        {
            ts.SetError(saved);
        }

        return s?.Value ?? "<" + what + " str() failed>";
    }

    /// <summary><c>repr(value)</c>, or "&lt;<paramref name="what"/> repr() failed&gt;".</summary>
    public static string SafeRepr(ThreadState ts, PyValue value, string what)
    {
        var s = PyOps.Repr(ts, value);
        ts.ClearError();
        return s?.Value ?? "<" + what + " repr() failed>";
    }

    /// <summary>An attribute, or Null when getting it raised (the error is cleared).</summary>
    public static PyValue Attr(ThreadState ts, PyValue obj, string name)
    {
        var r = PyOps.TryGetAttr(ts, obj, PyStr.Intern(name), out var value);
        if (r <= 0)
        {
            ts.ClearError();
            return PyValue.Null;
        }

        return value;
    }

    private static PyValue CaptureNotes(ThreadState ts, PyBaseException exc)
    {
        var r = PyOps.TryGetAttr(ts, PyValue.FromObject(exc), PyStr.Intern("__notes__"), out var notes);
        if (r > 0)
        {
            return notes;
        }

        if (r == 0 || ts.FetchError() is not { } error || error.Type.IsSubtypeOf(PyExc.AttributeError))
        {
            return PyValue.Null;
        }

        var message = "Ignored error getting __notes__: " + SafeRepr(ts, PyValue.FromObject(error), "__notes__");
        return PyValue.FromObject(PyList.FromValues([PyValue.FromObject(new PyStr(message))]));
    }

    private static string TypeNameOf(ThreadState ts, PyType type)
    {
        var module = Attr(ts, PyValue.FromObject(type), "__module__");
        var name = type.QualName;
        if (module.AsObject is PyStr s)
        {
            return s.Value is "__main__" or "builtins" ? name : s.Value + "." + name;
        }

        return "<unknown>." + name;
    }

    private static List<PyBaseException> GroupMembers(ThreadState ts, PyBaseException group)
    {
        var result = new List<PyBaseException>();
        var members = Attr(ts, PyValue.FromObject(group), "exceptions");
        if (members.AsObject is PyTuple t)
        {
            for (var i = 0; i < t.Length; i++)
            {
                if (t[i].AsObject is PyBaseException member)
                {
                    result.Add(member);
                }
            }
        }

        return result;
    }

    /// <summary>The entries of a traceback, cut to <c>sys.tracebacklimit</c> (the last ones kept, as the builtin printer does).</summary>
    private static List<FrameSummary> ExtractStack(PyTraceback? tb, bool builtinLimit)
    {
        var frames = new List<FrameSummary>();
        for (var t = tb; t is not null; t = t.Next)
        {
            frames.Add(FrameSummary.FromTraceback(t));
        }

        if (builtinLimit && TracebackLimit() is { } limit)
        {
            // frames[len - limit:], Python's slice: a limit beyond the length wraps to a negative index.
            var start = frames.Count - limit;
            if (start < 0)
            {
                start = Math.Max(0, frames.Count + start);
            }

            frames.RemoveRange(0, Math.Min(start, frames.Count));
        }

        return frames;
    }

    private static int? TracebackLimit()
    {
        if (Hooks.SysModules is not { } modules
            || !modules.TryGetStr(PyStr.Intern("sys"), out var sys)
            || sys.AsObject is not PyModule module
            || !module.Dict.TryGetStr(PyStr.Intern("tracebacklimit"), out var limit))
        {
            return null;
        }

        if (limit.IsInt64 || limit.IsBool)
        {
            return (int)Math.Clamp(limit.AsInt64, 0, int.MaxValue);
        }

        return limit.AsObject is PyBigInt b ? (b.Value.Sign < 0 ? 0 : int.MaxValue) : null;
    }
}
