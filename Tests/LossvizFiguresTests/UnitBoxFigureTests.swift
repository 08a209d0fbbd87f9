@testable import LossvizFigures
import Foundation
import LossvizLosses
import LossvizTestSupport
import Testing

/// The per-pixel quantities of UnitBox (Yu et al. 2016, Algorithm 1, Eq. 7) as the figure prints them.
@Suite struct UnitBoxFigureTests {
    @Test func panelAPrintsTheLibraryLossAndItsIngredients() throws {
        let product = try UnitBoxFigure().make(in: FigureContext())
        let n = try #require(product.data as? UnitBoxFigure.Numbers)
        // x = (3.5, 1.5, 2.75, 2.5), x̃ = (2.5, 2, 2, 3.5): I_h = 4, I_w = 4.5, X = 26.25, X̃ = 24.75.
        #expect(n.intersectionHeight.isApproximatelyEqual(to: 4, absoluteTolerance: 1e-12) && n.intersectionWidth.isApproximatelyEqual(to: 4.5, absoluteTolerance: 1e-12))
        #expect(n.predictionArea.isApproximatelyEqual(to: 26.25, absoluteTolerance: 1e-12) && n.targetArea.isApproximatelyEqual(to: 24.75, absoluteTolerance: 1e-12))
        #expect(n.union.isApproximatelyEqual(to: 33, absoluteTolerance: 1e-12))
        #expect(n.iou.isApproximatelyEqual(to: 18.0 / 33, absoluteTolerance: 1e-12))
        let library = UnitBoxLoss().evaluate(prediction: UnitBoxFigure.prediction, target: UnitBoxFigure.target)
        #expect(n.loss.isApproximatelyEqual(to: library.value, absoluteTolerance: 1e-12))
        #expect(n.loss.isApproximatelyEqual(to: (-log(18.0 / 33)), absoluteTolerance: 1e-12))
        // Eq. 7: dL/dx_t = (x_l + x_r)/U (x_t > x̃_t, so dI/dx_t = 0); dL/dx_b = (x_l + x_r)/U − (U + I)/(U I) I_w.
        #expect(n.gradient.top.isApproximatelyEqual(to: 5.25 / 33, absoluteTolerance: 1e-12))
        let bottom: Double = 5.25 / 33 - (33.0 + 18) / (33 * 18) * 4.5
        #expect(n.gradient.bottom.isApproximatelyEqual(to: bottom, absoluteTolerance: 1e-12))
    }

    @Test func everySliceHasItsMinimumAtTheTargetDistance() throws {
        let product = try UnitBoxFigure().make(in: FigureContext())
        let n = try #require(product.data as? UnitBoxFigure.Numbers)
        #expect(n.slices.map(\.top) == [1.25, 2.5, 5])
        for slice in n.slices {
            #expect(slice.minimumRight.isApproximatelyEqual(to: UnitBoxFigure.target.right, absoluteTolerance: 1e-9))
        }
    }

    /// Below x̃_r the gradient is −1/I_w while x_t <= x̃_t; above it, 1/(x_l + x_r) while x_t >= x̃_t;
    /// the other slices are weaker there (the coupling the caption describes).
    @Test func gradientAlongXrDependsOnXtAsTheCaptionSays() throws {
        let product = try UnitBoxFigure().make(in: FigureContext())
        let n = try #require(product.data as? UnitBoxFigure.Numbers)
        let left = UnitBoxFigure.target.left
        let (short, exact, tall) = (n.slices[0], n.slices[1], n.slices[2])
        for (i, right) in exact.right.enumerated() where abs(right - UnitBoxFigure.target.right) > 1e-9 {
            if right < UnitBoxFigure.target.right {
                #expect(abs(exact.gradientRight[i] + 1 / (left + right)) < 1e-12)
                #expect(abs(short.gradientRight[i] + 1 / (left + right)) < 1e-12)
                #expect(abs(tall.gradientRight[i]) < abs(exact.gradientRight[i]))
            } else {
                #expect(exact.gradientRight[i].isApproximatelyEqual(to: 1 / (left + right), absoluteTolerance: 1e-12))
                #expect(tall.gradientRight[i].isApproximatelyEqual(to: 1 / (left + right), absoluteTolerance: 1e-12))
                #expect(abs(short.gradientRight[i]) < abs(exact.gradientRight[i]))
            }
        }
    }

    /// Panel (a), UnitBox Fig. 1 left: the ℓ₂ terms are (xᵢ − x̃ᵢ)², each gradient 2(xᵢ − x̃ᵢ)
    /// depends on its own distance only, and the loss is their sum.
    @Test func l2TreatsTheFourDistancesIndependently() throws {
        let product = try UnitBoxFigure().make(in: FigureContext())
        let n = try #require(product.data as? UnitBoxFigure.Numbers)
        let x = [3.5, 1.5, 2.75, 2.5], t = [2.5, 2, 2, 3.5]
        for i in 0..<4 {
            #expect(abs(n.l2Terms.values[i] - (x[i] - t[i]) * (x[i] - t[i])) < 1e-15)
            #expect(abs(n.l2Gradient.values[i] - 2 * (x[i] - t[i])) < 1e-15)
        }
        #expect(abs(n.l2Loss - 2.8125) < 1e-15)
    }

    /// Every distance arrow starts on the drawn pixel (i, j), the square of side 2·gap at the origin.
    @Test func distanceArrowsStartAtTheMarkedPixel() {
        let arrows = UnitBoxFigure.distanceArrows()
        #expect(arrows.count == 8)
        for arrow in arrows {
            #expect(max(abs(arrow.from.x), abs(arrow.from.y)) <= UnitBoxFigure.arrowGap + 1e-15)
        }
    }
}
