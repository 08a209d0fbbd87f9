import Testing
@testable import LossvizPlot

/// Powers of two as a locator plugged into an axis: the positions follow the
/// limits the axis is drawn with, and read as integers and unit fractions.
@Suite struct PowerOfTwoLocatorTests {
    @Test func valuesAreThePowersOfTwoInTheLimits() {
        #expect(PowerOfTwoLocator.values(from: 0.25, to: 16) == [0.25, 0.5, 1, 2, 4, 8, 16])
        #expect(PowerOfTwoLocator.values(from: 0.3, to: 3) == [0.5, 1, 2])
        // Nine powers are more than 7: every second one, keeping 1.
        #expect(PowerOfTwoLocator.values(from: 1.0 / 64, to: 64) == [1.0 / 64, 1.0 / 16, 0.25, 1, 4, 16, 64])
        #expect(PowerOfTwoLocator.values(from: 0, to: 4).isEmpty && PowerOfTwoLocator.values(from: 4, to: 2).isEmpty)
        #expect([0.125, 1, 8].map(PowerOfTwoLocator.label) == ["1/8", "1", "8"])
    }

    @Test func anAxisWithTheLocatorTicksItsOwnLimits() {
        var axis = Axis()
        axis.scale = .log
        axis.locator = .powersOfTwo
        let canvas = RecordingCanvas()
        for (lower, upper, expected) in [(0.25, 4.0, ["1/4", "1/2", "1", "2", "4"]), (0.7, 9.0, ["1", "2", "4", "8"])] {
            let ticks = AxisTicks.make(axis: axis, lower: lower, upper: upper, length: 300, horizontal: true,
                                       font: Font(), canvas: canvas)
            #expect(ticks.labels == expected, "\(lower)...\(upper)")
            #expect(ticks.major == PowerOfTwoLocator.values(from: lower, to: upper))
        }
    }
}
