import LossvizLosses
import LossvizPlot
import LossvizSweep
import LossvizTestSupport
import Testing
@testable import LossvizFigures

/// The panel builder behind `loss-fields`, `shape-fields` and `lossviz field --output`.
@Suite struct FieldPanelsTests {
    static let target = CentreFormBox(cx: 3, cy: -2, w: 1, h: 1)

    static func losses(_ names: [String]) throws -> [ConfiguredBoxLoss] {
        try names.map { try LossCatalogue.boxLoss($0) }
    }

    /// With the prediction the target's size, every IoU-family field is zero at
    /// zero offset, up to the `eps = 1e-7` added to the union (`1 − 1/(1 + eps)`): 2e-7.
    @Test func everyFieldIsZeroAtTheTarget() throws {
        let names = ["iou", "giou", "diou", "ciou", "eiou", "siou", "wiou", "shape-iou", "mpdiou", "alpha-iou"]
        let axis = try SweepAxis.linear(from: -2, to: 2, count: 9)
        let panels = try FieldPanels(losses: Self.losses(names), target: Self.target,
                                     layout: .offset(width: 1, height: 1), x: axis, y: axis, overlay: .none)
        for field in panels.fields {
            #expect(abs(field.value[4 * 9 + 4]) < 2e-7, "\(field.loss) is \(field.value[4 * 9 + 4]) at the target")
        }
        #expect(panels.arrowFields.isEmpty)
    }

    /// One colour scale for all panels: every heatmap has the shared limits, which
    /// span all fields; one colour bar, whose ticks are the contour levels.
    @Test func panelsShareOneColourScale() throws {
        let axis = try SweepAxis.linear(from: -3, to: 3, count: 21)
        let panels = try FieldPanels(losses: Self.losses(["iou", "giou", "diou", "ciou"]), target: Self.target,
                                     layout: .offset(width: 2, height: 1), x: axis, y: axis, arrowsPerAxis: 4)
        let upper = panels.fields.flatMap(\.value).max() ?? 0
        #expect(panels.colorLimits.lowerBound == 0)
        #expect(panels.colorLimits.upperBound.isApproximatelyEqual(to: upper, absoluteTolerance: 1e-15))
        #expect(panels.contourLevels.allSatisfy { $0 > 0 && $0 < upper })
        let figure = panels.figure(title: panels.title)
        #expect(figure.rows == 2 && figure.columns == 2 && figure.panels.count == 4)
        var heatmaps = 0
        for axes in figure.panels {
            for case let .heatmap(heatmap) in axes.marks {
                #expect(heatmap.colorScale.limits == panels.colorLimits)
                heatmaps += 1
            }
        }
        #expect(heatmaps == 4)
        let bars = figure.panels.compactMap(\.colorBar)
        #expect(bars.count == 1)
        #expect(bars.first?.ticks == panels.contourLevels)
        #expect(figure.panels.map(\.title) == ["IoU", "GIoU", "DIoU", "CIoU"])
    }

    /// Streamlines replace the arrows, on the full grid; the reference convention
    /// draws the reference gradient.
    @Test func streamlinesAndReferenceGradient() throws {
        let axis = try SweepAxis.linear(from: -2, to: 2, count: 11)
        let panels = try FieldPanels(losses: Self.losses(["giou"]), target: Self.target,
                                     layout: .offset(width: 1, height: 1), x: axis, y: axis,
                                     convention: .reference, overlay: .streamlines)
        let field = try #require(panels.fields.first)
        let reference = try #require(field.reference)
        let d = panels.descent(field)
        #expect(zip(d.u, reference.alongX).allSatisfy { abs($0 + $1) < 1e-15 || abs($1) <= FieldPanels.zeroGradient })
        let marks = panels.figure().panels[0].marks
        #expect(marks.contains { if case .streamlines = $0 { return true } else { return false } })
        #expect(!marks.contains { if case .quiver = $0 { return true } else { return false } })
        #expect(panels.title.contains("streamlines") && panels.title.contains("reference"))
    }

    @Test func badRequestsAreNamed() throws {
        let axis = try SweepAxis.linear(from: -1, to: 1, count: 5)
        #expect(throws: FieldPanelsError.noLosses) {
            try FieldPanels(losses: [], target: Self.target, layout: .offset(width: 1, height: 1), x: axis, y: axis)
        }
        #expect(throws: FieldPanelsError.noReferenceGradient(loss: "siou")) {
            try FieldPanels(losses: Self.losses(["giou", "siou"]), target: Self.target,
                            layout: .offset(width: 1, height: 1), x: axis, y: axis, convention: .reference)
        }
        #expect(throws: FieldPanelsError.tooFewArrows(1)) {
            try FieldPanels(losses: Self.losses(["giou"]), target: Self.target,
                            layout: .offset(width: 1, height: 1), x: axis, y: axis, arrowsPerAxis: 1)
        }
        #expect(throws: FieldPanelsError.sweep(.parameterOutOfDomain(parameter: "scale", value: -1))) {
            try FieldPanels(losses: Self.losses(["giou"]), target: Self.target, layout: .scaleAspect, x: axis, y: axis)
        }
        let field = try BoxLossField(loss: LossCatalogue.boxLoss("diou"), target: Self.target,
                                     layout: .offset(width: 1, height: 1), x: axis, y: axis)
        #expect(throws: FieldPanelsError.fieldsDoNotMatch(losses: ["giou"], fields: ["diou"])) {
            try FieldPanels(fields: [field], losses: Self.losses(["giou"]))
        }
        #expect(FieldPanelsError.noReferenceGradient(loss: "siou").description.contains("--gradient autograd"))
    }

}
