import LossvizLosses

/// Centre-form boxes of several independent cases side by side (one per SIMD lane
/// of `T`, or one box when `T` is `Double`): the simulator's working state.
struct LaneBox<T: LaneArithmetic> {
    var x: T
    var y: T
    var w: T
    var h: T

    @inline(__always)
    init(x: T, y: T, w: T, h: T) {
        self.x = x
        self.y = y
        self.w = w
        self.h = h
    }

    /// `|x - x_t| + |y - y_t| + |w - w_t| + |h - h_t|` per lane (docs/simulation.md section 1).
    @inline(__always)
    func l1Distance(to target: LaneBox<T>) -> T {
        T.magnitude(x - target.x) + T.magnitude(y - target.y) + T.magnitude(w - target.w) + T.magnitude(h - target.h)
    }

    /// The boxes of a prepared target.
    @inline(__always)
    init(_ target: ReferenceTarget<T>) {
        self.init(x: target.x, y: target.y, w: target.w, h: target.h)
    }

    /// Lane `index` as a `CentreFormBox`.
    @inline(__always)
    func box(lane index: Int) -> CentreFormBox {
        CentreFormBox(cx: x.lane(index), cy: y.lane(index), w: w.lane(index), h: h.lane(index))
    }
}

/// A loss gradient evaluated for several cases at once, lane by lane: what
/// `RegressionBlock` descends on (every `RegressionDirection` runs through `LaneByLane`).
protocol LaneRegressionDirection: Sendable {
    /// The loss's name as the CLI uses it, e.g. `"giou"`.
    var name: String { get }
    /// Which convention the gradient follows.
    var convention: GradientConvention { get }
    /// `dL/dB` in centre form for each lane's prediction and target, and the plain
    /// IoU of `iou.m` (the `IoU(B)` of the step factor `2 - IoU`).
    func step<T: LaneArithmetic>(_ box: LaneBox<T>, target: ReferenceTarget<T>) -> (gradient: LaneBox<T>, plainIoU: T)
}

/// Any direction, evaluated one lane at a time with its scalar `lossGradient`
/// (the path for `autograd` box losses without a lane gradient; used with `T = Double`).
struct LaneByLane<Direction: RegressionDirection>: LaneRegressionDirection {
    var direction: Direction

    var name: String { direction.name }
    var convention: GradientConvention { direction.convention }

    @inline(__always)
    func step<T: LaneArithmetic>(_ box: LaneBox<T>, target prepared: ReferenceTarget<T>) -> (gradient: LaneBox<T>, plainIoU: T) {
        let target = LaneBox(prepared)
        var result = LaneBox(x: T(broadcast: 0), y: T(broadcast: 0), w: T(broadcast: 0), h: T(broadcast: 0))
        for lane in 0..<T.laneCount {
            let g = direction.lossGradient(
                x: box.x.lane(lane), y: box.y.lane(lane), w: box.w.lane(lane), h: box.h.lane(lane),
                target: target.box(lane: lane)
            )
            result.x.setLane(lane, to: g.x)
            result.y.setLane(lane, to: g.y)
            result.w.setLane(lane, to: g.w)
            result.h.setLane(lane, to: g.h)
        }
        return (result, referencePlainIoU(x: box.x, y: box.y, w: box.w, h: box.h, target: prepared))
    }
}
