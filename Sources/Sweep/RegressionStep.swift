import Losses

/// Box regression of one case - or of several independent cases in SIMD lanes -
/// iterated in place: the update rule of SIMULATION.md section 1 generalised by
/// `RegressionOptimiser` and `StepScaling`.
///
/// With `g = s * dL/dB` (`s = 2 - IoU(B)` with the plain IoU before the step, or 1):
/// SGD moves `B <- B - (eta_t * s) * dL/dB` (for the reference convention
/// `dL/dB = -d(B)`, so this is exactly the authors' `B + (eta (2 - IoU)) d(B)`);
/// Adam moves by its bias-corrected moment ratio. `observer` sees the boxes
/// after each update. Lanes never mix: lane `i` of the result depends on lane `i`
/// of the inputs only, bit for bit as if run alone. (Generic over the observer
/// rather than taking a closure so that it always specialises and inlines.)
@inline(__always)
func regress<T: ReferenceArithmetic, Direction: LaneRegressionDirection, Observer: RegressionObserver<T>>(
    _ direction: Direction,
    from start: LaneBox<T>,
    target: ReferenceTarget<T>,
    steps: UnsafeBufferPointer<Double>,
    optimiser: RegressionOptimiser,
    scaling: StepScaling,
    observer: inout Observer
) -> LaneBox<T> {
    var box = start
    let scaled = scaling == .twoMinusIoU
    switch optimiser {
    case .sgd:
        for t in 0..<steps.count {
            var s = T(broadcast: steps[t])
            if scaled {
                s = s * (T(broadcast: 2) - referencePlainIoU(x: box.x, y: box.y, w: box.w, h: box.h, target: target))
            }
            let g = direction.lossGradient(box, target: target)
            box.x = box.x - s * g.x
            box.y = box.y - s * g.y
            box.w = box.w - s * g.w
            box.h = box.h - s * g.h
            observer.observe(iteration: t, box: box)
        }
    case let .adam(beta1, beta2, epsilon):
        let zero = T(broadcast: 0)
        var m = LaneBox(x: zero, y: zero, w: zero, h: zero), v = m
        let b1 = T(broadcast: beta1), b2 = T(broadcast: beta2)
        let oneMinusB1 = T(broadcast: 1 - beta1), oneMinusB2 = T(broadcast: 1 - beta2)
        let offset = T(broadcast: epsilon)
        var beta1Power = 1.0, beta2Power = 1.0
        @inline(__always) func moments(_ m: inout T, _ v: inout T, _ g: T) {
            m = b1 * m + oneMinusB1 * g
            v = b2 * v + oneMinusB2 * g * g
        }
        for t in 0..<steps.count {
            var s = T(broadcast: 1)
            if scaled {
                s = T(broadcast: 2) - referencePlainIoU(x: box.x, y: box.y, w: box.w, h: box.h, target: target)
            }
            let raw = direction.lossGradient(box, target: target)
            moments(&m.x, &v.x, s * raw.x)
            moments(&m.y, &v.y, s * raw.y)
            moments(&m.w, &v.w, s * raw.w)
            moments(&m.h, &v.h, s * raw.h)
            beta1Power *= beta1
            beta2Power *= beta2
            let eta = T(broadcast: steps[t])
            let c1 = T(broadcast: 1 - beta1Power), c2 = T(broadcast: 1 - beta2Power)
            box.x = box.x - eta * (m.x / c1) / (T.squareRoot(v.x / c2) + offset)
            box.y = box.y - eta * (m.y / c1) / (T.squareRoot(v.y / c2) + offset)
            box.w = box.w - eta * (m.w / c1) / (T.squareRoot(v.w / c2) + offset)
            box.h = box.h - eta * (m.h / c1) / (T.squareRoot(v.h / c2) + offset)
            observer.observe(iteration: t, box: box)
        }
    }
    return box
}

/// Something that watches a regression after every update.
protocol RegressionObserver<Lanes> {
    associatedtype Lanes: ReferenceArithmetic
    /// Called with the boxes after update `iteration` (0-based).
    mutating func observe(iteration: Int, box: LaneBox<Lanes>)
}

/// Adds each lane's l1 error after update `t` to `sums[t]`, lane by lane; lanes
/// where `counted` is false (spare lanes of a short last group) add 0. The
/// simulator reduces the lanes of `sums` once per chunk, in lane order.
struct ErrorAccumulator<Lanes: ReferenceArithmetic>: RegressionObserver {
    let sums: UnsafeMutablePointer<Lanes>
    let target: LaneBox<Lanes>
    let counted: Lanes.Condition

    @inline(__always)
    mutating func observe(iteration: Int, box: LaneBox<Lanes>) {
        sums[iteration] = sums[iteration] + Lanes.select(counted, box.l1Distance(to: target), Lanes(broadcast: 0))
    }
}
