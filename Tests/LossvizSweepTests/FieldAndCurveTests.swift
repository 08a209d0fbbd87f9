import LossvizLosses
import LossvizTestSupport
import Testing
@testable import LossvizSweep

@Suite("Loss fields and curves")
struct FieldAndCurveTests {
    let target = CentreFormBox(cx: 10, cy: 10, w: 1, h: 1.5)

    @Test func offsetFieldValuesAndReference() throws {
        let loss = try LossCatalogue.boxLoss("ciou")
        let axis = try SweepAxis.linear(from: -2, to: 2, count: 9)
        let field = try BoxLossField(loss: loss, target: target, layout: .offset(width: 1, height: 1.5),
                                     x: axis, y: axis, threads: 2)
        #expect(field.value.count == 81)
        // Centre point: prediction equals the target.
        #expect(abs(field.value[4 * 9 + 4]) < 1e-6)
        // Point (i, j) = (7, 2): dx = 1.5, dy = -1.
        let box = CentreFormBox(cx: 11.5, cy: 9, w: 1, h: 1.5)
        let direct = loss.evaluate(prediction: box.box, target: target.box)
        #expect(field.value[2 * 9 + 7].isApproximatelyEqual(to: direct.value, absoluteTolerance: 1e-15))
        #expect(field.autograd.alongX[2 * 9 + 7].isApproximatelyEqual(to: direct.gradient.cx, absoluteTolerance: 1e-15))
        #expect(field.autograd.alongY[2 * 9 + 7].isApproximatelyEqual(to: direct.gradient.cy, absoluteTolerance: 1e-15))
        let reference = try #require(field.reference)
        let ascent = referenceAscent(.ciou, prediction: box.box, target: target.box)
        #expect(abs(reference.cx[2 * 9 + 7] + ascent.cx) < 1e-12)
        #expect(abs(reference.h[2 * 9 + 7] + ascent.h) < 1e-12)
    }

    @Test func noReferenceForOtherLosses() throws {
        let axis = try SweepAxis.linear(from: -1, to: 1, count: 3)
        let field = try BoxLossField(loss: LossCatalogue.boxLoss("eiou"), target: target,
                                     layout: .offset(width: 1, height: 1), x: axis, y: axis)
        #expect(field.reference == nil)
    }

    /// The derivative along the scale and aspect axes is the chain rule of the
    /// centre-form gradient: checked against central differences of the value (1e-6).
    @Test func scaleAspectChainRule() throws {
        let loss = try LossCatalogue.boxLoss("diou")
        let scales = try SweepAxis.logarithmic(from: 0.25, to: 4, count: 5)
        let aspects = try SweepAxis.logarithmic(from: 0.2, to: 5, count: 5)
        let field = try BoxLossField(loss: loss, target: target, layout: .scaleAspect, x: scales, y: aspects)
        #expect(scales.values[2].isApproximatelyEqual(to: 1, absoluteTolerance: 1e-15))
        func value(_ s: Double, _ a: Double) -> Double {
            let point = FieldLayout.scaleAspect.prediction(u: s, v: a, target: target)
            return loss.evaluate(prediction: point.box.box, target: target.box).value
        }
        let step = 1e-6
        for (i, j) in [(1, 3), (3, 1), (4, 0)] {
            let s = scales.values[i], a = aspects.values[j]
            let dS = (value(s + step, a) - value(s - step, a)) / (2 * step)
            let dA = (value(s, a + step) - value(s, a - step)) / (2 * step)
            #expect(field.autograd.alongX[j * 5 + i].isApproximatelyEqual(to: dS, absoluteTolerance: 1e-6))
            #expect(field.autograd.alongY[j * 5 + i].isApproximatelyEqual(to: dA, absoluteTolerance: 1e-6))
        }
    }

    @Test func fieldsAreDeterministic() throws {
        let axis = try SweepAxis.linear(from: -2, to: 2, count: 17)
        let one = try BoxLossField(loss: LossCatalogue.boxLoss("giou"), target: target,
                                   layout: .offset(width: 2, height: 1), x: axis, y: axis, threads: 1)
        let two = try BoxLossField(loss: LossCatalogue.boxLoss("giou"), target: target,
                                   layout: .offset(width: 2, height: 1), x: axis, y: axis, threads: 2)
        #expect(one.value.map(\.bitPattern) == two.value.map(\.bitPattern))
        #expect(one.reference?.alongX.map(\.bitPattern) == two.reference?.alongX.map(\.bitPattern))
    }

    @Test func badFieldInputs() throws {
        let axis = try SweepAxis.linear(from: -1, to: 1, count: 3)
        #expect(throws: SweepError.parameterOutOfDomain(parameter: "scale", value: -1)) {
            try BoxLossField(loss: LossCatalogue.boxLoss("iou"), target: target, layout: .scaleAspect, x: axis, y: axis)
        }
        #expect(throws: SweepError.self) {
            try BoxLossField(loss: LossCatalogue.boxLoss("iou"), target: CentreFormBox(cx: 0, cy: 0, w: 0, h: 1),
                             layout: .offset(width: 1, height: 1), x: axis, y: axis)
        }
        #expect(throws: SweepError.badRange(lower: 2, upper: 1)) { try SweepAxis.linear(from: 2, to: 1, count: 3) }
        #expect(throws: SweepError.badRange(lower: -1e308, upper: 1e308)) { try SweepAxis.linear(from: -1e308, to: 1e308, count: 11) }
        #expect(throws: SweepError.nonPositiveLogRange(lower: 0, upper: 1)) {
            try SweepAxis.logarithmic(from: 0, to: 1, count: 3)
        }
    }

    /// Every parameter's derivative matches central differences of the value (1e-6).
    @Test(arguments: BoxSweepParameter.allCases)
    func boxCurveDerivatives(parameter: BoxSweepParameter) throws {
        let loss = try LossCatalogue.boxLoss("giou")
        let base = CentreFormBox(cx: 10.3, cy: 9.6, w: 1.4, h: 0.9)
        let values = parameter.needsPositiveValues ? [0.6, 1.3, 2.1] : [-1.7, 0.35, 0.9]
        let curve = try BoxLossCurve(loss: loss, parameter: parameter, values: SweepAxis(values: values),
                                     base: base, target: target)
        #expect(curve.referenceDerivative?.count == 3)
        let step = 1e-6
        for (k, t) in values.enumerated() {
            func value(_ t: Double) -> Double {
                loss.evaluate(prediction: parameter.prediction(at: t, base: base, target: target).box.box,
                              target: target.box).value
            }
            let numeric = (value(t + step) - value(t - step)) / (2 * step)
            #expect(curve.derivative[k].isApproximatelyEqual(to: numeric, absoluteTolerance: 1e-6), "\(parameter) at \(t)")
        }
    }

    /// The IoU loss is flat once the boxes are disjoint; GIoU keeps a slope (docs/figures.md `iou-vs-giou`).
    @Test func iouFlatGIoUNot() throws {
        let axis = SweepAxis(values: [2.5])
        let base = CentreFormBox(cx: 10, cy: 10, w: 1, h: 1.5)
        let iou = try BoxLossCurve(loss: LossCatalogue.boxLoss("iou"), parameter: .offsetX, values: axis,
                                   base: base, target: target)
        let giou = try BoxLossCurve(loss: LossCatalogue.boxLoss("giou"), parameter: .offsetX, values: axis,
                                    base: base, target: target)
        #expect(iou.derivative[0].isZero)
        #expect(giou.derivative[0] > 0)
    }

    @Test func scalarCurves() throws {
        let x = try SweepAxis.linear(from: -2, to: 2, count: 5)
        guard case let .elementWise(l1) = try LossCatalogue.make("l1") else { Issue.record("l1 kind"); return }
        let curve = ScalarLossCurve(elementWise: l1, residuals: x)
        for (k, (value, slope)) in zip([2.0, 1, 0, 1, 2], [-1.0, -1, 0, 1, 1]).enumerated() {
            #expect(curve.value[k].isApproximatelyEqual(to: value, absoluteTolerance: 1e-15) && curve.derivative[k].isApproximatelyEqual(to: slope, absoluteTolerance: 1e-15))
        }
        guard case let .binaryClassification(bce) = try LossCatalogue.make("bce") else { Issue.record("bce kind"); return }
        let logistic = ScalarLossCurve(binary: bce, logits: x, target: 1)
        #expect(logistic.value[2].isApproximatelyEqual(to: 0.6931471805599453, absoluteTolerance: 1e-12))
        guard case let .multiClassClassification(ce) = try LossCatalogue.make("ce") else { Issue.record("ce kind"); return }
        let softmax = try ScalarLossCurve(multiClass: ce, trueLogits: x, classCount: 2)
        #expect(softmax.value[2].isApproximatelyEqual(to: 0.6931471805599453, absoluteTolerance: 1e-12))
        #expect(abs(softmax.derivative[2] + 0.5) < 1e-12)
        #expect(throws: SweepError.noClasses) { try ScalarLossCurve(multiClass: ce, trueLogits: x, classCount: 0) }
    }
}
