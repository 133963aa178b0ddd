using System.Globalization;
using System.Text.Json;
using ProtoPython.Bytecode;
using ProtoPython.Objects;
using ProtoPython.Specializer;

namespace ProtoPython.Runtime.Diagnostics;

/// <summary>
/// What <c>--jit-stats</c> prints when the program ends (docs/internals/specializer.md): executions
/// per instruction, per specializable family the hits, misses, deferred executions and
/// specialization successes and failures, and the object counts (<see cref="ObjectStats"/>).
/// Text for people, JSON for <c>perf/</c>; docs/user/jit-stats.md explains them.
/// </summary>
public static class JitStatsReport
{
    private const int TopInstructions = 40;

    public static void WriteText(TextWriter w)
    {
        var inv = CultureInfo.InvariantCulture;
        var exec = SpecializerStats.Executions;
        long total = 0;
        for (var op = 0; op < 256; op++)
        {
            total += exec[op];
        }

        w.WriteLine("ProtoPython statistics (--jit-stats); specialization " + SpecializerConfig.Mode.ToString().ToLowerInvariant());
        w.WriteLine();
        w.WriteLine(string.Format(inv, "Instructions executed: {0:N0} (top {1}; a miss counts under the specialized and the generic name)", total, TopInstructions));
        w.WriteLine(string.Format(inv, "  {0,-36} {1,14} {2,7} {3,7} {4,7}", "instruction", "count", "self", "cum", "miss"));
        long cumulative = 0;
        foreach (var op in Enumerable.Range(0, 256).Where(o => exec[o] > 0).OrderByDescending(o => exec[o]).Take(TopInstructions))
        {
            cumulative += exec[op];
            var miss = SpecializerStats.Misses[op];
            w.WriteLine(string.Format(inv, "  {0,-36} {1,14:N0} {2,6:F1}% {3,6:F1}% {4,7}", OpcodeInfo.Name((Opcode)op), exec[op],
                100.0 * exec[op] / total, 100.0 * cumulative / total, miss == 0 ? "" : (100.0 * miss / exec[op]).ToString("F1", inv) + "%"));
        }

        w.WriteLine();
        w.WriteLine("Specialization by family:");
        w.WriteLine(string.Format(inv, "  {0,-18} {1,14} {2,12} {3,12} {4,10} {5,10} {6,7}", "family", "hits", "misses", "deferred", "success", "failure", "hit"));
        foreach (var family in Families())
        {
            var (hits, misses) = HitsAndMisses(family);
            var deferred = SpecializerStats.Deferred[(int)family];
            var all = hits + misses + deferred;
            w.WriteLine(string.Format(inv, "  {0,-18} {1,14:N0} {2,12:N0} {3,12:N0} {4,10:N0} {5,10:N0} {6,6:F1}%", OpcodeInfo.Name(family), hits, misses, deferred,
                SpecializerStats.Successes[(int)family], SpecializerStats.Failures[(int)family], all == 0 ? 0 : 100.0 * hits / all));
        }

        WriteFailureReasons(w, inv);
        w.WriteLine();
        w.WriteLine("Object counts:");
        foreach (var (name, count, what) in ObjectCounts())
        {
            w.WriteLine(string.Format(inv, "  {0,-26} {1,14:N0}  {2}", name, count, what));
        }

        w.WriteLine();
        w.WriteLine(string.Format(inv, "Frames pushed: {0:N0}", SpecializerStats.Frames));
        w.WriteLine(EvalLoopLine(inv));
    }

    private const int TopFailureReasons = 25;

    // Why specialization failed, most frequent first (each failure backs its counter off, so
    // counts are attempts, not executions).
    private static void WriteFailureReasons(TextWriter w, IFormatProvider inv)
    {
        KeyValuePair<(int Family, string Reason), long>[] reasons;
        lock (SpecializerStats.FailureReasons)
        {
            reasons = [.. SpecializerStats.FailureReasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key.Reason, StringComparer.Ordinal)];
        }

        if (reasons.Length == 0)
        {
            return;
        }

        w.WriteLine();
        w.WriteLine(string.Format(inv, "Specialization failures by reason (top {0} of {1}):", Math.Min(TopFailureReasons, reasons.Length), reasons.Length));
        w.WriteLine(string.Format(inv, "  {0,-18} {1,10}  {2}", "family", "failures", "reason"));
        foreach (var ((family, reason), count) in reasons.Take(TopFailureReasons))
        {
            w.WriteLine(string.Format(inv, "  {0,-18} {1,10:N0}  {2}", OpcodeInfo.Name((Opcode)family), count, reason));
        }
    }

    // Which copy of the eval loop ran (docs/internals/startup.md); timing-dependent, so text only.
    private static string EvalLoopLine(IFormatProvider inv)
    {
        if (!Interpreter.EvalLoop.StartedPrecompiled)
        {
            return "Eval loop: the JIT-compiled copy from the start";
        }

        var readyAfter = Interpreter.EvalLoop.OptimizedLoopReadyAfterMs;
        return readyAfter < 0
            ? "Eval loop: precompiled throughout (the program ended before the JIT-compiled copy was needed)"
            : string.Format(inv, "Eval loop: precompiled at start-up; JIT-compiled copy ready after {0:N0} ms, {1:N0} running activation(s) moved to it",
                readyAfter, Interpreter.EvalLoop.LoopSwitches);
    }

    public static void WriteJson(string path)
    {
        using var stream = File.Create(path);
        using var j = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        j.WriteStartObject();
        j.WriteString("mode", SpecializerConfig.Mode.ToString().ToLowerInvariant());
        j.WriteStartObject("executions");
        for (var op = 0; op < 256; op++)
        {
            if (SpecializerStats.Executions[op] > 0)
            {
                j.WriteNumber(OpcodeInfo.Name((Opcode)op), SpecializerStats.Executions[op]);
            }
        }

        j.WriteEndObject();
        j.WriteStartObject("families");
        foreach (var family in Families())
        {
            var (hits, misses) = HitsAndMisses(family);
            j.WriteStartObject(OpcodeInfo.Name(family));
            j.WriteNumber("hits", hits);
            j.WriteNumber("misses", misses);
            j.WriteNumber("deferred", SpecializerStats.Deferred[(int)family]);
            j.WriteNumber("success", SpecializerStats.Successes[(int)family]);
            j.WriteNumber("failure", SpecializerStats.Failures[(int)family]);
            j.WriteEndObject();
        }

        j.WriteEndObject();
        j.WriteStartArray("failure_reasons");
        lock (SpecializerStats.FailureReasons)
        {
            foreach (var ((family, reason), count) in SpecializerStats.FailureReasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key.Reason, StringComparer.Ordinal))
            {
                j.WriteStartObject();
                j.WriteString("family", OpcodeInfo.Name((Opcode)family));
                j.WriteString("reason", reason);
                j.WriteNumber("count", count);
                j.WriteEndObject();
            }
        }

        j.WriteEndArray();
        j.WriteNumber("frames", SpecializerStats.Frames);
        j.WriteStartObject("object_counts");
        foreach (var (name, count, _) in ObjectCounts())
        {
            j.WriteNumber(name, count);
        }

        j.WriteEndObject();
        j.WriteEndObject();
    }

    // ObjectStats (src/Objects/ObjectStats.cs), in the order the text table prints them.
    private static (string Name, long Count, string What)[] ObjectCounts() =>
    [
        ("big_int_promotions", ObjectStats.BigIntPromotions, "int64 results that overflowed into a big int"),
        ("list_int64_to_object", ObjectStats.ListInt64ToObject, "int lists that took a non-int (storage boxed)"),
        ("list_float64_to_object", ObjectStats.ListFloat64ToObject, "float lists that took a non-float"),
        ("shape_transitions", ObjectStats.ShapeTransitions, "attributes added to instances (one shape step each)"),
        ("shapes_created", ObjectStats.ShapesCreated, "new shapes (transitions not taken before)"),
        ("shape_to_dict", ObjectStats.ShapeToDict, "instances moved from a shape to a dict"),
        ("type_versions_assigned", ObjectStats.TypeVersionsAssigned, "type version tags handed out"),
        ("type_version_resets", ObjectStats.TypeVersionResets, "type version tags invalidated (a type or a base changed)"),
    ];

    private static IEnumerable<Opcode> Families() =>
        Enumerable.Range(0, 256).Select(o => (Opcode)o).Where(o => OpcodeInfo.IsDefined((int)o) && Quickener.IsAdaptive(o));

    private static (long Hits, long Misses) HitsAndMisses(Opcode family)
    {
        long hits = 0, misses = 0;
        foreach (var member in OpcodeInfo.Specializations(family))
        {
            hits += SpecializerStats.Executions[(int)member] - SpecializerStats.Misses[(int)member];
            misses += SpecializerStats.Misses[(int)member];
        }

        return (hits, misses);
    }
}
