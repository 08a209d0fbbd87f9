@testable import LossvizFigures
import LossvizLosses
import Testing

/// The GIoU paper's Algorithms 1 and 2 as the two figures work them: every
/// printed number by hand and against lossviz's losses.
@Suite struct GIoUAlgorithmFiguresTests {
    @Test func algorithmOneNumbersMatchTheAreasAndTheLibrary() throws {
        let product = try IoUGIoUAlgorithmFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? IoUGIoUAlgorithmFigure.Numbers)
        let steps = numbers.steps
        // A = (1, 1, 5, 4), B = (3, 2.5, 7.5, 6): I = 2 × 1.5, C = (1, 1, 7.5, 6).
        #expect(steps.targetArea == 12 && steps.predictionArea == 15.75)
        #expect(steps.intersectionBox == [3, 2.5, 5, 4] && steps.intersection == 3)
        #expect(steps.union == 24.75 && steps.enclosingBox == [1, 1, 7.5, 6] && steps.enclosingArea == 32.5)
        #expect(abs(steps.iou - 3 / 24.75) < 1e-15)
        #expect(abs(steps.giou - (3 / 24.75 - 7.75 / 32.5)) < 1e-15)
        // The caption's claims: the empty part of C is larger than the intersection, so GIoU < 0.
        #expect(steps.enclosingEmptyArea > steps.intersection && steps.giou < 0)
        #expect(abs(numbers.libraryIoU - steps.iou) < 1e-6)
        #expect(abs(numbers.libraryGIoU - steps.giou) < 1e-6)
        try product.figure.validate()
    }

    @Test func algorithmTwoOrdersTheCornersAndMatchesTheLibraryLosses() throws {
        let product = try GIoULossAlgorithmFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? GIoULossAlgorithmFigure.Numbers)
        let steps = numbers.steps
        // Given (8, 3, 4, 7): x corners swapped, ordered (4, 3, 8, 7); target (2, 1, 6, 5).
        #expect(steps.predictionAsGiven[0] > steps.predictionAsGiven[2])
        #expect(steps.prediction == [4, 3, 8, 7])
        #expect(steps.predictionArea == 16 && steps.targetArea == 16)
        #expect(steps.intersectionBox == [4, 3, 6, 5] && steps.intersection == 4 && steps.union == 28)
        #expect(steps.enclosingBox == [2, 1, 8, 7] && steps.enclosingArea == 36)
        #expect(abs(steps.iouLoss - 6.0 / 7) < 1e-15)
        #expect(abs(steps.giouLoss - (1 - (1.0 / 7 - 8.0 / 36))) < 1e-15)
        #expect(abs(numbers.libraryIoULoss - steps.iouLoss) < 1e-6)
        #expect(abs(numbers.libraryGIoULoss - steps.giouLoss) < 1e-6)
        try product.figure.validate()
    }

    @Test func disjointBoxesHaveNoIntersectionButAGIoUPenalty() {
        let steps = GIoUAlgorithmSteps(prediction: Box(x1: 5, y1: 0, x2: 7, y2: 2), target: Box(x1: 0, y1: 0, x2: 2, y2: 2))
        #expect(steps.intersectionBox == nil && steps.intersection == 0 && steps.iou == 0)
        // C = 7 × 2 = 14, U = 8: GIoU = −6/14.
        #expect(abs(steps.giou + 6.0 / 14) < 1e-15)
        let library = GeneralizedIoULoss().evaluate(prediction: Box(x1: 5, y1: 0, x2: 7, y2: 2),
                                                    target: Box(x1: 0, y1: 0, x2: 2, y2: 2)).value
        #expect(abs(library - steps.giouLoss) < 1e-6)
    }
}
