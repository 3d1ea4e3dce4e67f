namespace DocIngest.Web.Ui;

/// <summary>One bar: its label under the axis, its value (null: no data) and the text shown above it and on hover.</summary>
public sealed record ChartBar(string Label, double? Value, string ValueText);

/// <summary>A horizontal grid line at a value, with its label on the axis.</summary>
public sealed record ChartTick(double Value, string Label);

/// <summary>
/// A bar chart on a fixed scale (ITA scores, 0–100), as data: the partial <c>Shared/_BarChart</c> draws it as SVG,
/// so the geometry is computed here once and the markup is Razor's (encoded, no string building).
/// </summary>
public sealed class BarChart(string title, IReadOnlyList<ChartBar> bars, IReadOnlyList<ChartTick> ticks, double maximum)
{
    /// <summary>Drawing area in SVG units: the plot starts at <see cref="Left"/> and stands on <see cref="Baseline"/>.</summary>
    public const double Width = 620, Height = 240, Left = 40, PlotWidth = 560, Baseline = 200, PlotHeight = 180, LabelY = 218;

    public string Title { get; } = title;
    public IReadOnlyList<ChartBar> Bars { get; } = bars;
    public IReadOnlyList<ChartTick> Ticks { get; } = ticks;

    /// <summary>The y of a value on the scale (values beyond it are drawn at its edge).</summary>
    public double Y(double value) => Baseline - PlotHeight * Math.Clamp(value / maximum, 0, 1);

    private double Step => PlotWidth / Math.Max(1, Bars.Count);

    /// <summary>The bar's width: six tenths of its slot, the rest is the gap between bars.</summary>
    public double BarWidth => Step * 0.6;

    /// <summary>The left edge of the i-th bar.</summary>
    public double X(int i) => Left + i * Step + Step * 0.2;

    /// <summary>The centre of the i-th bar (where its labels stand).</summary>
    public double Centre(int i) => X(i) + BarWidth / 2;

    /// <summary>The bar's height (0 without data).</summary>
    public double BarHeight(ChartBar bar) => bar.Value is { } v ? Baseline - Y(v) : 0;

    /// <summary>A coordinate as SVG writes it (invariant, one decimal).</summary>
    public static string F(double v) => v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
