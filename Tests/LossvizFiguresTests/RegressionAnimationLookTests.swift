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
}
