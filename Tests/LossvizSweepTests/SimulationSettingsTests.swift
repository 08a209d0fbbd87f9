import LossvizTestSupport
import Testing
@testable import LossvizSweep

@Suite("Simulation protocol (docs/simulation.md section 1)")
struct SimulationSettingsTests {
    /// Vigna's splitmix64.c reference outputs.
    @Test func splitMixReferenceValues() {
        var zero = SplitMix64(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
        #expect(zero.next() == 0x6E78_9E6A_A1B9_65F4)
        var other = SplitMix64(seed: 1_234_567)
        #expect(other.next() == 6_457_827_717_110_365_317)
        #expect(other.next() == 3_203_168_211_198_807_973)
    }

    @Test func presetShape() {
        let simulation = SimulationSettings.diou1715k()
        #expect(simulation.name == "diou-1715k")
        #expect(simulation.caseCount == 1_715_000)
        #expect(simulation.casesPerPoint == 343)
        #expect(simulation.iterations == 200)
        #expect(simulation.schedule.steps(iterations: 200) ==
            Array(repeating: 0.1, count: 160) + Array(repeating: 0.01, count: 20) + Array(repeating: 0.001, count: 20))
        // Every target has area 1 (to rounding) and the aspect ratios run 1:4 ... 4:1.
        for target in simulation.targets {
            #expect((target.w * target.h).isApproximatelyEqual(to: 1, absoluteTolerance: 1e-15))
            #expect(target.cx == 10 && target.cy == 10)
        }
        #expect((simulation.targets[0].w / simulation.targets[0].h).isApproximatelyEqual(to: 0.25, absoluteTolerance: 1e-15))
        #expect((simulation.targets[6].w / simulation.targets[6].h).isApproximatelyEqual(to: 4, absoluteTolerance: 1e-15))
    }

    /// Case order: point, target shape, scale, anchor shape (test_1715k.m).
    @Test func caseOrder() {
        let simulation = SimulationSettings.diou1715k(points: 3)
        let scales = [0.5, 0.67, 0.75, 1, 1.33, 1.5, 2]
        // Case 1*343 + 2*49 + 5*7 + 6: point 1, target 2, scale 1.5, anchor shape 6.
        let c = simulation.regressionCase(343 + 2 * 49 + 5 * 7 + 6)
        let target = simulation.targets[2], shape = AspectShape.diouShapes[6]
        let area = scales[5] * target.w * target.h
        #expect(c.target == target)
        #expect(c.anchor.cx == simulation.anchorCentres[1].x && c.anchor.cy == simulation.anchorCentres[1].y)
        #expect(c.anchor.w.isApproximatelyEqual(to: shape.w * area.squareRoot(), absoluteTolerance: 1e-15))
        #expect(c.anchor.h.isApproximatelyEqual(to: shape.h * area.squareRoot(), absoluteTolerance: 1e-15))
    }

    /// The disc draw: inside the radius, the same for the same seed, different for another.
    @Test func anchorDisc() {
        let a = AnchorCentre.disc(count: 500, radius: 3, seed: 7)
        let b = AnchorCentre.disc(count: 500, radius: 3, seed: 7)
        let c = AnchorCentre.disc(count: 500, radius: 3, seed: 8)
        #expect(a == b)
        #expect(a != c)
        for point in a {
            let r = ((point.x - 10) * (point.x - 10) + (point.y - 10) * (point.y - 10)).squareRoot()
            #expect(r <= 3 + 1e-12)
        }
        // Uniform in area: about a quarter of the points within half the radius (500 draws, +-4 sigma).
        let inner = a.filter { ($0.x - 10) * ($0.x - 10) + ($0.y - 10) * ($0.y - 10) < 2.25 }.count
        #expect(abs(inner - 125) < 40)
    }

    @Test func diouScheduleProportions() {
        #expect(StepSchedule.diou(iterations: 200).phases.map(\.length) == [160, 20, 20])
        #expect(StepSchedule.diou(iterations: 50).phases.map(\.length) == [40, 5, 5])
        #expect(StepSchedule.diou(iterations: 1).steps(iterations: 1) == [0.1])
        #expect(StepSchedule.diou(iterations: 3).steps(iterations: 3).count == 3)
    }

    @Test func invalidProtocols() {
        #expect(throws: SimulationError.noAnchorCentres) { try SimulationSettings.diou1715k(points: 0).validate() }
        #expect(throws: SimulationError.nonPositiveIterations(0)) {
            try SimulationSettings.diou1715k(points: 2, iterations: 0).validate()
        }
        var simulation = SimulationSettings.diou1715k(points: 2)
        simulation.anchorScales = [1, -2]
        #expect(throws: SimulationError.invalidScale(index: 1, value: -2)) { try simulation.validate() }
        simulation = SimulationSettings.diou1715k(points: 2)
        simulation.optimiser = .adam(beta1: 1.5, beta2: 0.999, epsilon: 1e-8)
        #expect(throws: SimulationError.self) { try simulation.validate() }
        simulation = SimulationSettings.diou1715k(points: 2)
        simulation.schedule = StepSchedule(phases: [.init(length: 0, step: 0.1)])
        #expect(throws: SimulationError.self) { try simulation.validate() }
    }

    /// A run whose per-chunk error sums would not fit in memory is refused
    /// before it starts (5,000 centres over a million iterations: 9.3 GiB),
    /// while the paper's protocol needs about 16 MB.
    @Test func runsThatCannotFitInMemoryAreRefused() throws {
        let paper = SimulationSettings.diou1715k()
        #expect(paper.workingBytes == 8 * (1250 * 200 + 1_715_000))
        try paper.validate()
        let huge = SimulationSettings.diou1715k(points: 5000, iterations: 1_000_000)
        #expect(throws: SimulationError.tooLarge(points: 5000, iterations: 1_000_000, bytes: 8 * (1250 * 1_000_000 + 1_715_000))) {
            try huge.validate()
        }
    }
}
