import Foundation
@testable import LossvizFigures
import LossvizSweep
import LossvizTestSupport
import Testing

/// The three simulation figures, on a reduced protocol that a debug build runs
/// in seconds: the full 1,715,000 cases take ~10 s in release but minutes in debug.
@Suite struct SimulationFiguresTests {
    /// Six anchor centres that stand in for the 5,000 random ones: a product rule
    /// on the wedge `0 <= θ <= 45°` of the disc of radius 3 about (10, 10), radii
    /// `3 sqrt((i + 1/2)/3)` (equal areas) times angles `(j + 1/2) 22.5°`. The
    /// case set is symmetric under the eight reflections and rotations of the
    /// square (targets and anchor shapes include every `(w, h)` with its `(h, w)`),
    /// so the wedge's per-case mean estimates the disc's; measured in release,
    /// these six points give every checkpoint within 2.5 % of the full
    /// 5,000-point run.
    static let wedgeCentres: [AnchorCentre] = (0..<3).flatMap { i in
        (0..<2).map { j in
            let r = 3 * ((Double(i) + 0.5) / 3).squareRoot(), theta = (Double(j) + 0.5) / 2 * Double.pi / 4
            return AnchorCentre(x: 10 + r * cos(theta), y: 10 + r * sin(theta))
        }
    }

    static let runs = SimulationRuns(reference: .diou1715k(anchorCentres: wedgeCentres), autogradPoints: 2)

    /// docs/simulation.md section 2, read off the DIoU paper's Fig. 3(b) at iterations
    /// 1, 50, 100, 160, 200 (`nil`: "~0, a few thousand").
    static let published: [String: [Double?]] = [
        "iou": [6.6e6, 6.0e6, 5.95e6, 5.95e6, 5.9e6],
        "giou": [6.4e6, 3.3e6, 2.35e6, 1.87e6, 1.5e6],
        "diou": [6.35e6, 0.5e6, 0.4e6, 0.4e6, nil],
        "ciou": [6.3e6, 0.43e6, 0.4e6, 0.4e6, nil],
    ]

    /// Every checkpoint, scaled from the reduced run to 1,715,000 cases, lies within
    /// 3 % of the published value plus the read-off precision of the published plot
    /// (±0.05e6 on its 0-7e6 axis); "a few thousand" means below 10,000.
    @Test func figuresShareTheRunsAndMatchThePublishedCheckpoints() throws {
        let context = FigureContext()
        let error = try SimulationErrorFigure(runs: Self.runs).make(in: context)
        let finalError = try SimulationFinalErrorFigure(runs: Self.runs).make(in: context)
        let conventions = try SimulationGradientConventionsFigure(runs: Self.runs).make(in: context)

        let numbers = try #require(error.data as? SimulationErrorFigure.Numbers)
        #expect(numbers.cases == Self.wedgeCentres.count * 343)
        #expect(numbers.checkpointIterations == [1, 50, 100, 160, 200])
        let scale = 1_715_000 / Double(numbers.cases)
        for (loss, values) in Self.published {
            let curve = try #require(numbers.reference[loss])
            #expect(curve.error.count == 200)
            for (checkpoint, (value, published)) in zip(numbers.checkpointIterations, zip(curve.checkpoints, values)) {
                let scaled = value * scale
                if let published {
                    #expect(abs(scaled - published) <= 0.03 * published + 0.05e6, "\(loss) at \(checkpoint): \(scaled)")
                } else {
                    #expect(scaled < 1e4, "\(loss) at \(checkpoint): \(scaled)")
                }
            }
        }
        #expect(numbers.autograd.losses.keys.sorted() == ["eiou", "siou"])
        #expect(abs(numbers.autograd.scale - Double(Self.wedgeCentres.count) / 2) < 1e-12)
        // The caption: DIoU's curve lies on CIoU's (so it is drawn as a band under it); GIoU's does not.
        let diou = try #require(numbers.reference["diou"]?.error), ciou = try #require(numbers.reference["ciou"]?.error)
        #expect(SimulationErrorChart.overlap(diou, ciou))
        #expect(!SimulationErrorChart.overlap(try #require(numbers.reference["giou"]?.error), ciou))

        // The final-error figure draws the same run: its per-point sums add up to the last total.
        let surface = try #require(finalError.data as? SimulationFinalErrorFigure.Numbers)
        for loss in ["iou", "giou", "diou", "ciou"] {
            let perPoint = try #require(surface.finalErrorPerPoint[loss])
            #expect(perPoint.count == Self.wedgeCentres.count)
            let total = try #require(numbers.reference[loss]?.error.last)
            #expect(abs(perPoint.reduce(0, +) - total) <= 1e-9 * total)
        }
        // DIoU leaves a small error everywhere (< 1 per point, Fig. 4), IoU does not.
        #expect((surface.summary["diou"]?.maximum ?? .infinity) < 1)
        #expect((surface.summary["iou"]?.maximum ?? 0) > 1000)
        // Drawn as surfaces (heatmaps masked to the disc), not as dots.
        for axes in finalError.figure.panels {
            #expect(axes.marks.contains { if case .heatmap = $0 { true } else { false } })
            #expect(!axes.marks.contains { if case .scatter = $0 { true } else { false } })
        }

        // The conventions figure: reference curves bit-identical to simulation-error's (the
        // same cached run), autograd
        // for all six losses; with true gradients GIoU ends far below its reference curve.
        let sides = try #require(conventions.data as? SimulationGradientConventionsFigure.Numbers)
        #expect(sides.reference.losses["giou"]?.error == numbers.reference["giou"]?.error)
        #expect(sides.autograd.losses.keys.sorted() == ["ciou", "diou", "eiou", "giou", "iou", "siou"])
        let referenceGIoU = try #require(sides.reference.losses["giou"]?.checkpoints.last)
        let autogradGIoU = try #require(sides.autograd.losses["giou"]?.checkpoints.last)
        #expect(autogradGIoU * sides.autograd.scale < 0.1 * referenceGIoU)
    }

    /// The gallery runs the full protocol under both conventions.
    @Test func galleryRunsTheFullProtocol() {
        let runs = SimulationRuns.gallery
        #expect(runs.reference.caseCount == 1_715_000)
        #expect(runs.reference.iterations == 200)
        #expect(runs.autograd.caseCount == 1_715_000)
        #expect(runs.autograd.anchorCentres == runs.reference.anchorCentres)
        #expect(runs.autogradCoversAll && runs.caseScale == 1)
        #expect(runs.autogradCoverage == "summed over all 1,715,000 cases")
    }

    /// A sample of centres is scaled up, and the captions say so.
    @Test func aSampleIsScaledAndSaidToBe() {
        let sample = SimulationRuns(reference: .diou1715k(points: 50), autogradPoints: 5)
        #expect(!sample.autogradCoversAll)
        #expect(sample.caseScale.isApproximatelyEqual(to: 10, absoluteTolerance: 1e-12))
        #expect(sample.autogradCoverage.contains("first 5 of the 50 anchor centres") && sample.autogradCoverage.contains("multiplied by 10"))
    }
}
