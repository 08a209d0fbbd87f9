@testable import LossvizFigures
import LossvizPlot
import LossvizSweep
import Testing

/// How the error chart keeps overlapping curves apart and scales its linear axis.
@Suite struct SimulationErrorChartTests {
    static let schedule = StepSchedule.diou(iterations: 4)

    @Test func aCurveUnderAnOverlappingLaterOneIsAWideBand() {
        let chart = SimulationErrorChart(curves: [
            .init(loss: "iou", error: [6e6, 5.9e6, 5.9e6, 5.9e6], label: "IoU"),
            .init(loss: "diou", error: [6e6, 1e6, 4e5, 4e5], label: "DIoU"),
            .init(loss: "ciou", error: [6e6, 0.95e6, 4.1e5, 3.9e5], label: "CIoU"),
        ], schedule: Self.schedule, iterations: 4)
        #expect(chart.widths == [1.8, 4.2, 1.8])
        var axes = Axes()
        chart.draw(on: &axes, scale: .linear)
        let lines = axes.marks.compactMap { if case let .line(l) = $0 { l } else { nil } }
        // Drawn in legend order, so CIoU's line lies on DIoU's translucent band; values in units of 10⁶.
        #expect(lines.map(\.label) == ["IoU", "DIoU", "CIoU"])
        #expect(lines[1].style.color?.alpha ?? 1 < 1 && lines[1].style.width > lines[2].style.width)
        #expect(lines[0].y == [6, 5.9, 5.9, 5.9])
        #expect(axes.yLabel == "total $\\ell_1$ error $E_t$ ($\\times 10^{6}$)")
        var log = Axes()
        chart.draw(on: &log, scale: .log)
        #expect(log.yLabel == "total $\\ell_1$ error $E_t$")
        #expect(MathText.problem(in: axes.yLabel ?? "") == nil)
    }

    @Test func overlapNeedsMostIterationsClose() {
        #expect(SimulationErrorChart.overlap([1, 2, 3, 4], [1.05, 2.1, 3.2, 9]))
        #expect(!SimulationErrorChart.overlap([1, 2, 3, 4], [1.05, 3, 5, 9]))
        #expect(!SimulationErrorChart.overlap([], []))
    }
}
