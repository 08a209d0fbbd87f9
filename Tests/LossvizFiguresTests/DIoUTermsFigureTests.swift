@testable import LossvizFigures
import LossvizTestSupport
import Testing

/// The printed ρ, c, ρ²/c², IoU and DIoU loss of the two pairs.
@Suite struct DIoUTermsFigureTests {
    @Test func printedTermsMatchTheGeometryAndTheLibrary() throws {
        let product = try DIoUTermsFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? DIoUTermsFigure.Numbers)
        let (overlapping, disjoint) = (numbers.pairs[0], numbers.pairs[1])
        // Centres (3.5, 3) and (5.5, 4.5); enclosing box (1, 1, 8, 6.5).
        #expect(overlapping.rho.isApproximatelyEqual(to: 2.5, absoluteTolerance: 1e-12))
        #expect((overlapping.c * overlapping.c).isApproximatelyEqual(to: 79.25, absoluteTolerance: 1e-9))
        #expect(overlapping.iou.isApproximatelyEqual(to: 7.5 / 32.5, absoluteTolerance: 1e-6))
        // Centres (3.5, 3) and (8.75, 7); enclosing box (1, 1, 10.5, 8.5).
        #expect((disjoint.rho * disjoint.rho).isApproximatelyEqual(to: (5.25 * 5.25 + 16), absoluteTolerance: 1e-9))
        #expect((disjoint.c * disjoint.c).isApproximatelyEqual(to: (9.5 * 9.5 + 7.5 * 7.5), absoluteTolerance: 1e-9))
        #expect(abs(disjoint.iou) < 1e-12)
        for pair in numbers.pairs {
            // The library's DIoU loss is 1 − IoU + ρ²/c² with the same ρ²/c² (eps 1e-7 in c²).
            #expect(pair.diouLoss.isApproximatelyEqual(to: (1 - pair.iou + pair.penalty), absoluteTolerance: 1e-6))
            #expect(pair.penalty >= 0 && pair.penalty < 1)
        }
        let rounded = { (x: Double) in (x * 100).rounded() / 100 }
        #expect([rounded(overlapping.diouLoss), rounded(disjoint.diouLoss)] == [0.85, 1.30])
    }
}
