import Foundation
import LossvizLosses
import LossvizSweep
import LossvizTestSupport
import Testing
@testable import LossvizFigures

/// `loss-fields` on a reduced grid (41 x 41, 6 x 6 arrows, fast in debug): the
/// grid values are the library's, every loss is smallest at zero offset, IoU has
/// no gradient where the boxes are disjoint, and the data has its documented keys.
@Suite struct LossFieldsFigureTests {
    static let panels: Result<FieldPanels, any Error> = Result { try LossFieldsFigure.panels(resolution: 41, arrowsPerAxis: 6) }

    /// Grid values against direct evaluation of the same boxes (1e-12).
    @Test func gridValuesAreTheLibrarys() throws {
        let panels = try Self.panels.get()
        let losses = try LossFieldsFigure.configuredLosses()
        let target = LossFieldsFigure.target, size = LossFieldsFigure.predictionSize
        for (loss, field) in zip(losses, panels.fields) {
            #expect(field.loss == loss.name)
            for (i, j) in [(0, 0), (7, 30), (20, 20), (25, 18), (40, 3)] {
                let dx = field.x.values[i], dy = field.y.values[j]
                let prediction = Box(cx: target.cx + dx, cy: target.cy + dy, w: size.w, h: size.h)
                let direct = loss.evaluate(prediction: prediction, target: target.box)
                #expect(field.value[j * 41 + i].isApproximatelyEqual(to: direct.value, absoluteTolerance: 1e-12), "\(loss.name) at (\(dx), \(dy))")
                #expect(field.autograd.alongX[j * 41 + i].isApproximatelyEqual(to: direct.gradient.cx, absoluteTolerance: 1e-12), "\(loss.name) d/dx")
                #expect(field.autograd.alongY[j * 41 + i].isApproximatelyEqual(to: direct.gradient.cy, absoluteTolerance: 1e-12), "\(loss.name) d/dy")
            }
        }
    }

    /// Every loss is smallest at zero offset (the grid's centre node), where its
    /// gradient vanishes by symmetry (1e-12). IoU and GIoU are smallest on a whole
    /// plateau: while the wider prediction spans the target in x (`|Δx| < (w − wₜ)/2`),
    /// the intersection, the union and the enclosing box do not change.
    @Test func everyLossIsSmallestAtZeroOffset() throws {
        let panels = try Self.panels.get()
        for field in panels.fields {
            let minimum = try #require(panels.minimum(field))
            #expect(minimum.value.isApproximatelyEqual(to: field.value[20 * 41 + 20], absoluteTolerance: 1e-12), "\(field.loss) minimum at \(minimum)")
            if field.loss == "iou" || field.loss == "giou" {
                #expect(abs(minimum.x) < (LossFieldsFigure.predictionSize.w - LossFieldsFigure.target.w) / 2)
                #expect(abs(minimum.y) < 1e-12)
            } else {
                #expect(abs(minimum.x) < 1e-12 && abs(minimum.y) < 1e-12, "\(field.loss) minimum at \(minimum)")
            }
            #expect(abs(field.autograd.alongX[20 * 41 + 20]) < 1e-12 && abs(field.autograd.alongY[20 * 41 + 20]) < 1e-12,
                    "\(field.loss)")
        }
    }

    /// IoU's gradient is exactly zero wherever the boxes are disjoint, and also where
    /// the prediction spans the target in x while the target spans it in y
    /// (`|Δx| < (w − wₜ)/2`, `|Δy| < (hₜ − h)/2`: the intersection does not change);
    /// elsewhere it is not. The printed share counts exactly those points.
    @Test func iouHasNoGradientWhereTheBoxesAreDisjoint() throws {
        let panels = try Self.panels.get()
        let field = try #require(panels.fields.first { $0.loss == "iou" })
        let size = LossFieldsFigure.predictionSize, target = LossFieldsFigure.target
        var flat = 0
        for j in 0..<41 {
            for i in 0..<41 {
                let dx = abs(field.x.values[i]), dy = abs(field.y.values[j])
                let disjoint = dx > (size.w + target.w) / 2 || dy > (size.h + target.h) / 2
                let contained = dx < (size.w - target.w) / 2 && dy < (target.h - size.h) / 2
                let m = hypot(field.autograd.alongX[j * 41 + i], field.autograd.alongY[j * 41 + i])
                if disjoint || contained {
                    #expect(m == 0, "IoU gradient \(m) at (\(field.x.values[i]), \(field.y.values[j]))")
                    flat += 1
                } else {
                    #expect(m > 1e-6, "IoU gradient vanishes at (\(field.x.values[i]), \(field.y.values[j]))")
                }
            }
        }
        #expect(panels.zeroGradientFraction(field).isApproximatelyEqual(to: Double(flat) / Double(41 * 41), absoluteTolerance: 1e-15))
        // GIoU, by contrast, has a gradient wherever one box does not span the other in x and y.
        let giou = try #require(panels.fields.first { $0.loss == "giou" })
        for k in giou.value.indices where hypot(giou.autograd.alongX[k], giou.autograd.alongY[k]) <= FieldPanels.zeroGradient {
            let dx = abs(giou.x.values[k % 41]), dy = abs(giou.y.values[k / 41])
            #expect(dx < (size.w - target.w) / 2 && dy < (target.h - size.h) / 2, "GIoU flat at (\(dx), \(dy))")
        }
    }

    /// The arrows are `−∇L` at the cell centres of a 6 x 6 partition, none on an axis.
    @Test func arrowsAreTheNegativeGradient() throws {
        let panels = try Self.panels.get()
        let arrows = try #require(panels.arrowFields.first { $0.loss == "diou" })
        #expect(arrows.x.values.count == 6 && arrows.y.values.count == 6)
        #expect(arrows.x.values.allSatisfy { abs($0) > 0.1 })
        let d = panels.descent(arrows)
        let diou = DistanceIoULoss(), target = LossFieldsFigure.target, size = LossFieldsFigure.predictionSize
        for k in [0, 14, 35] {
            let prediction = Box(cx: arrows.x.values[k % 6], cy: arrows.y.values[k / 6], w: size.w, h: size.h)
            let g = diou.evaluate(prediction: prediction, target: target.box).gradient
            #expect(abs(d.u[k] + g.cx) < 1e-12 && abs(d.v[k] + g.cy) < 1e-12)
        }
    }

    /// The `--data` JSON has the documented keys.
    @Test func dataHasTheDocumentedKeys() throws {
        let product = FigureProduct(figure: try Self.panels.get().figure(), data: FieldPanelsNumbers(try Self.panels.get()))
        let json = try FigureData.json(of: product, figure: "loss-fields")
        let document = try #require(JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(Set(document.keys) == ["over", "target", "size", "gradient", "x_name", "y_name", "x", "y",
                                       "color_limits", "contour_levels", "losses"])
        #expect(document["over"] as? String == "offset")
        #expect(document["size"] as? [Double] == [1.5, 0.75])
        let losses = try #require(document["losses"] as? [String: [String: Any]])
        #expect(Set(losses.keys) == Set(LossFieldsFigure.losses))
        let iou = try #require(losses["iou"])
        #expect(Set(iou.keys) == ["value", "arrows", "zero_gradient_fraction", "minimum"])
        #expect((iou["value"] as? [[Double]])?.count == 41)
        #expect(((iou["arrows"] as? [String: [Double]])?["u"])?.count == 36)
    }
}
