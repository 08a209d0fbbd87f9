import Foundation
import LossvizLosses
import LossvizSweep
import LossvizTestSupport
import Testing
@testable import LossvizFigures

/// `shape-fields` on a reduced grid (21 x 21, 6 x 7 arrows, fast in debug): the
/// grid values are the library's, every loss is zero at the target's shape, and
/// the penalty row shows CIoU's valley and EIoU's single minimum.
@Suite struct ShapeFieldsFigureTests {
    static let panels: Result<FieldPanels, any Error> = Result { try ShapeFieldsFigure.panels(resolution: 21, arrowsPerAxis: 6) }
    static let target = ShapeFieldsFigure.target
    static let centre = 10 * 21 + 10

    /// Grid values against direct evaluation of the same boxes: area `s wₜhₜ`,
    /// `w/h = a`, centred on the target (1e-12).
    @Test func gridValuesAreTheLibrarys() throws {
        let panels = try Self.panels.get()
        let losses = try LossFieldsFigure.configuredLosses()
        for (loss, field) in zip(losses, panels.fields) {
            for (i, j) in [(0, 0), (3, 17), (10, 10), (14, 6), (20, 20)] {
                let s = field.x.values[i], a = field.y.values[j]
                let area = s * Self.target.w * Self.target.h
                let prediction = Box(cx: Self.target.cx, cy: Self.target.cy, w: (area * a).squareRoot(), h: (area / a).squareRoot())
                let direct = loss.evaluate(prediction: prediction, target: Self.target.box)
                #expect(field.value[j * 21 + i].isApproximatelyEqual(to: direct.value, absoluteTolerance: 1e-12), "\(loss.name) at s = \(s), a = \(a)")
            }
        }
    }

    /// The grid's centre node is the target's shape `(1, wₜ/hₜ)`; every loss is
    /// smallest there and zero up to the `eps = 1e-7` added to the union (2e-7).
    @Test func everyLossIsZeroAtTheTargetShape() throws {
        let panels = try Self.panels.get()
        let first = try #require(panels.fields.first)
        #expect(first.x.values[10].isApproximatelyEqual(to: 1, absoluteTolerance: 1e-12))
        #expect(first.y.values[10].isApproximatelyEqual(to: Self.target.w / Self.target.h, absoluteTolerance: 1e-12))
        for field in panels.fields {
            #expect(abs(field.value[Self.centre]) < 2e-7, "\(field.loss) is \(field.value[Self.centre]) at the target")
            let minimum = try #require(panels.minimum(field))
            #expect(minimum.x.isApproximatelyEqual(to: 1, absoluteTolerance: 1e-12) && minimum.y.isApproximatelyEqual(to: 2, absoluteTolerance: 1e-12), "\(field.loss) minimum at \(minimum)")
        }
    }

    /// CIoU − IoU (= `αv` with the centres equal) is zero along the whole line
    /// `w/h = wₜ/hₜ` and positive off it, and has no derivative along the scale:
    /// a valley, not a minimum. EIoU − IoU is zero only at the target.
    @Test func ciouPenaltyIsAValleyAndEIoUsAMinimum() throws {
        let panels = try Self.panels.get()
        let ciou = try panels.difference("ciou", minus: "iou")
        for i in 0..<21 {
            #expect(abs(ciou.value[10 * 21 + i]) < 1e-12, "αv off zero on the line at column \(i)")
            #expect(ciou.value[3 * 21 + i] > 1e-6 && ciou.value[17 * 21 + i] > 1e-6)
        }
        #expect(ciou.derivative.alongX.allSatisfy { abs($0) < 1e-12 })
        // Above the line the aspect derivative is positive (descent points back down), below negative.
        #expect(ciou.derivative.alongY[17 * 21 + 5] > 0 && ciou.derivative.alongY[3 * 21 + 5] < 0)

        let eiou = try panels.difference("eiou", minus: "iou")
        for (k, v) in eiou.value.enumerated() where k != Self.centre {
            #expect(v > 1e-6, "EIoU − IoU vanishes at point \(k)")
        }
        #expect(abs(eiou.value[Self.centre]) < 1e-12)
        #expect(throws: FieldPanelsError.notAmongFields("focal-eiou", fields: LossFieldsFigure.losses)) {
            try panels.difference("focal-eiou", minus: "iou")
        }
    }

    /// IoU has no derivative along the aspect where one box contains the other
    /// (`aₜ/s < a < aₜ s` for `s > 1`): it cannot correct the aspect there.
    @Test func iouIsAspectBlindInsideTheContainmentWedge() throws {
        let panels = try Self.panels.get()
        let iou = try #require(panels.fields.first { $0.loss == "iou" })
        let aspect = Self.target.w / Self.target.h
        var checked = 0
        for j in 0..<21 {
            for i in 11..<21 {
                let s = iou.x.values[i], a = iou.y.values[j]
                guard a > aspect / s * 1.01, a < aspect * s / 1.01 else { continue }
                #expect(abs(iou.autograd.alongY[j * 21 + i]) < 1e-12)
                #expect(iou.autograd.alongX[j * 21 + i] > 0)
                checked += 1
            }
        }
        #expect(checked > 20)
    }

    /// The arrow sub-grid has one more row than columns so no arrow sits on the
    /// kink diagonals `a = aₜ s` and `a = aₜ / s` (with 6 columns and 7 rows the
    /// nearest is 0.5/7 octave away).
    @Test func arrowsAvoidTheKinkDiagonals() throws {
        let panels = try Self.panels.get()
        let arrows = try #require(panels.arrowFields.first)
        #expect(arrows.x.values.count == 6 && arrows.y.values.count == 7)
        let aspect = Self.target.w / Self.target.h
        for s in arrows.x.values {
            for a in arrows.y.values {
                #expect(abs(log2(a / (aspect * s))) > 0.07 && abs(log2(a * s / aspect)) > 0.07)
            }
        }
    }

    /// The `--data` JSON has the documented keys, with the penalty panels under `differences`.
    @Test func dataHasTheDocumentedKeys() throws {
        let panels = try Self.panels.get()
        let differences = try ShapeFieldsFigure.penalties.map { try panels.difference($0, minus: "iou") }
        let product = FigureProduct(figure: panels.figure(differences: differences),
                                    data: FieldPanelsNumbers(panels, differences: differences))
        let document = try #require(JSONSerialization.jsonObject(with: FigureData.json(of: product, figure: "shape-fields"))
            as? [String: Any])
        #expect(Set(document.keys) == ["over", "target", "gradient", "x_name", "y_name", "x", "y",
                                       "color_limits", "contour_levels", "losses", "differences"])
        #expect(document["x_name"] as? String == "scale")
        let penalties = try #require(document["differences"] as? [String: [String: Any]])
        #expect(Set(penalties.keys) == ["ciou-iou", "eiou-iou", "siou-iou"])
        #expect(product.figure.panels.count == LossFieldsFigure.losses.count + 3)
    }
}
