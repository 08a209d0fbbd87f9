import Foundation
@testable import LossvizFigures
import LossvizLosses
import LossvizPlot
import LossvizSweep
import Testing

/// The animations draw boxes in `BoxColors` and label the error in typeset math.
@Suite struct RegressionAnimationLookTests {
    @Test func anchorAndTargetInBoxColorsAndMathLabels() throws {
        let animation = RegressionAnimation(
            runs: [.init(loss: .diou(DistanceIoULoss()), convention: .autograd)],
            anchor: CentreFormBox(cx: 3, cy: 2, w: 1, h: 2), target: CentreFormBox(cx: 0, cy: 0, w: 1, h: 1), iterations: 4)
        let frame = try #require(try animation.frames().last)
        #expect(frame.panelLetters)
        let strokes = frame.panels[0].marks.compactMap { mark -> (Color?, DashPattern)? in
            if case let .rectangle(r) = mark { return (r.stroke, r.dash) } else { return nil }
        }
        #expect(strokes.first?.0 == BoxColors.target)
        #expect(strokes.contains { $0.0 == BoxColors.prediction && $0.1 == .dashDot })
        #expect(!strokes.contains { $0.0 == .black })
        let chart = frame.panels[1]
        for label in [chart.title, chart.xLabel, chart.yLabel].compactMap({ $0 }) {
            #expect(MathText.problem(in: label) == nil, "\(label)")
        }
        #expect(chart.title == "error $\\|B - B_t\\|_1$" && chart.yLabel == "$\\ell_1$ error")
    }

    /// The legend takes the corner the whole run's curves cross least, the same in every frame.
    @Test func legendTakesTheCornerTheCurvesLeaveFree() {
        let steps = 0...100
        // Both errors fall fast to 0: the bottom is taken, the upper right is free.
        let fast = steps.map { 8 * exp(-Double($0) / 5) }
        #expect(RegressionAnimation.legendCorner(errors: [fast, fast.map { $0 * 0.9 }], ceiling: 8.4) == .upperRight)
        // One error stays high, one falls slowly to about 5: only the lower left is free.
        let high = steps.map { 7.8 - 0.002 * Double($0) }, slow = steps.map { 7.8 - 0.025 * Double($0) }
        #expect(RegressionAnimation.legendCorner(errors: [high, slow], ceiling: 8.2) == .lowerLeft)
    }
}
