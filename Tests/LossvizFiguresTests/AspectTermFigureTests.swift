@testable import LossvizFigures
import Foundation
import LossvizLosses
import LossvizTestSupport
import Testing

/// CIoU's v (Zheng et al. 2020, Eq. 9) and its gradient (Eq. 12) as the figure draws them,
/// checked against the library's CIoU and DIoU gradients.
@Suite struct AspectTermFigureTests {
    @Test func vVanishesOnTheRayThroughTheTarget() throws {
        let product = try AspectTermFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? AspectTermFigure.Numbers)
        #expect(numbers.zeroRay.count == 5)
        for point in numbers.zeroRay {
            #expect(abs(point.v) < 1e-15)
            #expect((point.w / point.h).isApproximatelyEqual(to: 1.5, absoluteTolerance: 1e-12))
        }
        // And the library's CIoU equals DIoU there (alpha v = 0) at every scale.
        for k in [0.25, 1, 3, 10] {
            let prediction = Box(cx: 1.5, cy: 1, w: 3 * k, h: 2 * k)
            let target = AspectTermFigure.target
            let ciou = CompleteIoULoss().evaluate(prediction: prediction, target: target).value
            let diou = DistanceIoULoss().evaluate(prediction: prediction, target: target).value
            #expect(ciou.isApproximatelyEqual(to: diou, absoluteTolerance: 1e-15))
        }
    }

    @Test func partialDerivativesHaveOppositeSignsAndTheStatedRatio() throws {
        let product = try AspectTermFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? AspectTermFigure.Numbers)
        for (k, w) in numbers.width.enumerated() {
            #expect(numbers.dvdw[k] * numbers.dvdh[k] <= 0)
            #expect(abs(numbers.dvdw[k] + numbers.height / w * numbers.dvdh[k]) < 1e-15)
        }
        // Narrow boxes (w/h < w_t/h_t) are pushed wider and shorter: dv/dw < 0 < dv/dh.
        #expect(numbers.dvdw[0] < 0 && numbers.dvdh[0] > 0)
    }

    @Test func closedFormsMatchTheLibraryGradient() throws {
        let product = try AspectTermFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? AspectTermFigure.Numbers)
        #expect(numbers.library.count >= 12)
        for sample in numbers.library {
            let v = AspectTermFigure.aspectTerm(w: sample.w, h: sample.h)
            let gradient = AspectTermFigure.aspectTermGradient(w: sample.w, h: sample.h)
            #expect(sample.v.isApproximatelyEqual(to: v, absoluteTolerance: 1e-10), "v at w/h = \(sample.ratio)")
            #expect(sample.dvdw.isApproximatelyEqual(to: gradient.dw, absoluteTolerance: 1e-10), "dv/dw at w/h = \(sample.ratio)")
            #expect(sample.dvdh.isApproximatelyEqual(to: gradient.dh, absoluteTolerance: 1e-10), "dv/dh at w/h = \(sample.ratio)")
        }
    }

    @Test func arctanCurveIsTheArctanOfTheRatio() throws {
        let product = try AspectTermFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? AspectTermFigure.Numbers)
        for (ratio, value) in zip(numbers.ratio, numbers.arctan) {
            #expect(value.isApproximatelyEqual(to: atan(ratio), absoluteTolerance: 1e-15))
        }
        #expect(abs((numbers.ratio.first ?? 0) - 0.1) < 1e-12 && abs((numbers.ratio.last ?? 0) - 10) < 1e-9)
    }

    /// The caption: at w/h = 0.1 the plotted ∂v/∂w is −0.354 (the printed Eq. 12 gives +0.354),
    /// and both plotted partial derivatives equal central finite differences of v.
    @Test func plottedDerivativesAreFiniteDifferencesOfVNotThePrintedSign() throws {
        let product = try AspectTermFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? AspectTermFigure.Numbers)
        let h = numbers.height, w = numbers.width[0]
        #expect(abs(w / h - 0.1) < 1e-12)
        #expect((numbers.dvdw[0] * 1000).rounded() / 1000 == -0.354)
        let step = 1e-6
        let dvdw = (AspectTermFigure.aspectTerm(w: w + step, h: h) - AspectTermFigure.aspectTerm(w: w - step, h: h)) / (2 * step)
        let dvdh = (AspectTermFigure.aspectTerm(w: w, h: h + step) - AspectTermFigure.aspectTerm(w: w, h: h - step)) / (2 * step)
        #expect(abs(numbers.dvdw[0] - dvdw) < 1e-8)
        #expect(abs(numbers.dvdh[0] - dvdh) < 1e-8)
        // Everywhere on the curve, not only at w/h = 0.1.
        for (k, width) in numbers.width.enumerated() {
            let difference = (AspectTermFigure.aspectTerm(w: width + step, h: h)
                - AspectTermFigure.aspectTerm(w: width - step, h: h)) / (2 * step)
            #expect(abs(numbers.dvdw[k] - difference) < 1e-8, "w/h = \(width / h)")
        }
    }
}
