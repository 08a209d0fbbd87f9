import LossvizLosses
import LossvizPlot
import LossvizSweep
import Testing
@testable import LossvizFigures

/// How field panels are drawn: panel letters, labelled contours that contrast
/// with the colour map, the aspect line above the arrows, and a diverging map
/// for signed differences.
@Suite struct FieldPanelsDrawingTests {
    static let target = CentreFormBox(cx: 0, cy: 0, w: 2, h: 1)

    static func shapePanels(_ names: [String]) throws -> FieldPanels {
        let scales = try SweepAxis.logarithmic(from: 1 / 4, to: 4, count: 21)
        let aspects = try SweepAxis.logarithmic(from: 0.5, to: 8, count: 21)
        return try FieldPanels(losses: names.map { try LossCatalogue.boxLoss($0) }, target: target, layout: .scaleAspect,
                               x: scales, y: aspects, arrowsPerAxis: 4)
    }

    @Test func multiPanelFiguresAreLetteredAndContoursLabelledInContrast() throws {
        let panels = try Self.shapePanels(["iou", "eiou"])
        let figure = panels.figure()
        #expect(figure.panelLetters)
        let scale = ColorScale(map: .viridis, limits: panels.colorLimits).resolved(for: [])
        for axes in figure.panels {
            var levels: [Double] = []
            for case let .contour(contour) in axes.marks {
                #expect(contour.labels)
                guard case let .values(values) = contour.levels, case let .single(color) = contour.coloring else {
                    Issue.record("contour without a single level and colour")
                    continue
                }
                levels += values
                // Dark lines over light colours and light lines over dark ones.
                let background = scale.color(values[0]).luminance
                #expect((color.luminance < 0.5) == (background > 0.4))
            }
            #expect(levels == panels.contourLevels)
        }
        #expect(!(try Self.shapePanels(["iou"])).figure().panelLetters)
    }

    @Test func aspectLineIsDrawnAboveTheArrows() throws {
        let axes = try Self.shapePanels(["ciou"]).figure().panels[0]
        let quiver = try #require(axes.marks.lastIndex { if case .quiver = $0 { true } else { false } })
        let lines = axes.marks.indices.filter { if case .referenceLine = axes.marks[$0] { true } else { false } }
        #expect(lines.count == 2 && lines.allSatisfy { $0 > quiver })
    }

    @Test func signedDifferencesTakeADivergingMapCentredOnZero() throws {
        let panels = try Self.shapePanels(["iou", "giou", "diou"])
        // Centred boxes: DIoU equals IoU, GIoU's loss is at least IoU's, so DIoU − GIoU <= 0 with negatives.
        let signed = try panels.difference("diou", minus: "giou")
        #expect(signed.value.contains { $0 < 0 })
        let figure = panels.figure(differences: [signed], logarithmicDifferences: true)
        let axes = figure.panels[3]
        let heatmap = try #require(axes.marks.lazy.compactMap { if case let .heatmap(h) = $0 { h } else { nil } }.first)
        #expect(heatmap.colorScale.map == .blueRed && heatmap.colorScale.norm == .symmetric)
        let limits = try #require(heatmap.colorScale.limits)
        #expect(limits.lowerBound == -limits.upperBound && limits.upperBound > 0)
        #expect(axes.colorBar != nil)
        // Non-negative differences keep the sequential log scale.
        let positive = try panels.difference("giou", minus: "iou")
        let sequential = panels.figure(differences: [positive], logarithmicDifferences: true).panels[3]
        let h = try #require(sequential.marks.lazy.compactMap { if case let .heatmap(h) = $0 { h } else { nil } }.first)
        #expect(h.colorScale.map == .viridis && h.colorScale.norm == .log)
    }

    /// shape-fields' caption: its differences (the shape penalties of CIoU, EIoU, SIoU) are not negative.
    @Test func shapePenaltiesAreNotNegative() throws {
        let panels = try ShapeFieldsFigure.panels(resolution: 41, arrowsPerAxis: 4)
        for loss in ShapeFieldsFigure.penalties {
            let difference = try panels.difference(loss, minus: "iou")
            #expect(difference.value.allSatisfy { $0 >= -FieldPanels.roundingNoise }, "\(loss)")
        }
    }

    /// Arrows over light colours are black, over dark ones white (two quiver marks).
    @Test func arrowsContrastWithTheColourBeneath() throws {
        let panels = try Self.shapePanels(["eiou"])
        let axes = panels.figure().panels[0]
        let quivers = axes.marks.compactMap { if case let .quiver(q) = $0 { q } else { nil } }
        let scale = ColorScale(map: .viridis, limits: panels.colorLimits).resolved(for: [])
        let field = panels.fields[0]
        var drawn = 0
        for quiver in quivers {
            guard case let .single(color) = quiver.coloring else { continue }
            // Every mark spans all points, so both size their arrows alike; each draws only its own.
            #expect(quiver.x.count == panels.arrowFields[0].value.count)
            let beneath = FieldPanels.nearestValues(at: (quiver.x, quiver.y), on: field, values: field.value)
            for (k, value) in beneath.enumerated() where quiver.u[k] != 0 || quiver.v[k] != 0 {
                #expect(FieldPanels.contrasting(scale.color(value)) == color)
                drawn += 1
            }
        }
        #expect(drawn > panels.arrowFields[0].value.count / 2)
        #expect(Set(quivers.compactMap { if case let .single(c) = $0.coloring { c } else { nil } }).count == 2)
    }
}
