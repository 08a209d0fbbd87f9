/// The agreement the oracle tests demand: `|a - b| <= max(absolute, relative |b|)`,
/// with NaN matching NaN and infinities matching equal infinities.
struct Tolerance {
    var relative: Double
    var absolute: Double

    /// 1e-9 relative or 1e-12 absolute, the bar for agreement with the fixture.
    static let oracle = Tolerance(relative: 1e-9, absolute: 1e-12)

    /// How far `actual` is from `expected` in units of the tolerance: at most 1 when they agree.
    func excess(_ actual: Double, _ expected: Double) -> Double {
        if expected.isNaN || actual.isNaN { return expected.isNaN && actual.isNaN ? 0 : .infinity }
        if expected.isInfinite || actual.isInfinite { return expected == actual ? 0 : .infinity }
        return abs(actual - expected) / max(absolute, relative * abs(expected))
    }

    func agrees(_ actual: Double, _ expected: Double) -> Bool { excess(actual, expected) <= 1 }
}
