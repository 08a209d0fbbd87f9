/// A look for a whole figure, applied over the recipe's own style: `paper`
/// (matplotlib's defaults, for journals), `slides` (text 1.4 times larger,
/// lines 1.5 times wider, for a projector at the back of a room) and `dark`
/// (light ink on a near-black page, for dark slide decks and web pages).
public enum FigureTheme: String, CaseIterable, Sendable {
    case paper, slides, dark

    /// The page colour of the dark theme: a near-black grey, as dark slide
    /// templates use, so that pure-black marks stay distinguishable from it.
    public static let darkBackground = Color(gray: 0.11)
    /// The ink of the dark theme: a light grey, softer than white on a dark page.
    public static let darkForeground = Color(gray: 0.9)

    /// `style` with this theme's changes: sizes are scaled and colours set, so
    /// a recipe's own adjustments (a larger title, say) survive.
    public func apply(to style: FigureStyle) -> FigureStyle {
        var s = style
        switch self {
        case .paper:
            break
        case .slides:
            let k = 1.4
            s.fontSize *= k
            s.titleSize *= k
            s.figureTitleSize *= k
            s.panelLetterSize *= k
            s.captionSize *= k
            s.contourLabelSize *= k
            s.spineWidth *= 1.5
            s.tickWidth *= 1.5
            s.tickLength *= k
            s.minorTickLength *= k
            s.tickPad *= k
            s.labelPad *= k
            s.titlePad *= k
            s.gridWidth *= 1.5
            s.lineWidthScale *= 1.5
        case .dark:
            s.foreground = Self.darkForeground
            s.background = Self.darkBackground
            s.gridColor = Color(gray: 1, alpha: 0.18)
        }
        return s
    }
}
