import LossvizLosses
import LossvizTestSupport
import Testing
@testable import LossvizSweep

@Suite("Autograd simulation through the lane gradients")
struct LaneAutogradSimulationTests {
    /// The losses `run(_:autograd:)` sends to a lane gradient, with non-default options.
    static let laneLosses: [ConfiguredBoxLoss] = [
        .iou(IoULoss()), .giou(GeneralizedIoULoss()), .diou(DistanceIoULoss()), .ciou(CompleteIoULoss()),
        .ciou(CompleteIoULoss(alphaGate: true)), .eiou(EfficientIoULoss()), .siou(SCYLLAIoULoss()),
        .siou(SCYLLAIoULoss(theta: 2.5)),
    ]

    /// The by-name path (lane gradients, SIMD lanes) and the generic path
    /// (`AutogradDirection`, the loss's `evaluate` case by case) give the same error
    /// after every one of 50 iterations on 2 x 343 cases, to 1e-9 relative, and the
    /// same initial error. (Not bit for bit: the two derivative computations round
    /// differently, and cases that oscillate across a kink amplify last-bit
    /// differences over many iterations, as against torch in `AutogradSimulationFixtureTests`.)
    @Test(arguments: laneLosses)
    func lanePathMatchesGenericPath(loss: ConfiguredBoxLoss) throws {
        let simulation = SimulationSettings.diou1715k(points: 2, seed: 5, iterations: 50)
        let simulator = RegressionSimulator(threads: 2)
        let lanes = try simulator.run(simulation, autograd: loss)
        let generic = try loss.accept(GenericRun(simulator: simulator, simulation: simulation)).get()
        #expect(lanes.loss == generic.loss && lanes.convention == .autograd)
        #expect(lanes.initialError.bitPattern == generic.initialError.bitPattern)
        var worst = 0.0
        for (ours, theirs) in zip(lanes.error, generic.error) { worst = max(worst, abs(ours - theirs) / abs(theirs)) }
        #expect(lanes.error.count == 50)
        #expect(worst <= 1e-9, "\(loss.name): largest relative difference \(worst)")
    }

    /// The lane path gives the same numbers, bit for bit, on 1 and 2 threads.
    @Test(arguments: [ConfiguredBoxLoss.giou(GeneralizedIoULoss()), .ciou(CompleteIoULoss()), .siou(SCYLLAIoULoss())])
    func deterministicAcrossThreadCounts(loss: ConfiguredBoxLoss) throws {
        let simulation = SimulationSettings.diou1715k(points: 9, seed: 11, iterations: 20)
        let one = try RegressionSimulator(threads: 1).run(simulation, autograd: loss)
        let two = try RegressionSimulator(threads: 2).run(simulation, autograd: loss)
        #expect(one.error.map(\.bitPattern) == two.error.map(\.bitPattern))
        #expect(one.finalErrorPerCase.map(\.bitPattern) == two.finalErrorPerCase.map(\.bitPattern))
    }

    /// A lane direction's step with `T = Double` is the loss's autograd gradient
    /// (`AutogradDirection`, to 1e-12 absolute), and its plain IoU is the authors'
    /// `referencePlainIoU` (bit for bit).
    @Test func stepMatchesAutogradAndReferenceIoU() {
        let direction = LaneAutogradDirection(loss: CompleteIoULoss())
        let target = CentreFormBox(cx: 10, cy: 10, w: 1, h: 2)
        let prepared = ReferenceTarget(x: target.cx, y: target.cy, w: target.w, h: target.h)
        let box = LaneBox(x: 10.4, y: 9.1, w: 1.7, h: 0.9)
        let step = direction.step(box, target: prepared)
        let autograd = AutogradDirection(CompleteIoULoss())
            .lossGradient(x: box.x, y: box.y, w: box.w, h: box.h, target: target)
        let pairs = [(step.gradient.x, autograd.x), (step.gradient.y, autograd.y),
                     (step.gradient.w, autograd.w), (step.gradient.h, autograd.h)]
        for (lane, generic) in pairs {
            #expect(lane.isApproximatelyEqual(to: generic, absoluteTolerance: 1e-12), "lane \(lane) vs autograd \(generic)")
        }
        let reference = referencePlainIoU(x: box.x, y: box.y, w: box.w, h: box.h, target: prepared)
        #expect(step.plainIoU.bitPattern == reference.bitPattern)
    }
}

/// Runs a simulation through the generic path (`AutogradDirection`) with the held loss.
private struct GenericRun: BoxLossVisitor {
    let simulator: RegressionSimulator
    let simulation: SimulationSettings

    func visit<Loss: BoxLoss>(_ loss: Loss) -> Result<SimulationResult, SimulationError> {
        Result { () throws(SimulationError) in try simulator.run(simulation, direction: AutogradDirection(loss)) }
    }
}
