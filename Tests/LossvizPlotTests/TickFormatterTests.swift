import Testing
@testable import LossvizPlot

@Suite struct TickFormatterTests {
    let f = TickFormatter()

    @Test func noFloatNoise() {
        #expect(f.linearLabels([0.1, 0.2, 0.30000000000000004]).labels == ["0.1", "0.2", "0.3"])
        #expect(f.linearLabels([0.0, 0.05, 0.1, 0.15000000000000002]).labels == ["0.00", "0.05", "0.10", "0.15"])
    }

    @Test func sameDecimalsOnEveryLabel() {
        #expect(f.linearLabels([0, 0.5, 1, 1.5]).labels == ["0.0", "0.5", "1.0", "1.5"])
        #expect(f.linearLabels([0, 2.5, 5, 7.5]).labels == ["0.0", "2.5", "5.0", "7.5"])
        #expect(f.linearLabels([-2, 0, 2]).labels == ["−2", "0", "2"])
    }

    @Test func minusSignIsU2212AndNoNegativeZero() {
        let labels = f.linearLabels([-1.5, -1e-17, 1.5]).labels
        #expect(labels[0] == "\u{2212}1.5")
        #expect(!labels[1].contains("\u{2212}") && !labels[1].contains("-"))
        #expect(TickFormatter.format(-0.0, decimals: 1) == "0.0")
    }

    @Test func scientificMultiplierOutsidePowerLimits() {
        let big = f.linearLabels([0, 1e6, 2e6, 3e6])
        #expect(big.labels == ["0", "1", "2", "3"])
        #expect(big.multiplier == "×10⁶")
        let small = f.linearLabels([0, 1e-5, 2e-5])
        #expect(small.multiplier == "×10⁻⁵")
        #expect(small.labels == ["0", "1", "2"])
        // Inside the limits: plain decimals.
        #expect(f.linearLabels([0, 0.0005, 0.001]).multiplier == "")
        #expect(f.linearLabels([0, 0.0005, 0.001]).labels == ["0.0000", "0.0005", "0.0010"])
        #expect(f.linearLabels([0, 500_000]).labels == ["0", "500000"])
    }

    @Test func offsetRangeKeepsDigits() {
        #expect(f.linearLabels([1000.01, 1000.015, 1000.02]).labels == ["1000.010", "1000.015", "1000.020"])
    }

    @Test func compactAndDecades() {
        #expect(TickFormatter.compact(0.30000000000000004) == "0.3")
        #expect(TickFormatter.compact(-1.25) == "\u{2212}1.25")
        #expect(TickFormatter.compact(1234.5678) == "1235")
        #expect(TickFormatter.compact(2.5e-7) == "2.5×10⁻⁷")
        #expect(TickFormatter.decade(-3) == "10⁻³")
        #expect(TickFormatter.decade(0) == "10⁰")
        #expect(TickFormatter.decade(12) == "10¹²")
    }
}
