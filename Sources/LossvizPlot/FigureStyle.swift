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
    /// Colour of frames, ticks and text. Marks drawn in neutral greys (black
    /// text, white label boxes) follow it too: see `themed(_:)`.
    public var foreground: Color = .black
    /// Colour of the page.
    public var background: Color = .white
    /// Leave the page unfilled: PNG with an alpha channel, SVG and PDF with no
    /// background rectangle.
    public var transparent = false
    /// The text font family; nil for the canvas's default (DejaVu Sans).
    public var fontFamily: String?
    /// Multiplies the width of every mark's strokes (lines, arrows, contours).
    public var lineWidthScale: Double = 1

    /// matplotlib's defaults.
    public init() {}

    /// A font of this style's family.
    public func font(size: Double, weight: Font.Weight = .regular) -> Font {
        Font(size: size, weight: weight, family: fontFamily)
    }

    /// How much larger than matplotlib's 10 pt the style's text is; marks that
    /// fix their own font size (annotations, legends) are scaled by it.
    public var textScale: Double { fontSize / 10 }

    /// `color` as the theme shows it. Neutral greys (red = green = blue) are
    /// read as mixtures of ink and paper and re-mixed from `foreground` and
    /// `background`: a grey of level v becomes (1 − v)·foreground + v·background,
    /// so black text turns light and white label boxes dark on a dark page.
    /// Hues, and colours marked `fixed()` (ink over heatmaps), are unchanged.
    public func themed(_ color: Color) -> Color {
        guard !color.isFixed, color.red == color.green, color.green == color.blue,
              foreground != .black || background != .white else { return color }
        let v = color.red
        func mix(_ f: Double, _ b: Double) -> Double { (1 - v) * f + v * b }
        return Color(red: mix(foreground.red, background.red), green: mix(foreground.green, background.green),
                     blue: mix(foreground.blue, background.blue), alpha: color.alpha)
    }
}
