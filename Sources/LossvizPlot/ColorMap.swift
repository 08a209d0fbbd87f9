/// A colour map: 256 sRGB entries sampled by a fraction `t` in 0...1, linearly
/// interpolated between neighbouring entries.
///
/// The perceptually uniform maps (viridis, magma, inferno, plasma) are
/// matplotlib's tables by Smith, van der Walt and Firing (CC0); `rdBu` is
/// ColorBrewer's diverging red-white-blue (Cynthia Brewer, Apache-2.0), and
/// `blueRed` the same reversed (negative blue, positive red) for signed fields.
public struct ColorMap: Hashable, Sendable {
    public let name: String
    /// Flattened `r, g, b` triples, 256 of them.
    let table: [Double]

    init(name: String, table: [Double]) {
        self.name = name
        self.table = table
    }

    /// Magnitudes: dark purple to yellow (matplotlib's default).
    public static let viridis = ColorMap(name: "viridis", table: ColorMapTables.viridis)
    /// Magnitudes: black through purple and orange to pale yellow.
    public static let magma = ColorMap(name: "magma", table: ColorMapTables.magma)
    /// Magnitudes: black through red to pale yellow.
    public static let inferno = ColorMap(name: "inferno", table: ColorMapTables.inferno)
    /// Magnitudes: blue through magenta to yellow.
    public static let plasma = ColorMap(name: "plasma", table: ColorMapTables.plasma)
    /// Diverging: red (low) - white - blue (high), matplotlib's `RdBu`.
    public static let rdBu = ColorMap(name: "RdBu", table: ColorMapTables.rdBu)
    /// Diverging: blue (low / negative) - white - red (high / positive), `RdBu_r`;
    /// the default for signed fields with a symmetric norm.
    public static let blueRed = rdBu.reversed()

    /// The map by its matplotlib name (`viridis`, `magma`, `inferno`, `plasma`,
    /// `RdBu`, `RdBu_r`), nil if unknown.
    public static func named(_ name: String) -> ColorMap? {
        [viridis, magma, inferno, plasma, rdBu, blueRed].first { $0.name == name }
    }

    /// Number of table entries.
    public var count: Int { table.count / 3 }

    /// The map run backwards, named with matplotlib's `_r` suffix.
    public func reversed() -> ColorMap {
        var t: [Double] = []
        t.reserveCapacity(table.count)
        for k in stride(from: count - 1, through: 0, by: -1) { t += table[3 * k..<3 * k + 3] }
        let newName = name.hasSuffix("_r") ? String(name.dropLast(2)) : name + "_r"
        return ColorMap(name: newName, table: t)
    }

    /// The `index`-th table entry.
    public func entry(_ index: Int) -> Color {
        let k = min(max(index, 0), count - 1)
        return Color(red: table[3 * k], green: table[3 * k + 1], blue: table[3 * k + 2])
    }

    /// The colour at fraction `t` (clamped to 0...1): position `t (N - 1)` in
    /// the table, linearly interpolated between the two nearest entries.
    /// Non-finite `t` gives a transparent colour (matplotlib's "bad" colour).
    public func color(at t: Double) -> Color {
        guard t.isFinite else { return .clear }
        let u = min(max(t, 0), 1) * Double(count - 1)
        let k = min(Int(u), count - 2)
        let f = u - Double(k)
        let a = 3 * k, b = 3 * k + 3
        return Color(red: table[a] + f * (table[b] - table[a]),
                     green: table[a + 1] + f * (table[b + 1] - table[a + 1]),
                     blue: table[a + 2] + f * (table[b + 2] - table[a + 2]))
    }

    /// A lookup table of `size` opaque `0xAARRGGBB` colours at `t = k / (size - 1)`,
    /// for fast colouring of many values (heatmaps).
    public func lookupTable(size: Int = 1024) -> [UInt32] {
        let n = max(size, 2)
        return (0..<n).map { color(at: Double($0) / Double(n - 1)).argb32 }
    }
}
