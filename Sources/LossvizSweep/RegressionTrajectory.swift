import LossvizLosses

/// One box regressed towards one target, with the box recorded at chosen
/// iterations: the regression snapshots of the DIoU paper's Fig. 1 and the CIoU
/// aspect-ratio drift of the Focal-EIoU paper (docs/simulation.md section 5).
///
/// The update is the simulator's (`SimulationSettings`): with `s = 2 - IoU(B)`
/// (plain IoU before the step) or 1, SGD moves `B <- B - eta_t * s * dL/dB`,
/// Adam by its moment ratio.
public struct RegressionTrajectory: Hashable, Sendable {
    /// A recorded box: the box after `iteration` updates (0 is the start).
    public struct Snapshot: Hashable, Sendable {
        /// Updates done (0: the start).
        public var iteration: Int
        /// The box after them.
        public var box: CentreFormBox

        /// The box after `iteration` updates.
        public init(iteration: Int, box: CentreFormBox) {
            self.iteration = iteration
            self.box = box
        }
    }

    /// The loss's name.
    public var loss: String
    /// The gradient convention used.
    public var convention: GradientConvention
    /// The target box.
    public var target: CentreFormBox
    /// The boxes at the recorded iterations, in increasing iteration order.
    public var snapshots: [Snapshot]
    /// The l1 error `|x - x_t| + |y - y_t| + |w - w_t| + |h - h_t|` after every
    /// update, `error[t - 1]` after update `t`.
    public var error: [Double]
    /// The box after the last update.
    public var final: CentreFormBox

    /// Regresses `start` towards `target` for `iterations` updates.
    ///
    /// - Parameters:
    ///   - direction: the loss gradient (`ReferenceDirection(.ciou)`, `AutogradDirection(loss)`, ...).
    ///   - record: iterations (0 ... `iterations`) at which to keep the box; `nil` keeps every one.
    /// - Throws: `SimulationError` for a non-positive iteration count, an invalid
    ///   schedule or optimiser, or a start or target that is not a valid box.
    public init<Direction: RegressionDirection>(
        direction: Direction,
        start: CentreFormBox,
        target: CentreFormBox,
        iterations: Int,
        schedule: StepSchedule,
        optimiser: RegressionOptimiser = .sgd,
        scaling: StepScaling = .twoMinusIoU,
        record: [Int]? = nil
    ) throws(SimulationError) {
        guard iterations > 0 else { throw .nonPositiveIterations(iterations) }
        guard schedule.isValid else { throw .invalidSchedule(schedule.description) }
        for box in [start, target] where !box.isValidBox { throw .invalidStart(box) }
        var probe = SimulationSettings(targets: [target], anchorCentres: [AnchorCentre(x: 0, y: 0)],
                                       anchorScales: [1], anchorShapes: [AspectShape(w: 1, h: 1)],
                                       iterations: 1, schedule: schedule, optimiser: optimiser)
        probe.scaling = scaling
        try probe.validate()

        let wanted = Set(record ?? Array(0...iterations))
        var recorder = SnapshotRecorder(wanted: wanted)
        if wanted.contains(0) { recorder.snapshots.append(Snapshot(iteration: 0, box: start)) }
        let box = UnsafeMutablePointer<LaneBox<Double>>.allocate(capacity: 1)
        let prepared = UnsafeMutablePointer<ReferenceTarget<Double>>.allocate(capacity: 1)
        let errors = UnsafeMutablePointer<Double>.allocate(capacity: iterations)
        defer {
            box.deallocate()
            prepared.deallocate()
            errors.deallocate()
        }
        box.initialize(to: LaneBox(x: start.cx, y: start.cy, w: start.w, h: start.h))
        prepared.initialize(to: ReferenceTarget(x: target.cx, y: target.cy, w: target.w, h: target.h))
        errors.initialize(repeating: 0, count: iterations)
        let block = RegressionBlock(boxes: box, targets: prepared, groups: 1, lanesInLastGroup: 1)
        schedule.steps(iterations: iterations).withUnsafeBufferPointer { steps in
            block.run(LaneByLane(direction: direction), steps: steps, optimiser: optimiser, scaling: scaling,
                      laneSums: errors, observer: &recorder)
        }
        loss = direction.name
        convention = direction.convention
        self.target = target
        snapshots = recorder.snapshots
        error = Array(UnsafeBufferPointer(start: errors, count: iterations))
        final = box.pointee.box(lane: 0)
    }
}

/// Keeps the box at the wanted iterations.
struct SnapshotRecorder: RegressionObserver {
    let wanted: Set<Int>
    var snapshots: [RegressionTrajectory.Snapshot] = []

    mutating func observe(iteration: Int, boxes: UnsafePointer<LaneBox<Double>>) {
        if wanted.contains(iteration + 1) {
            snapshots.append(RegressionTrajectory.Snapshot(iteration: iteration + 1, box: boxes.pointee.box(lane: 0)))
        }
    }
}
