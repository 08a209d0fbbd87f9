import LossvizPlot

/// The colours of target and prediction boxes, the same in every figure and
/// apart from every loss colour: the target dark grey and lightly filled (a
/// neutral, so a dark theme turns it light), the prediction ultramarine, at
/// least 40 CIELAB ΔE76 from every loss colour of both palettes with normal
/// vision and under simulated deuteranopia and protanopia. (The papers draw
/// the target green and the prediction red, but those are DIoU's and CIoU's
/// colours here.)
enum BoxColors {
    /// The target's outline.
    static let target = Color(gray: 0.3)
    /// The target's fill.
    static let targetFill = Color(gray: 0.5, alpha: 0.25)
    /// The prediction's (and an anchor's) outline.
    static let prediction = Color(hex: 0x3F00FF)
}
