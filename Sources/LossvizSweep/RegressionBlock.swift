import LossvizLosses

/// Many independent regressions advanced together, iteration by iteration: the
/// inner loop of the simulator and of trajectories (docs/simulation.md section 1).
///
/// Update rule, with `s = 2 - IoU(B)` (plain IoU before the step) or 1 (`StepScaling`):
/// SGD moves `B <- B - (eta_t * s) * dL/dB` - for the reference convention
/// `dL/dB = -d(B)`, so this is exactly the authors' `B + (eta (2 - IoU)) d(B)`;
/// Adam (Kingma & Ba, Algorithm 1) feeds `g = s * dL/dB` to its moments and moves
/// `B <- B - eta_t * (m/(1 - b1^t)) / (sqrt(v/(1 - b2^t)) + epsilon)`.
///
/// The cases sit in `groups` of `T.laneCount` (SIMD lanes), stored as arrays
/// (`boxes[g]`, `targets[g]`); each iteration sweeps all groups. One regression
/// is a long chain of dependent operations (a division and a dozen multiplies
/// per step), so advancing many independent groups per iteration keeps the
/// core busy where a case-by-case loop would wait on that chain. Lanes never mix:
/// each case gives the same numbers whatever its lane, group or block.
struct RegressionBlock<T: LaneArithmetic> {
    /// The boxes being regressed, one `LaneBox` per group (updated in place).
    let boxes: UnsafeMutablePointer<LaneBox<T>>
    /// The targets, one per group.
    let targets: UnsafePointer<ReferenceTarget<T>>
    /// Number of groups.
    let groups: Int
    /// Lanes of the last group that hold real cases (the rest repeat one and are not counted).
    let lanesInLastGroup: Int

    /// Runs every step, adding after step `t` each counted lane's l1 error to
    /// `laneSums[t]` (lane by lane, groups in order), then calling
    /// `observer.observe(iteration: t, boxes:)`.
    @inline(__always)
    func run<Direction: LaneRegressionDirection, Observer: RegressionObserver<T>>(
        _ direction: Direction,
        steps: UnsafeBufferPointer<Double>,
        optimiser: RegressionOptimiser,
        scaling: StepScaling,
        laneSums: UnsafeMutablePointer<T>,
        observer: inout Observer
    ) {
        guard groups > 0 else { return }
        var laneIndex = T(broadcast: 0)
        for lane in 0..<T.laneCount { laneIndex.setLane(lane, to: Double(lane)) }
        let lastCounted = T.isLess(laneIndex, T(broadcast: Double(lanesInLastGroup)))
        let zero = T(broadcast: 0), two = T(broadcast: 2)
        let scaled = scaling == .twoMinusIoU

        @inline(__always) func error(_ box: LaneBox<T>, _ target: ReferenceTarget<T>) -> T {
            box.l1Distance(to: LaneBox(target))
        }
        @inline(__always) func factor(_ plainIoU: T) -> T {
            scaled ? two - plainIoU : T(broadcast: 1)
        }

        switch optimiser {
        case .sgd:
            for t in 0..<steps.count {
                let eta = T(broadcast: steps[t])
                var sum = zero
                for g in 0..<groups {
                    let target = targets[g]
                    var box = boxes[g]
                    let step = direction.step(box, target: target)
                    let s = eta * factor(step.plainIoU), d = step.gradient
                    box.x = box.x - s * d.x
                    box.y = box.y - s * d.y
                    box.w = box.w - s * d.w
                    box.h = box.h - s * d.h
                    boxes[g] = box
                    let e = error(box, target)
                    sum = sum + (g == groups - 1 ? T.select(lastCounted, e, zero) : e)
                }
                laneSums[t] = laneSums[t] + sum
                observer.observe(iteration: t, boxes: UnsafePointer(boxes))
            }
        case let .adam(beta1, beta2, epsilon):
            let moments = UnsafeMutablePointer<LaneBox<T>>.allocate(capacity: 2 * groups)
            defer { moments.deallocate() }
            moments.initialize(repeating: LaneBox(x: zero, y: zero, w: zero, h: zero), count: 2 * groups)
            let b1 = T(broadcast: beta1), b2 = T(broadcast: beta2)
            let oneMinusB1 = T(broadcast: 1 - beta1), oneMinusB2 = T(broadcast: 1 - beta2)
            let offset = T(broadcast: epsilon)
            var beta1Power = 1.0, beta2Power = 1.0
            for t in 0..<steps.count {
                beta1Power *= beta1
                beta2Power *= beta2
                let eta = T(broadcast: steps[t])
                let c1 = T(broadcast: 1 - beta1Power), c2 = T(broadcast: 1 - beta2Power)
                @inline(__always) func move(_ p: inout T, _ m: inout T, _ v: inout T, _ g: T) {
                    m = b1 * m + oneMinusB1 * g
                    v = b2 * v + oneMinusB2 * g * g
                    p = p - eta * (m / c1) / (T.squareRoot(v / c2) + offset)
                }
                var sum = zero
                for g in 0..<groups {
                    let target = targets[g]
                    var box = boxes[g]
                    var m = moments[2 * g], v = moments[2 * g + 1]
                    let step = direction.step(box, target: target)
                    let s = factor(step.plainIoU), d = step.gradient
                    move(&box.x, &m.x, &v.x, s * d.x)
                    move(&box.y, &m.y, &v.y, s * d.y)
                    move(&box.w, &m.w, &v.w, s * d.w)
                    move(&box.h, &m.h, &v.h, s * d.h)
                    boxes[g] = box
                    moments[2 * g] = m
                    moments[2 * g + 1] = v
                    let e = error(box, target)
                    sum = sum + (g == groups - 1 ? T.select(lastCounted, e, zero) : e)
                }
                laneSums[t] = laneSums[t] + sum
                observer.observe(iteration: t, boxes: UnsafePointer(boxes))
            }
        }
    }
}

/// Something that looks at the boxes of a `RegressionBlock` after every update.
protocol RegressionObserver<Lanes> {
    associatedtype Lanes: LaneArithmetic
    /// Called after update `iteration` (0-based) with the block's boxes.
    mutating func observe(iteration: Int, boxes: UnsafePointer<LaneBox<Lanes>>)
}

/// Looks at nothing (the simulator needs only the error sums).
struct NoRegressionObserver<Lanes: LaneArithmetic>: RegressionObserver {
    @inline(__always)
    mutating func observe(iteration: Int, boxes: UnsafePointer<LaneBox<Lanes>>) {}
}
