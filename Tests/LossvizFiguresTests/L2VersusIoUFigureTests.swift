@testable import LossvizFigures
import LossvizTestSupport
import Testing

/// The GIoU paper's Fig. 1 values (Rezatofighi et al., CVPR 2019), reproduced to two decimals.
@Suite struct L2VersusIoUFigureTests {
    let rounded = { (x: Double) in (x * 100).rounded() / 100 }

    @Test func cornerRowHasEqualL2DistanceAndThePublishedOverlaps() throws {
        let product = try L2VersusIoUFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? L2VersusIoUFigure.Numbers)
        #expect(numbers.cornerL2.map { rounded($0.distance) } == [8.41, 8.41, 8.41])
        #expect(numbers.cornerL2.map { rounded($0.iou) } == [0.26, 0.49, 0.65])
        #expect(numbers.cornerL2.map { rounded($0.giou) } == [0.23, 0.41, 0.65])
        // The three distances are the same number, sqrt(283)/2, not merely equal after rounding.
        for pair in numbers.cornerL2 {
            #expect(pair.distance.isApproximatelyEqual(to: 283.0.squareRoot() / 2, absoluteTolerance: 1e-12))
        }
    }

    @Test func centreRowHasEqualL1DistanceAndThePublishedOverlaps() throws {
        let product = try L2VersusIoUFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? L2VersusIoUFigure.Numbers)
        #expect(numbers.centreL1.map { rounded($0.distance) } == [9.07, 9.07, 9.07])
        for pair in numbers.centreL1 {
            #expect(pair.distance.isApproximatelyEqual(to: 9.07, absoluteTolerance: 1e-9))
        }
        #expect(numbers.centreL1.map { rounded($0.iou) } == [0.27, 0.59, 0.66])
        #expect(numbers.centreL1.map { rounded($0.giou) } == [0.24, 0.59, 0.62])
    }

    @Test func oneTargetForAllSixPairs() throws {
        let product = try L2VersusIoUFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? L2VersusIoUFigure.Numbers)
        #expect(numbers.target == [0, 0, 28.5, 10.5])
        #expect(numbers.cornerL2.count == 3 && numbers.centreL1.count == 3)
    }
}
