using System.Globalization;
using ProtoPython.Objects;

namespace ProtoPython.Runtime.Errors;

/// <summary>
/// Formats an exception with its traceback exactly as CPython 3.14 prints an uncaught one
/// (<c>traceback._print_exception_bltin</c>, no colors): chained causes and contexts, entries with
/// PEP 657 markers, folded recursion, exception groups drawn as nested boxes, notes, SyntaxError's
/// caret line and "Did you mean" hints.
/// </summary>
public static class TracebackPrinter
{
    private const string CauseMessage = "\nThe above exception was the direct cause of the following exception:\n\n";
    private const string ContextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n";

    /// <summary>The full report, ending with a newline.</summary>
    public static string Format(ThreadState ts, PyBaseException exc) => string.Concat(FormatChunks(ts, exc));

    /// <summary>The report in the pieces <c>TracebackException.format</c> yields (each written by one <c>write</c> call).</summary>
    public static List<string> FormatChunks(ThreadState ts, PyBaseException exc)
    {
        var saved = ts.FetchError();
        var report = ExceptionReport.Capture(ts, exc);
        var output = new List<string>();
        FormatReport(ts, report, new PrintContext(), output);
        ts.ClearError();
        if (saved is not null)
        {
            ts.SetError(saved);
        }

        return output;
    }

    /// <summary>The exception part only: "TypeName: message" (or SyntaxError's lines) and the notes, without the final newline.</summary>
    public static string FormatExceptionOnly(ThreadState ts, PyBaseException exc)
    {
        var report = ExceptionReport.Capture(ts, exc);
        var text = string.Concat(ExceptionOnly(ts, report, 0));
        return text.EndsWith('\n') ? text[..^1] : text;
    }

    private static void FormatReport(ThreadState ts, ExceptionReport top, PrintContext ctx, List<string> output)
    {
        var chain = new List<(string? Message, ExceptionReport Report)>();
        for (var r = top; r is not null;)
        {
            if (r.Cause is not null)
            {
                chain.Add((CauseMessage, r));
                r = r.Cause;
            }
            else if (r.Context is not null && !r.SuppressContext)
            {
                chain.Add((ContextMessage, r));
                r = r.Context;
            }
            else
            {
                chain.Add((null, r));
                r = null;
            }
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var report = chain[i].Report;

            // The message of entry i says how its exception follows the one printed just before.
            if (chain[i].Message is { } message)
            {
                ctx.Emit(output, message);
            }

            if (report.Exceptions is null)
            {
                if (report.Stack.Count > 0)
                {
                    ctx.Emit(output, "Traceback (most recent call last):\n");
                    ctx.EmitAll(output, StackFormatter.Format(report.Stack));
                }

                ctx.EmitAll(output, ExceptionOnly(ts, report, 0));
            }
            else if (ctx.Depth > ExceptionReport.MaxGroupDepth)
            {
                ctx.Emit(output, "... (max_group_depth is " + ExceptionReport.MaxGroupDepth.ToString(CultureInfo.InvariantCulture) + ")\n");
            }
            else
            {
                FormatGroup(ts, report, ctx, output);
            }
        }
    }

    private static void FormatGroup(ThreadState ts, ExceptionReport report, PrintContext ctx, List<string> output)
    {
        var isTopLevel = ctx.Depth == 0;
        if (isTopLevel)
        {
            ctx.Depth++;
        }

        if (report.Stack.Count > 0)
        {
            ctx.Emit(output, "Exception Group Traceback (most recent call last):\n", isTopLevel ? '+' : '|');
            ctx.EmitAll(output, StackFormatter.Format(report.Stack));
        }

        ctx.EmitAll(output, ExceptionOnly(ts, report, 0));
        var members = report.Exceptions!;
        var shown = members.Count <= ExceptionReport.MaxGroupWidth ? members.Count : ExceptionReport.MaxGroupWidth + 1;
        ctx.NeedClose = false;
        for (var i = 0; i < shown; i++)
        {
            var last = i == shown - 1;
            if (last)
            {
                // A nested group printed below may draw the closing line itself.
                ctx.NeedClose = true;
            }

            var truncated = i >= ExceptionReport.MaxGroupWidth;
            var title = truncated ? "..." : (i + 1).ToString(CultureInfo.InvariantCulture);
            output.Add(ctx.Indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n");
            ctx.Depth++;
            if (!truncated)
            {
                FormatReport(ts, members[i], ctx, output);
            }
            else
            {
                var remaining = members.Count - ExceptionReport.MaxGroupWidth;
                ctx.Emit(output, "and " + remaining.ToString(CultureInfo.InvariantCulture) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }

            if (last && ctx.NeedClose)
            {
                output.Add(ctx.Indent() + "+------------------------------------\n");
                ctx.NeedClose = false;
            }

            ctx.Depth--;
        }

        if (isTopLevel)
        {
            ctx.Depth = 0;
        }
    }

    /// <summary><c>TracebackException.format_exception_only</c> (without show_group).</summary>
    private static List<string> ExceptionOnly(ThreadState ts, ExceptionReport report, int depth)
    {
        var indent = new string(' ', 3 * depth);
        var result = new List<string>();
        if (report.Syntax is { } syntax)
        {
            foreach (var line in syntax.Format(ts, report.TypeName))
            {
                result.Add(indent + line);
            }
        }
        else
        {
            var final = report.Str.Length == 0 ? report.TypeName : report.TypeName + ": " + report.Str;
            if (depth > 0)
            {
                foreach (var line in final.Split('\n'))
                {
                    result.Add(indent + line + "\n");
                }
            }
            else
            {
                result.Add(final + "\n");
            }
        }

        AddNotes(ts, report.Notes, indent, result);
        return result;
    }

    private static void AddNotes(ThreadState ts, PyValue notes, string indent, List<string> result)
    {
        if (notes.IsNull || notes.IsNone)
        {
            return;
        }

        if (!IsSequence(notes))
        {
            result.Add(indent + ExceptionReport.SafeRepr(ts, notes, "__notes__") + "\n");
            return;
        }

        var it = PyOps.GetIter(ts, notes);
        if (it.IsError)
        {
            ts.ClearError();
            return;
        }

        while (PyOps.Next(ts, it, out var note) > 0)
        {
            foreach (var line in ExceptionReport.SafeStr(ts, note, "note").Split('\n'))
            {
                result.Add(indent + line + "\n");
            }
        }

        ts.ClearError();
    }

    /// <summary>isinstance(v, collections.abc.Sequence) and not str/bytes, for the types that can occur here.</summary>
    private static bool IsSequence(PyValue v)
    {
        var type = v.Type;
        if (type.IsSubtypeOf(PyType.List) || type.IsSubtypeOf(PyType.Tuple) || type.IsSubtypeOf(PyType.Range))
        {
            return true;
        }

        foreach (var t in type.Mro)
        {
            // Classes deriving from collections.abc.Sequence (registration is not seen).
            if (t.Name is "Sequence" or "MutableSequence" && t.FullName.StartsWith("collections.abc.", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The group nesting state (<c>traceback._ExceptionPrintContext</c>).</summary>
    private sealed class PrintContext
    {
        public int Depth { get; set; }

        public bool NeedClose { get; set; }

        public string Indent() => new(' ', 2 * Depth);

        public void Emit(List<string> output, string text, char margin = '|')
        {
            var prefix = Indent();
            if (Depth > 0)
            {
                prefix += margin + " ";
            }

            output.Add(TracebackText.IndentAll(text, prefix));
        }

        public void EmitAll(List<string> output, List<string> texts)
        {
            foreach (var text in texts)
            {
                Emit(output, text);
            }
        }
    }
}
