@testable import LossvizFigures
import LossvizSweep
import Testing

/// `simulation-setup` draws the protocol the simulation figures run, and its
/// caption's counts are the protocol's.
@Suite struct SimulationSetupFigureTests {
    @Test func theGalleryProtocolIsDrawnWithItsCounts() throws {
        let product = try SimulationSetupFigure().make(in: FigureContext())
        let numbers = try #require(product.data as? SimulationSetupFigure.Numbers)
        #expect(numbers.centres.x.count == 5000 && numbers.centres.y.count == 5000)
        // Every centre lies in the radius-3 disc about (10, 10).
        for (x, y) in zip(numbers.centres.x, numbers.centres.y) {
            #expect((x - 10) * (x - 10) + (y - 10) * (y - 10) <= 9)
        }
        // Uniform in area: about a quarter of the centres within radius 1.5.
        let inner = zip(numbers.centres.x, numbers.centres.y).filter { ($0 - 10) * ($0 - 10) + ($1 - 10) * ($1 - 10) < 2.25 }
        #expect(abs(Double(inner.count) / 5000 - 0.25) < 0.02)
        // Seven targets of area 1 at (10, 10), aspect ratios 1:4 ... 4:1.
        #expect(numbers.targets.count == 7)
        for target in numbers.targets {
            #expect(target.box[0] == 10 && target.box[1] == 10 && abs(target.box[2] * target.box[3] - 1) < 1e-12)
        }
        let ratios = numbers.targets.map(\.aspectRatio)
        #expect(abs(ratios.first! - 0.25) < 1e-12 && abs(ratios.last! - 4) < 1e-12 && ratios == ratios.sorted())
        // 49 anchors at a centre, of area s × 1, the same for every target.
        #expect(numbers.anchors.count == 49 && !numbers.anchorsDependOnTarget)
        for (k, anchor) in numbers.anchors.enumerated() {
            #expect(abs(anchor[2] * anchor[3] - numbers.anchorScales[k / 7]) < 1e-12)
        }
        #expect(numbers.casesPerPoint == 343 && numbers.caseCount == 1_715_000)
        #expect(SimulationSetupFigure().caption.contains("5,000 × 7 × 7 × 7 = 1,715,000 cases"))
        try product.figure.validate()
    }

    @Test func ratioLabelsAreThePapers() {
        #expect(AspectShape.diouShapes.map(SimulationSetupFigure.ratioLabel) == ["1:4", "1:3", "1:2", "1:1", "2:1", "3:1", "4:1"])
    }
}
