@testable import LossvizFigures
import Testing

/// The printed ρ, c, ρ²/c², IoU and DIoU loss of the two pairs.
@Suite struct DIoUTermsFigureTests {
    @Test func printedTermsMatchTheGeometryAndTheLibrary() throws {
        let product = try DIoUTermsFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? DIoUTermsFigure.Numbers)
        let (overlapping, disjoint) = (numbers.pairs[0], numbers.pairs[1])
        // Centres (3.5, 3) and (5.5, 4.5); enclosing box (1, 1, 8, 6.5).
        #expect(abs(overlapping.rho - 2.5) < 1e-12)
        #expect(abs(overlapping.c * overlapping.c - 79.25) < 1e-9)
        #expect(abs(overlapping.iou - 7.5 / 32.5) < 1e-6)
        // Centres (3.5, 3) and (8.75, 7); enclosing box (1, 1, 10.5, 8.5).
        #expect(abs(disjoint.rho * disjoint.rho - (5.25 * 5.25 + 16)) < 1e-9)
        #expect(abs(disjoint.c * disjoint.c - (9.5 * 9.5 + 7.5 * 7.5)) < 1e-9)
        #expect(abs(disjoint.iou) < 1e-12)
        for pair in numbers.pairs {
            // The library's DIoU loss is 1 − IoU + ρ²/c² with the same ρ²/c² (eps 1e-7 in c²).
            #expect(abs(pair.diouLoss - (1 - pair.iou + pair.penalty)) < 1e-6)
            #expect(pair.penalty >= 0 && pair.penalty < 1)
        }
        let rounded = { (x: Double) in (x * 100).rounded() / 100 }
        #expect([rounded(overlapping.diouLoss), rounded(disjoint.diouLoss)] == [0.85, 1.30])
    }
}
