import Foundation
import LossvizCairo
import LossvizFigures
import LossvizLosses
import LossvizPlot
import LossvizSweep
import LossvizTestSupport
import Testing

/// docs/library.md's examples, verbatim: each Swift block of the guide is the
/// body (or part of the body) of a test here, so the guide compiles, runs and
/// says what it computes.
@Suite struct LibraryGuideTests {
    @Test func onePairByTypeAndByName() throws {
        let prediction = Box(x1: 0, y1: 0, x2: 2, y2: 2)
        let target = Box(x1: 1, y1: 1, x2: 3, y2: 3)
        let giou = GeneralizedIoULoss().evaluate(prediction: prediction, target: target)
        // giou.value is 1.0793650..., giou.gradient.x1 is -0.0778533...
        #expect(giou.value.isApproximatelyEqual(to: 1.0793650789, absoluteTolerance: 1e-9))
        #expect(giou.gradient.x1.isApproximatelyEqual(to: -0.0778533628, absoluteTolerance: 1e-9))

        let ciou = try LossCatalogue.boxLoss("ciou", options: ["alpha-gate": .flag(true)])
        let gated = ciou.evaluate(prediction: prediction, target: target)
        let authors = ciou.evaluate(prediction: prediction, target: target, convention: .reference)
        // authors is the negated update direction of the DIoU authors' code; nil for a
        // loss that has none (ciou.hasReferenceGradient tells).
        #expect(gated.value.isApproximatelyEqual(to: 0.968254, absoluteTolerance: 1e-6))
        #expect(authors != nil && ciou.hasReferenceGradient)
    }

    @Test func aBatchWithTheMeanReduction() throws {
        let predictions = try BoxBatch(x1: [0, 0.5], y1: [0, 0], x2: [2, 2.5], y2: [2, 1])
        let targets = try BoxBatch(x1: [1, 0], y1: [1, 0], x2: [3, 2], y2: [3, 1])
        let batch = try CompleteIoULoss().evaluate(predictions: predictions, targets: targets, reduction: .mean)
        let meanLoss = batch.values[0]
        let dx1 = batch.gradients.x1    // ∂(mean loss)/∂x1 of each prediction

        let pairs = (0..<2).map { CompleteIoULoss().evaluate(prediction: predictions[$0], target: targets[$0]) }
        #expect(meanLoss.isApproximatelyEqual(to: (pairs[0].value + pairs[1].value) / 2, relativeTolerance: 1e-12))
        for i in 0..<2 { #expect(dx1[i].isApproximatelyEqual(to: pairs[i].gradient.x1 / 2, relativeTolerance: 1e-12)) }
    }

    @Test func aTrajectoryAndTheSimulation() throws {
        let regression = try RegressionTrajectory(
            direction: AutogradDirection(DistanceIoULoss()),
            start: CentreFormBox(cx: 7, cy: 10, w: 2, h: 2),
            target: CentreFormBox(cx: 10, cy: 10, w: 1, h: 1),
            iterations: 200, schedule: .diou(iterations: 200))
        let finalBox = regression.snapshots.last!.box
        #expect(abs(finalBox.cx - 10) < 0.1 && abs(finalBox.w - 1) < 0.1)

        let settings = SimulationSettings.diou1715k(points: 50)
        let result = try RegressionSimulator().run(settings, direction: ReferenceDirection(.diou))
        let totalError = result.error.last!    // E_200 over 50 × 343 cases
        #expect(result.caseCount == 50 * 343)
        #expect(totalError < result.initialError / 100)
    }

    @Test func figuresDrawnAndRendered() throws {
        var figure = Figure(width: 5, height: 3.5)
        let residuals = (0...120).map { -3 + Double($0) / 20 }
        figure[0].function(x: residuals, label: "$L_1$", style: .loss("l1")) { abs($0) }
        figure[0].function(x: residuals, label: "Smooth $L_1$", style: .loss("smooth-l1")) { abs($0) < 1 ? 0.5 * $0 * $0 : abs($0) - 0.5 }
        figure[0].xLabel = "residual $x$"
        figure[0].legend()
        figure.style = FigureTheme.slides.apply(to: figure.style)
        let png = try CairoRenderer.render(figure, format: .png, dpi: 150)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))

        let recipe = try FigureCatalog.recipe(named: "giou-degenerates")
        let product = try recipe.make(in: FigureContext())
        let pdf = try CairoRenderer.render(product.figure, format: .pdf)
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }

    /// Every Swift block of docs/library.md appears in this file, line for line
    /// (indentation aside).
    @Test func theGuideShowsOnlyCodeThatIsTestedHere() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let guide = try String(contentsOf: root.appendingPathComponent("docs/library.md"), encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        func normalised(_ text: Substring) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
        }
        let blocks = guide.matches(of: /```swift\n(.*?)```/.dotMatchesNewlines()).map { normalised($0.output.1) }
        #expect(blocks.count >= 5)
        let tested = normalised(source[...])
        for block in blocks {
            #expect(tested.contains(block.trimmingCharacters(in: .newlines)), "docs/library.md shows code that no test runs:\n\(block)")
        }
    }
}
