import Foundation
import LossvizLosses

/// Runs a `SimulationSettings` for one loss, all cores, deterministically.
///
/// The cases are split into fixed chunks of `pointsPerChunk` anchor centres; each
/// chunk regresses its cases one after the other (the box lives in registers for
/// all iterations, no allocation in the loop) and keeps its own per-iteration error
/// sums. The chunk sums are added afterwards in chunk order, so the result is
/// bit-for-bit the same for any thread count.
public struct RegressionSimulator: Sendable {
    /// Worker threads (at least 1).
    public var threads: Int

    /// Anchor centres per chunk of work. Fixed (it sets the summation order of the
    /// error totals, which must not depend on the thread count).
    public static let pointsPerChunk = 4

    /// How many chunks of work `points` anchor centres make.
    static func chunkCount(points: Int) -> Int { (points + pointsPerChunk - 1) / pointsPerChunk }

    /// A simulator on `threads` workers (default: the active processor count).
    public init(threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.threads = threads
    }

    /// Regresses every case of `simulation` with `direction`'s gradient.
    ///
    /// - Parameters:
    ///   - simulation: the cases and the update rule.
    ///   - direction: the loss gradient, e.g. `ReferenceDirection(.giou)` or
    ///     `AutogradDirection(someBoxLoss)` (evaluated case by case; for catalogue
    ///     losses `run(_:autograd:)` is faster where a loss has a lane gradient).
    ///   - progress: called after each chunk with (cases done, all cases), from a
    ///     worker thread, one call at a time.
    /// - Throws: `SimulationError` if the protocol is invalid or `threads < 1`.
    public func run<Direction: RegressionDirection>(
        _ simulation: SimulationSettings,
        direction: Direction,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(SimulationError) -> SimulationResult {
        // A reference direction is swapped for its compile-time-fixed twin so the
        // inner loop is specialised per loss (the same numbers, no switch per step).
        if let reference = direction as? ReferenceDirection {
            switch reference.loss {
            case .iou: return try run(simulation, FixedReferenceDirection<FixedIoU>(), lanes: Lanes.self, progress)
            case .giou: return try run(simulation, FixedReferenceDirection<FixedGIoU>(), lanes: Lanes.self, progress)
            case .diou: return try run(simulation, FixedReferenceDirection<FixedDIoU>(), lanes: Lanes.self, progress)
            case .ciou: return try run(simulation, FixedReferenceDirection<FixedCIoU>(), lanes: Lanes.self, progress)
            }
        }
        return try run(simulation, LaneByLane(direction: direction), lanes: Double.self, progress)
    }

    /// How many cases run side by side (SIMD lanes) with a lane direction (the
    /// reference directions and the lane autograd gradients).
    typealias Lanes = SIMD4<Double>

    /// The simulation with `direction` specialised and `T.laneCount` cases per step.
    func run<T: LaneArithmetic, Direction: LaneRegressionDirection>(
        _ simulation: SimulationSettings,
        _ direction: Direction,
        lanes: T.Type,
        _ progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    ) throws(SimulationError) -> SimulationResult {
        try simulation.validate()
        guard threads >= 1 else { throw .nonPositiveThreadCount(threads) }

        let points = simulation.anchorCentres.count
        let perPoint = simulation.casesPerPoint
        let caseCount = simulation.caseCount
        let iterations = simulation.iterations
        let chunkCount = Self.chunkCount(points: points)
        let templates = simulation.caseTemplates
        let anchorWidths = templates.map(\.anchor.w), anchorHeights = templates.map(\.anchor.h)
        let targetBoxes = templates.map(\.target)
        let targetAngles = targetBoxes.map { laneArcTangent($0.w / $0.h) }
        let centres = simulation.anchorCentres
        let steps = simulation.schedule.steps(iterations: iterations)
        let optimiser = simulation.optimiser, scaling = simulation.scaling

        // Slots: per case final error; per chunk `iterations` error sums and one initial sum.
        let finalErrors = SharedDoubleBuffer(count: caseCount)
        let chunkErrors = SharedDoubleBuffer(count: chunkCount * iterations)
        let chunkInitial = SharedDoubleBuffer(count: chunkCount)
        defer {
            finalErrors.deallocate()
            chunkErrors.deallocate()
            chunkInitial.deallocate()
        }
        let progressCounter = ProgressCount()
        let laneCount = T.laneCount

        ChunkedParallelLoop(chunkCount: chunkCount, threads: threads).run({ chunk in
            let firstCase = chunk * Self.pointsPerChunk * perPoint
            let endCase = min((chunk + 1) * Self.pointsPerChunk, points) * perPoint
            let caseTotal = endCase - firstCase
            let groups = (caseTotal + laneCount - 1) / laneCount

            // The chunk's cases as lanes of groups; a short last group repeats its
            // last case in the spare lanes, which are never counted or read back.
            let boxes = UnsafeMutablePointer<LaneBox<T>>.allocate(capacity: groups)
            let targets = UnsafeMutablePointer<ReferenceTarget<T>>.allocate(capacity: groups)
            let laneSums = UnsafeMutablePointer<T>.allocate(capacity: iterations)
            defer {
                boxes.deallocate()
                targets.deallocate()
                laneSums.deallocate()
            }
            laneSums.initialize(repeating: T(broadcast: 0), count: iterations)
            var initial = 0.0
            for g in 0..<groups {
                let zero = T(broadcast: 0)
                var start = LaneBox(x: zero, y: zero, w: zero, h: zero), target = start, angle = zero
                for lane in 0..<laneCount {
                    let index = firstCase + min(g * laneCount + lane, caseTotal - 1)
                    let centre = centres[index / perPoint], template = index % perPoint
                    start.x.setLane(lane, to: centre.x)
                    start.y.setLane(lane, to: centre.y)
                    start.w.setLane(lane, to: anchorWidths[template])
                    start.h.setLane(lane, to: anchorHeights[template])
                    let box = targetBoxes[template]
                    target.x.setLane(lane, to: box.cx)
                    target.y.setLane(lane, to: box.cy)
                    target.w.setLane(lane, to: box.w)
                    target.h.setLane(lane, to: box.h)
                    angle.setLane(lane, to: targetAngles[template])
                }
                (boxes + g).initialize(to: start)
                (targets + g).initialize(to: ReferenceTarget(x: target.x, y: target.y, w: target.w, h: target.h,
                                                             aspectAngle: angle))
                let startError = start.l1Distance(to: target)
                for lane in 0..<min(laneCount, caseTotal - g * laneCount) { initial += startError.lane(lane) }
            }
            let block = RegressionBlock(boxes: boxes, targets: targets, groups: groups,
                                        lanesInLastGroup: caseTotal - (groups - 1) * laneCount)
            var observer = NoRegressionObserver<T>()
            steps.withUnsafeBufferPointer { stepBuffer in
                block.run(direction, steps: stepBuffer, optimiser: optimiser, scaling: scaling,
                          laneSums: laneSums, observer: &observer)
            }
            for g in 0..<groups {
                let endError = boxes[g].l1Distance(to: LaneBox(targets[g]))
                for lane in 0..<min(laneCount, caseTotal - g * laneCount) {
                    finalErrors.base[firstCase + g * laneCount + lane] = endError.lane(lane)
                }
            }
            let errors = chunkErrors.base + chunk * iterations
            for t in 0..<iterations {
                var sum = 0.0
                for lane in 0..<laneCount { sum += laneSums[t].lane(lane) }
                errors[t] = sum
            }
            chunkInitial.base[chunk] = initial
        }, completed: { chunk in
            guard let progress else { return }
            let cases = (min((chunk + 1) * Self.pointsPerChunk, points) - chunk * Self.pointsPerChunk) * perPoint
            progress(progressCounter.add(cases), caseCount)
        })

        var error = [Double](repeating: 0, count: iterations)
        var initialError = 0.0
        for chunk in 0..<chunkCount {
            initialError += chunkInitial.base[chunk]
            for t in 0..<iterations { error[t] += chunkErrors.base[chunk * iterations + t] }
        }
        let perCase = finalErrors.array()
        let perPointErrors = (0..<points).map { point in
            perCase[point * perPoint ..< (point + 1) * perPoint].reduce(0, +)
        }
        return SimulationResult(
            loss: direction.name, convention: direction.convention, caseCount: caseCount,
            initialError: initialError, error: error,
            finalErrorPerCase: perCase, finalErrorPerPoint: perPointErrors
        )
    }
}

/// A running count of finished cases; only touched under the chunk loop's lock.
private final class ProgressCount: @unchecked Sendable {
    private var done = 0

    func add(_ cases: Int) -> Int {
        done += cases
        return done
    }
}
