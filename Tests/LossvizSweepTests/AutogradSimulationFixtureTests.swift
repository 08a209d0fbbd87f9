import Foundation
import LossvizLosses
import Testing
@testable import LossvizSweep

/// The oracle of `Fixtures/make_autograd_sim.py`: torch autograd in float64.
private struct AutogradSimulationFixture: Decodable {
    var anchors: [[Double]]
    var iterations: Int
    var initial_error: Double
    var losses: [String: [Double]]

    static func load() throws -> AutogradSimulationFixture {
        let url = try #require(Bundle.module.url(forResource: "autograd_sim", withExtension: "json",
                                                 subdirectory: "Fixtures"))
        return try JSONDecoder().decode(AutogradSimulationFixture.self, from: Data(contentsOf: url))
    }
}

@Suite("Autograd simulation against torch (Fixtures/make_autograd_sim.py)")
struct AutogradSimulationFixtureTests {
    /// The error after every iteration agrees with torch for the catalogue's iou,
    /// giou, diou and ciou (torchvision's losses) descended with autograd (through
    /// their lane gradients, the path `run(_:autograd:)` takes): to 1e-9 relative over
    /// the first 50 iterations (measured: 6e-16 ... 1.2e-13), to 1e-3 over all 200
    /// (measured: 6e-9 ... 4e-4). Near convergence many cases oscillate across the
    /// kinks of the min/max in the intersection and enclosing box; there the last-bit
    /// differences between the library's derivatives and torch's reverse mode pick
    /// different sides and grow geometrically (GIoU fastest), so only the early
    /// iterations can be held to 1e-9.
    @Test(arguments: ["iou", "giou", "diou", "ciou"])
    func errorCurveMatchesTorch(loss name: String) throws {
        let fixture = try AutogradSimulationFixture.load()
        let simulation = SimulationSettings.diou1715k(
            anchorCentres: fixture.anchors.map { AnchorCentre(x: $0[0], y: $0[1]) }, iterations: fixture.iterations)
        let result = try RegressionSimulator(threads: 2).run(simulation, autograd: LossCatalogue.boxLoss(name))
        #expect(abs(result.initialError - fixture.initial_error) <= 1e-12 * fixture.initial_error)
        let expected = try #require(fixture.losses[name])
        #expect(result.error.count == expected.count)
        var worstEarly = 0.0, worst = 0.0
        for (t, (ours, theirs)) in zip(result.error, expected).enumerated() {
            let difference = abs(ours - theirs) / abs(theirs)
            worst = max(worst, difference)
            if t < 50 { worstEarly = max(worstEarly, difference) }
        }
        #expect(worstEarly < 1e-9, "\(name): largest relative difference over iterations 1-50: \(worstEarly)")
        #expect(worst < 1e-3, "\(name): largest relative difference over all iterations: \(worst)")
    }
}
