import Foundation
@testable import LossvizFigures
import LossvizTestSupport
import Testing

/// Seed 2.9.2: Focal-EIoU = IoU^gamma EIoU, gradient scaled by IoU^gamma, so
/// low-IoU boxes are down-weighted.
@Suite struct FocalEIoUFigureTests {
    func numbers() throws -> FocalEIoUFigure.Numbers {
        try #require(try FocalEIoUFigure().make(in: FigureContext()).data as? FocalEIoUFigure.Numbers)
    }

    @Test func printedWeightsAreIoUToTheGamma() throws {
        let n = try numbers()
        #expect(n.weights.map(\.gamma) == [0.25, 0.5, 1])
        for w in n.weights {
            for (iou, weight) in zip(w.atIoU, w.weight) {
                #expect(weight.isApproximatelyEqual(to: pow(iou, w.gamma), absoluteTolerance: 1e-12))
            }
            // The offsets hit the annotated IoUs 0.1 and 0.9 (up to eps = 1e-7 in the union).
            #expect(zip(w.atIoU, [0.1, 0.9]).allSatisfy { abs($0 - $1) < 1e-6 })
        }
        let defaultGamma = try #require(n.weights.first { $0.gamma == 0.5 })
        #expect(defaultGamma.weight[0].isApproximatelyEqual(to: 0.1.squareRoot(), absoluteTolerance: 1e-6))
    }

    @Test func gradientsAreEIoUsScaledByIoUToTheGamma() throws {
        let n = try numbers()
        let eiou = try #require(n.curves.first { $0.gamma == nil })
        for curve in n.curves {
            guard let gamma = curve.gamma else { continue }
            for k in n.iou.indices {
                let weight = pow(n.iou[k], gamma)
                #expect(curve.value[k].isApproximatelyEqual(to: weight * eiou.value[k], absoluteTolerance: 1e-12))
                #expect(curve.gradientNorm[k].isApproximatelyEqual(to: weight * eiou.gradientNorm[k], absoluteTolerance: 1e-12))
            }
        }
    }

    @Test func lowIoUBoxesAreDownWeightedMoreThanHighIoUBoxes() throws {
        let n = try numbers()
        let eiou = try #require(n.curves.first { $0.gamma == nil })
        let low = try #require(n.iou.firstIndex { $0 < 0.1 }), high = try #require(n.iou.lastIndex { $0 > 0.9 })
        for curve in n.curves where curve.gamma != nil {
            let keptLow = curve.gradientNorm[low] / eiou.gradientNorm[low]
            let keptHigh = curve.gradientNorm[high] / eiou.gradientNorm[high]
            #expect(keptLow < 0.6 && keptHigh > 0.9)
        }
    }
}
