/// Sizes of the figure furniture in points, matplotlib's defaults unless noted
/// (`rcParams`: font.size 10, axes.titlesize "large" = 12, axes.linewidth 0.8,
/// xtick.major.size 3.5, xtick.major.pad 3.5, axes.labelpad 4, axes.titlepad 6,
/// grid.linewidth 0.8, legend.fontsize 10).
public struct FigureStyle: Hashable, Sendable {
    /// Tick labels, axis labels, legend entries, annotations.
    public var fontSize: Double = 10
    /// Panel titles.
    public var titleSize: Double = 12
    /// The figure title (matplotlib's `figure.titlesize` "large").
    public var figureTitleSize: Double = 12
    /// Panel letters "(a)", "(b)", set in bold.
    public var panelLetterSize: Double = 12
    /// The caption line under the figure.
    public var captionSize: Double = 9
    /// Contour level labels (matplotlib's `clabel` default is the font size;
    /// 8 pt keeps them from crowding the lines).
    public var contourLabelSize: Double = 8
    /// Width of the panel frame (matplotlib's spines).
    public var spineWidth: Double = 0.8
    /// Length of major ticks.
    public var tickLength: Double = 3.5
    /// Length of minor ticks (log axes).
    public var minorTickLength: Double = 2
    /// Width of the tick lines.
    public var tickWidth: Double = 0.8
    /// Gap between a tick and its label.
    public var tickPad: Double = 3.5
    /// Gap between tick labels and the axis label.
    public var labelPad: Double = 4
    /// Gap between the axes and the title.
    public var titlePad: Double = 6
    /// Blank border around the whole figure (matplotlib's constrained layout
    /// uses 3 pt; a little more keeps PDF viewers from cropping ink).
    public var figurePad: Double = 5
    /// Minimum gap between neighbouring panels' decorations.
    public var panelGap: Double = 10
    /// Grid lines: matplotlib's `grid.color` at half opacity.
    public var gridColor: Color = Color.gridGray.withAlpha(0.5)
    /// Width of the grid lines.
    public var gridWidth: Double = 0.8
    /// Colour of frames, ticks and text.
    public var foreground: Color = .black
    /// Colour of the page.
    public var background: Color = .white

    /// matplotlib's defaults.
    public init() {}
}
