using System.Globalization;
using System.Security;
using System.Text;

namespace ProtoPython.PerfTool.History;

/// <summary>A named line of a chart; null points are gaps (a failed or missing measurement).</summary>
public sealed record Series(string Name, IReadOnlyList<double?> Points);

/// <summary>
/// Hand-written SVG charts (no script, no library) so the report opens from disk in any browser
/// and can be committed: a line chart over history entries and a horizontal bar chart of ratios.
/// </summary>
public static class SvgChart
{
    private static readonly string[] s_palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];

    private const int Width = 520, Height = 260, Left = 60, Right = 16, Top = 34, Bottom = 48;

    public static string Line(string title, IReadOnlyList<string> xLabels, IReadOnlyList<Series> series, string yLabel, double? referenceLine = null, bool fromZero = false)
    {
        var sb = Begin(title, Width, Height);
        var values = series.SelectMany(s => s.Points).Where(p => p is not null).Select(p => p!.Value).ToList();
        if (values.Count == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"{Height / 2}\" text-anchor=\"middle\" fill=\"#888\">no data</text>");
            return End(sb);
        }

        if (referenceLine is { } rl)
        {
            values.Add(rl);
        }

        if (fromZero)
        {
            values.Add(0);
        }

        var (lo, hi, step) = NiceRange(values.Min(), values.Max());
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        double X(int i) => Left + (xLabels.Count == 1 ? plotW / 2.0 : plotW * i / (double)(xLabels.Count - 1));
        double Y(double v) => Top + plotH * (1 - (v - lo) / (hi - lo));

        Axes(sb, lo, hi, step, Y, yLabel, plotW);
        for (var i = 0; i < xLabels.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i):0.#}\" y=\"{Height - Bottom + 16}\" font-size=\"10\" text-anchor=\"middle\">{Esc(xLabels[i])}</text>");
        }

        if (referenceLine is { } r)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(r):0.#}\" y2=\"{Y(r):0.#}\" stroke=\"#444\" stroke-dasharray=\"4 3\"/>");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var color = s_palette[s % s_palette.Length];
            var path = new StringBuilder();
            for (var i = 0; i < series[s].Points.Count; i++)
            {
                if (series[s].Points[i] is not { } v)
                {
                    continue;
                }

                path.Append(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(v):0.#} ");
                sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(i):0.#}\" cy=\"{Y(v):0.#}\" r=\"3.5\" fill=\"{color}\"><title>{Esc(series[s].Name)} {Esc(xLabels[i])}: {v:0.###}</title></circle>");
            }

            sb.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{path.ToString().TrimEnd()}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left + 8 + s * 130}\" y=\"{Height - 18}\" width=\"10\" height=\"10\" fill=\"{color}\"/><text x=\"{Left + 22 + s * 130}\" y=\"{Height - 9}\" font-size=\"11\">{Esc(series[s].Name)}</text>");
        }

        return End(sb);
    }

    /// <summary>Bars on a log2 scale around 1.0: right of the line = the subject is faster.</summary>
    public static string RatioBars(string title, IReadOnlyList<(string Label, double Ratio)> bars)
    {
        const int rowH = 20;
        var height = Top + Bottom - 14 + Math.Max(1, bars.Count) * rowH;
        var sb = Begin(title, Width, height);
        if (bars.Count == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"{Top + 14}\" text-anchor=\"middle\" fill=\"#888\">no data</text>");
            return End(sb);
        }

        var labelW = 110;
        var plotW = Width - labelW - Right - 70;
        var extent = Math.Max(1.0, Math.Ceiling(bars.Max(b => Math.Abs(Math.Log2(b.Ratio)))));
        double X(double ratio) => labelW + plotW * (0.5 + Math.Log2(ratio) / (2 * extent));
        var x1 = X(1);
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, ratio) = bars[i];
            var y = Top + i * rowH;
            var x = X(ratio);
            var color = ratio >= 1 ? "#2ca02c" : "#d62728";
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelW - 6}\" y=\"{y + 14}\" font-size=\"11\" text-anchor=\"end\">{Esc(label)}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Math.Min(x, x1):0.#}\" y=\"{y + 3}\" width=\"{Math.Max(1, Math.Abs(x - x1)):0.#}\" height=\"{rowH - 6}\" fill=\"{color}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Math.Max(x, x1) + 4:0.#}\" y=\"{y + 14}\" font-size=\"10\">{Esc(Results.Stats.DescribeSpeedup(ratio))}</text>");
        }

        var bottom = Top + bars.Count * rowH;
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1:0.#}\" x2=\"{x1:0.#}\" y1=\"{Top - 4}\" y2=\"{bottom + 4}\" stroke=\"#444\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelW}\" y=\"{bottom + 20}\" font-size=\"10\">{Math.Pow(2, extent):0.#}x slower</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelW + plotW}\" y=\"{bottom + 20}\" font-size=\"10\" text-anchor=\"end\">{Math.Pow(2, extent):0.#}x faster</text>");
        return End(sb);
    }

    private static void Axes(StringBuilder sb, double lo, double hi, double step, Func<double, double> y, string yLabel, int plotW)
    {
        for (var v = lo; v <= hi + step / 2; v += step)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Left + plotW}\" y1=\"{y(v):0.#}\" y2=\"{y(v):0.#}\" stroke=\"#e4e4e4\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y(v) + 4:0.#}\" font-size=\"10\" text-anchor=\"end\">{Math.Round(v, 6):0.###}</text>");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<text transform=\"translate(14 {Top + (Height - Top - Bottom) / 2}) rotate(-90)\" font-size=\"11\" text-anchor=\"middle\">{Esc(yLabel)}</text>");
    }

    /// <summary>An axis range on round ticks (1, 2 or 5 times a power of ten, about five of them) covering [min, max].</summary>
    internal static (double Lo, double Hi, double Step) NiceRange(double min, double max)
    {
        if (min == max)
        {
            (min, max) = min == 0 ? (0, 1) : (min * 0.9, max * 1.1);
            if (min > max)
            {
                (min, max) = (max, min);
            }
        }

        var raw = (max - min) / 4;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = raw / power <= 1 ? power : raw / power <= 2 ? 2 * power : raw / power <= 5 ? 5 * power : 10 * power;
        var lo = Math.Floor(min / step) * step;
        var hi = Math.Ceiling(max / step) * step;
        if (hi - max < step * 0.05)
        {
            hi += step;
        }

        return (lo, hi, step);
    }

    private static StringBuilder Begin(string title, int width, int height)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\">");
        sb.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/><text x=\"{width / 2}\" y=\"20\" font-size=\"14\" font-weight=\"bold\" text-anchor=\"middle\">{Esc(title)}</text>");
        return sb;
    }

    private static string End(StringBuilder sb) => sb.Append("</svg>").ToString();

    private static string Esc(string s) => SecurityElement.Escape(s) ?? "";
}
