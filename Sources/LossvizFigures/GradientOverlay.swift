/// How a field panel shows the negative gradient `−∇L` over its heatmap.
public enum GradientOverlay: String, CaseIterable, Sendable {
    /// Arrows of equal length on a coarse sub-grid: direction only (the contour
    /// spacing shows the magnitude); points where the gradient vanishes get no arrow.
    case arrows
    /// Streamlines of `−∇L` (matplotlib's `streamplot` rule): the paths gradient
    /// descent with small steps would follow; they stop where the gradient vanishes.
    case streamlines
    /// Heatmap and contours only.
    case none
}
