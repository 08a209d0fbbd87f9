import LossvizTestSupport
import Testing
@testable import LossvizPlot

/// Colour maps against matplotlib's tables (entries copied exactly; tolerance 1e-12).
@Suite struct ColorMapTests {
    func close(_ c: Color, _ r: Double, _ g: Double, _ b: Double, _ tol: Double = 1e-12) -> Bool {
        c.red.isApproximatelyEqual(to: r, absoluteTolerance: tol) && c.green.isApproximatelyEqual(to: g, absoluteTolerance: tol)
            && c.blue.isApproximatelyEqual(to: b, absoluteTolerance: tol)
    }

    @Test func firstAndLastEntriesMatchMatplotlib() {
        #expect(close(ColorMap.viridis.entry(0), 0.267004, 0.004874, 0.329415))
        #expect(close(ColorMap.viridis.entry(255), 0.993248, 0.906157, 0.143936))
        #expect(close(ColorMap.magma.entry(0), 0.001462, 0.000466, 0.013866))
        #expect(close(ColorMap.magma.entry(255), 0.987053, 0.991438, 0.749504))
        #expect(close(ColorMap.inferno.entry(0), 0.001462, 0.000466, 0.013866))
        #expect(close(ColorMap.inferno.entry(255), 0.988362, 0.998364, 0.644924))
        #expect(close(ColorMap.plasma.entry(0), 0.050383, 0.029803, 0.527975))
        #expect(close(ColorMap.plasma.entry(255), 0.940015, 0.975158, 0.131326))
        // RdBu: ColorBrewer's darkest red to darkest blue.
        #expect(close(ColorMap.rdBu.entry(0), 0x67 / 255.0, 0x00 / 255.0, 0x1f / 255.0))
        #expect(close(ColorMap.rdBu.entry(255), 0x05 / 255.0, 0x30 / 255.0, 0x61 / 255.0))
        #expect(ColorMap.viridis.count == 256 && ColorMap.rdBu.count == 256)
    }

    @Test func endsAndInterpolation() {
        let m = ColorMap.viridis
        #expect(m.color(at: 0) == m.entry(0))
        #expect(m.color(at: 1) == m.entry(255))
        #expect(m.color(at: -3) == m.entry(0))
        #expect(m.color(at: 7) == m.entry(255))
        // Halfway between entries 100 and 101 is their mean.
        let mid = m.color(at: 100.5 / 255)
        let a = m.entry(100), b = m.entry(101)
        #expect(close(mid, (a.red + b.red) / 2, (a.green + b.green) / 2, (a.blue + b.blue) / 2, 1e-12))
        #expect(m.color(at: .nan).alpha == 0)
    }

    @Test func reversedAndDiverging() {
        #expect(ColorMap.blueRed.entry(0) == ColorMap.rdBu.entry(255))
        #expect(ColorMap.blueRed.name == "RdBu_r")
        #expect(ColorMap.named("magma") == .magma)
        // The diverging map is near white in the middle.
        let centre = ColorMap.blueRed.color(at: 0.5)
        #expect(centre.red > 0.9 && centre.green > 0.9 && centre.blue > 0.9)
    }

    @Test func norms() {
        let sym = ColorScale(map: .blueRed, norm: .symmetric).resolved(for: [-1, 3])
        #expect(sym.lower == -3 && sym.upper == 3)
        #expect(sym.fraction(0).isApproximatelyEqual(to: 0.5, absoluteTolerance: 1e-15))
        let log = ColorScale(norm: .log).resolved(for: [-1, 0, 0.01, 1, 100])
        #expect(log.lower.isApproximatelyEqual(to: 0.01, absoluteTolerance: 1e-15) && log.upper.isApproximatelyEqual(to: 100, absoluteTolerance: 1e-12))
        #expect(log.fraction(1).isApproximatelyEqual(to: 0.5, absoluteTolerance: 1e-12))
        #expect(log.fraction(0).isNaN)
        let lin = ColorScale(limits: 0...10).resolved(for: [100])
        #expect(lin.fraction(2.5).isApproximatelyEqual(to: 0.25, absoluteTolerance: 1e-15))
        let constant = ColorScale().resolved(for: [2, 2])
        #expect(constant.upper > constant.lower)
    }
}
