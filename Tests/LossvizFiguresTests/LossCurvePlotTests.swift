@testable import LossvizFigures
import LossvizLosses
import LossvizPlot
import LossvizSweep
import Testing

/// The drawing of `lossviz curve`: panels, shared loss colours, and y limits
/// that a near-singular derivative cannot flatten.
@Suite struct LossCurvePlotTests {
    func report(_ names: [String], range: ClosedRange<Double> = -3...3) throws -> CurveReport {
        let losses = try names.map { name in try LossCatalogue.make(name) }
        let axis = try SweepAxis.linear(from: range.lowerBound, to: range.upperBound, count: 121)
        let box = CentreFormBox(cx: 0, cy: 0, w: 1, h: 1)
        return try CurveReport(losses: losses, axis: axis, logarithmic: false,
                               box: .init(parameter: .offsetX, base: box, target: box))
    }

    @Test func derivativeAddsASecondPanelWithTheLegend() throws {
        let r = try report(["l1", "smooth-l1"])
        let single = LossCurvePlot.figure(r, derivative: false)
        let double = LossCurvePlot.figure(r, derivative: true)
        #expect(single.panels.count == 1 && double.panels.count == 2)
        #expect(double.panels[1].legend?.position == .outsideRight)
        #expect(double.panels[0].xLabel == "residual x")
    }

    @Test func eachLossIsDrawnInItsSharedColour() throws {
        let figure = LossCurvePlot.figure(try report(["iou", "giou"]), derivative: false)
        let colors = figure.panels[0].marks.compactMap { mark -> Color? in
            if case let .line(line) = mark { return line.style.color }
            return nil
        }
        #expect(colors == [LossStyle.named("iou")?.color, LossStyle.named("giou")?.color])
    }

    @Test func robustLimitsIgnoreAFewHugeValues() throws {
        // 200 values in [-1, 1] and two near-singular ones: the limits hug the bulk.
        let bulk = (0..<200).map { Double($0) / 100 - 1 }
        let limits = try #require(LossCurvePlot.robustLimits(bulk + [1000, -1000]))
        #expect(limits.lowerBound > -1.3 && limits.upperBound < 1.3)
        // Ordinary data keeps automatic limits.
        #expect(LossCurvePlot.robustLimits(bulk) == nil)
        #expect(LossCurvePlot.robustLimits([1, 2, .infinity]) == nil)
    }
}
