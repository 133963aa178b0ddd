using System.Globalization;
using System.Text;

namespace ProtoPython.PerfTool.Results;

/// <summary>
/// The difference of the <c>--jit-stats</c> counts of two suites (what <c>compare</c> prints after
/// the timings): per family the hits, misses, deferred executions and specialization successes and
/// failures summed over the workloads both carry; per workload the instructions executed, the
/// family totals and the frames; and the instructions whose counts moved most. The counts are
/// deterministic, so every difference is a change (marked <c>*</c>), never noise.
/// </summary>
public static class JitStatsDiff
{
    private const int TopInstructions = 10;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The workloads both suites have statistics for, in the base suite's order.</summary>
    public static List<string> CommonWorkloads(PerfSuite baseSuite, PerfSuite newSuite) =>
        baseSuite.JitStats.Keys.Where(newSuite.JitStats.ContainsKey)
            .OrderBy(w => baseSuite.Benchmarks.FindIndex(b => b.Name == w) is var i && i < 0 ? int.MaxValue : i)
            .ThenBy(w => w, StringComparer.Ordinal).ToList();

    /// <summary>The workloads whose statistics differ in any count (or mode).</summary>
    public static List<string> ChangedWorkloads(PerfSuite baseSuite, PerfSuite newSuite) =>
        CommonWorkloads(baseSuite, newSuite).Where(w => !Same(baseSuite.JitStats[w], newSuite.JitStats[w])).ToList();

    public static bool Same(JitStats a, JitStats b) => System.Text.Json.Nodes.JsonNode.DeepEquals(a.Json, b.Json);

    /// <summary>The report; empty when either suite has no statistics.</summary>
    public static string Render(PerfSuite baseSuite, PerfSuite newSuite)
    {
        var workloads = CommonWorkloads(baseSuite, newSuite);
        if (baseSuite.JitStats.Count == 0 || newSuite.JitStats.Count == 0)
        {
            return "";
        }

        var sb = new StringBuilder();
        var changed = ChangedWorkloads(baseSuite, newSuite);
        sb.AppendLine();
        sb.AppendLine($"JIT statistics (--jit-stats), {newSuite.Label} - {baseSuite.Label}, over the {workloads.Count} workloads both carry");
        sb.AppendLine("(deterministic counts: a difference is a change in what the interpreter did, not noise; * marks it)");
        AppendOnlyIn(sb, baseSuite, newSuite);
        if (workloads.Count == 0)
        {
            return sb.ToString();
        }

        var modes = workloads.Select(w => (baseSuite.JitStats[w].Mode, newSuite.JitStats[w].Mode)).Distinct().ToList();
        if (modes.Any(m => m.Item1 != m.Item2))
        {
            sb.AppendLine($"Specialization modes differ: {string.Join(", ", modes.Select(m => $"{m.Item1} -> {m.Item2}"))}");
        }

        AppendFamilies(sb, workloads.Select(w => baseSuite.JitStats[w]).ToList(), workloads.Select(w => newSuite.JitStats[w]).ToList());
        AppendWorkloads(sb, workloads, baseSuite, newSuite, changed);
        AppendInstructions(sb, workloads.Select(w => baseSuite.JitStats[w]).ToList(), workloads.Select(w => newSuite.JitStats[w]).ToList());
        sb.AppendLine(changed.Count == 0
            ? $"No change in the JIT statistics of {workloads.Count} workloads."
            : $"JIT statistics changed in {changed.Count} of {workloads.Count} workloads: {string.Join(", ", changed)}");
        return sb.ToString();
    }

    private static void AppendOnlyIn(StringBuilder sb, PerfSuite a, PerfSuite b)
    {
        var onlyA = a.JitStats.Keys.Where(k => !b.JitStats.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var onlyB = b.JitStats.Keys.Where(k => !a.JitStats.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        if (onlyA.Count > 0)
        {
            sb.AppendLine($"Statistics only in {a.Label}: {string.Join(", ", onlyA)}");
        }

        if (onlyB.Count > 0)
        {
            sb.AppendLine($"Statistics only in {b.Label}: {string.Join(", ", onlyB)}");
        }
    }

    private static void AppendFamilies(StringBuilder sb, List<JitStats> a, List<JitStats> b)
    {
        var sumA = SumFamilies(a);
        var sumB = SumFamilies(b);
        sb.AppendLine();
        sb.AppendLine(string.Format(Inv, "{0,-24} {1,12} {2,12} {3,12} {4,10} {5,10}   {6}", "family (sum)", "hits", "misses", "deferred", "success", "failure", "hit rate"));
        foreach (var family in sumA.Keys.Union(sumB.Keys).Order(StringComparer.Ordinal))
        {
            var x = sumA.GetValueOrDefault(family);
            var y = sumB.GetValueOrDefault(family);
            if (x == default && y == default)
            {
                continue;
            }

            var cells = Enumerable.Range(0, FamilyCounts.Names.Length).Select(i => Delta(y[i] - x[i])).ToArray();
            sb.AppendLine(string.Format(Inv, "{0,-24} {1,12} {2,12} {3,12} {4,10} {5,10}   {6}{7}", family, cells[0], cells[1], cells[2], cells[3], cells[4],
                x == y ? HitRate(x) : $"{HitRate(x)} -> {HitRate(y)}", x == y ? "" : "  *"));
        }
    }

    private static void AppendWorkloads(StringBuilder sb, List<string> workloads, PerfSuite a, PerfSuite b, List<string> changed)
    {
        sb.AppendLine();
        sb.AppendLine(string.Format(Inv, "{0,-16} {1,15} {2,15} {3,9} {4,12} {5,12} {6,12} {7,10}", "workload", "instructions", "new", "change", "hits", "misses", "deferred", "frames"));
        foreach (var w in workloads)
        {
            var (x, y) = (a.JitStats[w], b.JitStats[w]);
            var (tx, ty) = (x.Total, y.Total);
            sb.AppendLine(string.Format(Inv, "{0,-16} {1,15:N0} {2,15:N0} {3,9} {4,12} {5,12} {6,12} {7,10}{8}", w, x.Instructions, y.Instructions,
                Percent(x.Instructions, y.Instructions), Delta(ty.Hits - tx.Hits), Delta(ty.Misses - tx.Misses), Delta(ty.Deferred - tx.Deferred),
                Delta(y.Frames - x.Frames), changed.Contains(w) ? "  *" : ""));
        }
    }

    private static void AppendInstructions(StringBuilder sb, List<JitStats> a, List<JitStats> b)
    {
        var sumA = SumExecutions(a);
        var sumB = SumExecutions(b);
        var moved = sumA.Keys.Union(sumB.Keys)
            .Select(op => (Op: op, Base: sumA.GetValueOrDefault(op), New: sumB.GetValueOrDefault(op)))
            .Where(t => t.Base != t.New).OrderByDescending(t => Math.Abs(t.New - t.Base)).ThenBy(t => t.Op, StringComparer.Ordinal).Take(TopInstructions).ToList();
        if (moved.Count == 0)
        {
            sb.AppendLine();
            return;
        }

        sb.AppendLine();
        sb.AppendLine(string.Format(Inv, "{0,-40} {1,15} {2,15} {3,14}", $"instructions that moved most (top {TopInstructions})", "base", "new", "difference"));
        foreach (var (op, x, y) in moved)
        {
            sb.AppendLine(string.Format(Inv, "{0,-40} {1,15:N0} {2,15:N0} {3,14}", op, x, y, Delta(y - x)));
        }

        sb.AppendLine();
    }

    private static Dictionary<string, FamilyCounts> SumFamilies(List<JitStats> all)
    {
        var sum = new Dictionary<string, FamilyCounts>(StringComparer.Ordinal);
        foreach (var (family, counts) in all.SelectMany(s => s.Families))
        {
            sum[family] = sum.GetValueOrDefault(family) + counts;
        }

        return sum;
    }

    private static Dictionary<string, long> SumExecutions(List<JitStats> all)
    {
        var sum = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (op, count) in all.SelectMany(s => s.Executions))
        {
            sum[op] = sum.GetValueOrDefault(op) + count;
        }

        return sum;
    }

    private static string HitRate(FamilyCounts c)
    {
        var all = c.Hits + c.Misses + c.Deferred;
        return all == 0 ? "-" : (100.0 * c.Hits / all).ToString("F1", Inv) + "%";
    }

    private static string Delta(long d) => d == 0 ? "0" : d.ToString("+#,0;-#,0", Inv);

    private static string Percent(long x, long y)
    {
        if (x == y || x == 0)
        {
            return x == y ? "0" : "new";
        }

        var p = 100.0 * (y - x) / x;
        return Math.Abs(p) < 0.005 ? (p > 0 ? "+<0.01%" : "-<0.01%") : p.ToString("+0.00;-0.00", Inv) + "%";
    }
}
