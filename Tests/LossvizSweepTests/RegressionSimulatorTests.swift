import LossvizLosses
import LossvizTestSupport
import Testing
@testable import LossvizSweep

/// A tiny loss with a known gradient, to test the generic (`autograd`) path:
/// `L = |c_p - c_t|^2 + (w_p - w_t)^2 + (h_p - h_t)^2` in centre form.
private struct SquaredCentreFormLoss: BoxLoss {
    var name: String { "squared-centre-form" }
    func evaluate(prediction: Box, target: Box) -> BoxLossEvaluation {
        let dx = prediction.cx - target.cx, dy = prediction.cy - target.cy
        let dw = prediction.width - target.width, dh = prediction.height - target.height
        return BoxLossEvaluation(
            value: dx * dx + dy * dy + dw * dw + dh * dh,
            gradient: BoxGradient(cx: 2 * dx, cy: 2 * dy, w: 2 * dw, h: 2 * dh)
        )
    }
}

/// One case starting at `start` towards `target`, as a protocol.
private func singleCase(
    start: CentreFormBox, target: CentreFormBox, iterations: Int = 200,
    schedule: StepSchedule = .diou(iterations: 200)
) -> SimulationSettings {
    let area = start.w * start.h
    let side = area.squareRoot()
    return SimulationSettings(
        targets: [target], anchorCentres: [AnchorCentre(x: start.cx, y: start.cy)],
        anchorScales: [area / (target.w * target.h)],
        anchorShapes: [AspectShape(w: start.w / side, h: start.h / side)],
        iterations: iterations, schedule: schedule)
}

@Suite("Regression simulator")
struct RegressionSimulatorTests {
    /// The toy-script totals of docs/simulation.md section 3 through the simulator's SIMD
    /// lanes (the sum of its per-iteration errors), to 1e-6.
    @Test func toyTotalsThroughTheSimulator() throws {
        let target = CentreFormBox(cx: 10, cy: 10, w: 1, h: 1)
        let cases: [(CentreFormBox, [Double])] = [
            (CentreFormBox(cx: 10.5, cy: 11.6, w: 2.2, h: 3), [276.594149, 271.167630, 171.637901, 170.303452]),
            (CentreFormBox(cx: 13, cy: 13, w: 1, h: 0.5), [1300.0, 1361.164025, 135.712840, 135.028375]),
            (CentreFormBox(cx: 7, cy: 10, w: 2, h: 2), [1000.0, 915.206314, 189.615447, 186.742020]),
        ]
        for (start, totals) in cases {
            for (loss, expected) in zip(ReferenceLoss.allCases, totals) {
                let result = try RegressionSimulator(threads: 1)
                    .run(singleCase(start: start, target: target), direction: ReferenceDirection(loss))
                let total = result.error.reduce(0, +)
                #expect(total.isApproximatelyEqual(to: expected, absoluteTolerance: 1e-6), "\(loss) from \(start): \(total)")
            }
        }
    }

    /// Each case of the simulator (SIMD lanes, padded last group) ends exactly where the
    /// scalar trajectory of the same case ends (tolerance 1e-12, in fact bit-equal).
    @Test func lanesAgreeWithScalarTrajectories() throws {
        let simulation = SimulationSettings.diou1715k(points: 1, seed: 3, iterations: 30)
        for loss in ReferenceLoss.allCases {
            let result = try RegressionSimulator(threads: 2).run(simulation, direction: ReferenceDirection(loss))
            for index in [0, 1, 7, 100, 341, 342] {
                let c = simulation.regressionCase(index)
                let trajectory = try RegressionTrajectory(
                    direction: ReferenceDirection(loss), start: c.anchor, target: c.target,
                    iterations: 30, schedule: simulation.schedule, record: [])
                #expect((trajectory.final.l1Distance(to: c.target)).isApproximatelyEqual(to: result.finalErrorPerCase[index], absoluteTolerance: 1e-12))
            }
        }
    }

    /// Same numbers, bit for bit, on 1 and 2 threads and for the same seed twice.
    @Test func deterministic() throws {
        let simulation = SimulationSettings.diou1715k(points: 9, seed: 11, iterations: 20)
        for loss in [ReferenceLoss.giou, .ciou] {
            let one = try RegressionSimulator(threads: 1).run(simulation, direction: ReferenceDirection(loss))
            let two = try RegressionSimulator(threads: 2).run(simulation, direction: ReferenceDirection(loss))
            let again = try RegressionSimulator(threads: 2).run(
                SimulationSettings.diou1715k(points: 9, seed: 11, iterations: 20), direction: ReferenceDirection(loss))
            #expect(one.error.map(\.bitPattern) == two.error.map(\.bitPattern))
            #expect(one.finalErrorPerCase.map(\.bitPattern) == two.finalErrorPerCase.map(\.bitPattern))
            #expect(one.finalErrorPerPoint.map(\.bitPattern) == again.finalErrorPerPoint.map(\.bitPattern))
            #expect(one.initialError.bitPattern == two.initialError.bitPattern)
        }
    }

    /// Per-point finals are the sums of their 343 cases; the initial error is the anchors' l1 sum.
    @Test func bookkeeping() throws {
        let simulation = SimulationSettings.diou1715k(points: 3, iterations: 5)
        let result = try RegressionSimulator(threads: 2).run(simulation, direction: ReferenceDirection(.diou))
        #expect(result.caseCount == 1029)
        #expect(result.error.count == 5)
        #expect(result.finalErrorPerCase.count == 1029)
        for point in 0..<3 {
            let sum = result.finalErrorPerCase[point * 343 ..< (point + 1) * 343].reduce(0, +)
            #expect(sum.isApproximatelyEqual(to: result.finalErrorPerPoint[point], absoluteTolerance: 1e-9))
        }
        let initial = (0..<1029).map { simulation.regressionCase($0) }.map { $0.anchor.l1Distance(to: $0.target) }
        #expect((initial.reduce(0, +)).isApproximatelyEqual(to: result.initialError, absoluteTolerance: 1e-9))
        #expect((result.finalErrorPerCase.reduce(0, +)).isApproximatelyEqual(to: result.error[4], absoluteTolerance: 1e-9))
    }

    /// The generic path: for `L = sum of squared centre-form differences`, plain SGD
    /// without the IoU factor shrinks every coordinate's error by `(1 - 2 eta)` per step.
    @Test func autogradPathWithAKnownGradient() throws {
        var simulation = singleCase(start: CentreFormBox(cx: 11, cy: 9.5, w: 2, h: 0.5),
                                    target: CentreFormBox(cx: 10, cy: 10, w: 1, h: 1),
                                    iterations: 10, schedule: .constant(0.1))
        simulation.scaling = .none
        let result = try RegressionSimulator(threads: 1)
            .run(simulation, direction: AutogradDirection(SquaredCentreFormLoss()))
        let initial = 1 + 0.5 + 1 + 0.5
        for t in 1...10 {
            let expected = initial * pow(0.8, Double(t))
            #expect(abs(result.error[t - 1] - expected) < 1e-12 * initial)
        }
        #expect(result.convention == .autograd)
        #expect(result.loss == "squared-centre-form")
    }

    /// Adam's first step moves each coordinate by `eta * g/(|g| + epsilon')` (bias
    /// corrections cancel): very nearly `eta * sign(g)`.
    @Test func adamFirstStep() throws {
        let trajectory = try RegressionTrajectory(
            direction: AutogradDirection(SquaredCentreFormLoss()),
            start: CentreFormBox(cx: 11, cy: 9.5, w: 2, h: 0.5), target: CentreFormBox(cx: 10, cy: 10, w: 1, h: 1),
            iterations: 1, schedule: .constant(0.01), optimiser: .adamDefault, scaling: .none)
        #expect(trajectory.final.cx.isApproximatelyEqual(to: 10.99, absoluteTolerance: 1e-9))
        #expect(trajectory.final.cy.isApproximatelyEqual(to: 9.51, absoluteTolerance: 1e-9))
        #expect(trajectory.final.w.isApproximatelyEqual(to: 1.99, absoluteTolerance: 1e-9))
        #expect(trajectory.final.h.isApproximatelyEqual(to: 0.51, absoluteTolerance: 1e-9))
    }

    /// Adam through the simulator (lanes) and through a trajectory (scalar) agree.
    @Test func adamLanesAgreeWithScalar() throws {
        var simulation = SimulationSettings.diou1715k(points: 1, iterations: 15)
        simulation.optimiser = .adamDefault
        let result = try RegressionSimulator(threads: 1).run(simulation, direction: ReferenceDirection(.diou))
        for index in [0, 200, 342] {
            let c = simulation.regressionCase(index)
            let trajectory = try RegressionTrajectory(
                direction: ReferenceDirection(.diou), start: c.anchor, target: c.target,
                iterations: 15, schedule: simulation.schedule, optimiser: .adamDefault, record: [])
            #expect((trajectory.final.l1Distance(to: c.target)).isApproximatelyEqual(to: result.finalErrorPerCase[index], absoluteTolerance: 1e-12))
        }
    }

    @Test func badInputs() {
        #expect(throws: SimulationError.nonPositiveThreadCount(0)) {
            try RegressionSimulator(threads: 0).run(SimulationSettings.diou1715k(points: 1),
                                                    direction: ReferenceDirection(.iou))
        }
        #expect(throws: SimulationError.noAnchorCentres) {
            try RegressionSimulator(threads: 1).run(SimulationSettings.diou1715k(anchorCentres: []),
                                                    direction: ReferenceDirection(.iou))
        }
    }

    @Test func progressReachesTheTotal() throws {
        let counter = ProgressProbe()
        let simulation = SimulationSettings.diou1715k(points: 10, iterations: 2)
        _ = try RegressionSimulator(threads: 2).run(simulation, direction: ReferenceDirection(.iou)) { done, total in
            counter.record(done: done, total: total)
        }
        #expect(counter.last == 3430)
        #expect(counter.calls == 3)
    }
}

/// Collects progress calls (they come one at a time from worker threads).
private final class ProgressProbe: @unchecked Sendable {
    var last = 0
    var calls = 0
    func record(done: Int, total: Int) {
        last = done
        calls += 1
        #expect(total == 3430)
    }
}

private func pow(_ base: Double, _ exponent: Double) -> Double {
    var result = 1.0
    for _ in 0..<Int(exponent) { result *= base }
    return result
}
