namespace ProtoPython.PerfTool.Results;

/// <summary>Summary statistics of one benchmark's measured values.</summary>
public sealed record Summary(int Count, double Median, double Mean, double StdDev, double Min, double Max)
{
    public static Summary Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("no values", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        var mean = sorted.Average();
        var variance = sorted.Length > 1 ? sorted.Sum(v => (v - mean) * (v - mean)) / (sorted.Length - 1) : 0;
        return new Summary(sorted.Length, median, mean, Math.Sqrt(variance), sorted[0], sorted[^1]);
    }

    /// <summary>True when the [min, max] ranges of the two sets of runs overlap: the difference may be noise.</summary>
    public bool Overlaps(Summary other) => Min <= other.Max && other.Min <= Max;

    /// <summary>
    /// True when the difference of means is significant: the runs do not overlap, or with at least
    /// three runs each, Welch's t statistic exceeds 3 (about p &lt; 0.01 for our run counts).
    /// A single run says nothing about noise, so it is never significant.
    /// </summary>
    public bool DiffersSignificantly(Summary other)
    {
        if (Count < 2 || other.Count < 2)
        {
            return false;
        }

        if (!Overlaps(other))
        {
            return true;
        }

        if (Count < 3 || other.Count < 3)
        {
            return false;
        }

        var se = Math.Sqrt(StdDev * StdDev / Count + other.StdDev * other.StdDev / other.Count);
        return se > 0 && Math.Abs(Mean - other.Mean) / se > 3.0;
    }
}

public static class Stats
{
    /// <summary>The geometric mean, the right average of ratios.</summary>
    public static double GeometricMean(IReadOnlyCollection<double> ratios) =>
        ratios.Count == 0 ? double.NaN : Math.Exp(ratios.Sum(Math.Log) / ratios.Count);

    /// <summary>"2.31x faster" when <paramref name="ratio"/> = reference time / subject time &gt; 1, else "1.20x slower".</summary>
    public static string DescribeSpeedup(double ratio)
    {
        if (double.IsNaN(ratio) || ratio <= 0)
        {
            return "-";
        }

        return ratio >= 1 ? $"{ratio:0.00}x faster" : $"{1 / ratio:0.00}x slower";
    }
}
