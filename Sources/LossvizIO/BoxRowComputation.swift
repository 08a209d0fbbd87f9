import LossvizLosses

/// One row of a box loss for `lossviz eval`: the two boxes checked, value and
/// gradient under the gradient convention, in corner or centre form.
///
/// Scale-invariant losses are computed robustly: when the largest coordinate
/// is beyond 2^±256 (about 1e±77: near 1e155 `w * h` overflows, near 1e-160 it
/// underflows) or a result is not finite, both boxes are scaled by a power of
/// two (exactly) to coordinates near 2^63, where every intermediate is finite,
/// and the gradient is scaled back. What is still NaN after that is rejected
/// (`RowFault.checkFinite`).
struct BoxRowComputation: Sendable {
    /// The box losses whose value is unchanged when both boxes are scaled
    /// about the origin (all but mpdiou, which divides by a fixed image size).
    static let scaleInvariantLosses: Set<String> = [
        "iou", "log-iou", "giou", "diou", "ciou", "eiou", "focal-eiou", "siou", "alpha-iou",
        "wiou", "inner-iou", "focaler-iou", "shape-iou",
    ]

    let evaluatePair: @Sendable (Box, Box) -> BoxLossEvaluation
    let format: BoxFormat
    let scaleInvariant: Bool

    init(loss: ConfiguredBoxLoss, format: BoxFormat, gradient: GradientConvention) throws(EvalInputError) {
        evaluatePair = try Self.pairEvaluation(loss, gradient: gradient)
        self.format = format
        scaleInvariant = Self.scaleInvariantLosses.contains(loss.name)
    }

    /// Value and gradient of one box pair under the gradient convention
    /// (`ConfiguredBoxLoss.evaluate(prediction:target:convention:)`).
    static func pairEvaluation(_ boxLoss: ConfiguredBoxLoss, gradient: GradientConvention) throws(EvalInputError) -> @Sendable (Box, Box) -> BoxLossEvaluation {
        guard boxLoss.hasGradient(gradient) else { throw .referenceGradientUndefined(loss: boxLoss.name) }
        return { prediction, target in
            boxLoss.evaluate(prediction: prediction, target: target, convention: gradient)
                ?? BoxLossEvaluation(value: .nan, gradient: BoxGradient(x1: .nan, y1: .nan, x2: .nan, y2: .nan))
        }
    }

    /// The row computation: inputs are the prediction's four numbers, then the target's.
    var compute: RowComputation {
        { [self] inputs, _, outputs throws(RowFault) in
            let prediction = try box(inputs, first: 0)
            let target = try box(inputs, first: 4)
            let largest = max(prediction.largestMagnitude, target.largestMagnitude)
            let extreme = largest > 0 && abs(largest.exponent) > 256
            if !(scaleInvariant && extreme) {
                write(evaluatePair(prediction, target), to: outputs, scale: 1)
            }
            if scaleInvariant && largest > 0 && (extreme || !(0..<5).allSatisfy({ outputs[$0].isFinite })) {
                let scale = Double(sign: .plus, exponent: 63 - largest.exponent, significand: 1)
                write(evaluatePair(prediction.scaled(by: scale), target.scaled(by: scale)), to: outputs, scale: scale)
            }
            try RowFault.checkFinite(outputs, count: 5, inputs: inputs, inputCount: 8)
        }
    }

    /// Value, then the gradient with respect to the unscaled inputs (`scale` times the scaled one).
    private func write(_ result: BoxLossEvaluation, to outputs: UnsafeMutablePointer<Double>, scale: Double) {
        let gradient = result.gradient
        outputs[0] = result.value
        switch format {
        case .xyxy:
            outputs[1] = gradient.x1 * scale; outputs[2] = gradient.y1 * scale
            outputs[3] = gradient.x2 * scale; outputs[4] = gradient.y2 * scale
        case .cxcywh:
            outputs[1] = gradient.cx * scale; outputs[2] = gradient.cy * scale
            outputs[3] = gradient.w * scale; outputs[4] = gradient.h * scale
        }
    }

    /// The box in inputs `first ..< first + 4`, checked: `x2 > x1`, `y2 > y1` (or `w, h > 0`).
    private func box(_ inputs: UnsafeMutablePointer<Double>, first: Int) throws(RowFault) -> Box {
        let a = inputs[first], b = inputs[first + 1], c = inputs[first + 2], d = inputs[first + 3]
        var names: [String] { format.columns(prefix: first == 0 ? "p" : "t") }
        switch format {
        case .xyxy:
            guard c > a else { throw RowFault(input: first + 2, reason: "is not greater than \(names[0]) = \(RoundTripNumber.format(a)); a box needs x2 > x1") }
            guard d > b else { throw RowFault(input: first + 3, reason: "is not greater than \(names[1]) = \(RoundTripNumber.format(b)); a box needs y2 > y1") }
            return Box(x1: a, y1: b, x2: c, y2: d)
        case .cxcywh:
            guard c > 0 else { throw RowFault(input: first + 2, reason: "is not positive; a box needs w > 0") }
            guard d > 0 else { throw RowFault(input: first + 3, reason: "is not positive; a box needs h > 0") }
            do {
                return try Box(cx: a, cy: b, w: c, h: d).validated()
            } catch .nonPositiveHeight {
                throw RowFault(input: first + 3, reason: "is too small for the centre \(names[1]) = \(RoundTripNumber.format(b)): its corners round to the same number")
            } catch {
                throw RowFault(input: first + 2, reason: "does not give a box with finite corners x2 > x1 at \(names[0]) = \(RoundTripNumber.format(a))")
            }
        }
    }
}

extension Box {
    /// The largest magnitude of the four corners.
    fileprivate var largestMagnitude: Double { max(abs(x1), abs(y1), abs(x2), abs(y2)) }

    /// The box with every corner multiplied by `scale`.
    fileprivate func scaled(by scale: Double) -> Box {
        Box(x1: x1 * scale, y1: y1 * scale, x2: x2 * scale, y2: y2 * scale)
    }
}
