import LossvizPlot

/// Colours for one loss drawn at several values of a parameter (`gamma`,
/// `beta`, `p`, `q`): a perceptually uniform map (viridis unless a reference
/// loss on the same panel has a viridis-like colour) sampled evenly from its
/// dark end up to 0.85, so the order of the colours follows the order of the
/// parameter and the lightest one still reads on white. The loss's own colour
/// (`LineStyle.loss`) stays reserved for telling losses apart.
enum ParameterFamilyColors {
    /// `count` colours of `map`, darkest first (`count = 1` gives the darkest).
    static func colors(count: Int, map: ColorMap = .viridis) -> [Color] {
        guard count > 1 else { return [map.color(at: 0)] }
        return (0..<count).map { map.color(at: 0.85 * Double($0) / Double(count - 1)) }
    }
}
