import Plot

/// Colours for one loss drawn at several values of a parameter (`gamma`,
/// `beta`, `p`, `q`): viridis sampled evenly from its dark end up to 0.85, so
/// the order of the colours follows the order of the parameter and the
/// lightest one still reads on white. The loss's own colour
/// (`LineStyle.loss`) stays reserved for telling losses apart.
enum ParameterFamilyColors {
    /// `count` colours, darkest first (`count = 1` gives the darkest).
    static func colors(count: Int) -> [Color] {
        guard count > 1 else { return [ColorMap.viridis.color(at: 0)] }
        return (0..<count).map { ColorMap.viridis.color(at: 0.85 * Double($0) / Double(count - 1)) }
    }
}
