import LossvizLosses

/// 1-D curves of several catalogue losses over one range: what `lossviz curve`
/// computes and writes with `--data`.
///
/// The variable depends on the loss's kind: box losses move the prediction along
/// a `BoxSweepParameter`, element-wise losses take the residual, binary
/// classification losses the logit (for a fixed target), multi-class losses the
/// true class's logit (other logits 0).
public struct CurveReport: Sendable {
    /// How box losses are swept.
    public struct BoxSettings: Hashable, Sendable {
        /// What moves.
        public var parameter: BoxSweepParameter
        /// The prediction that the parameter modifies.
        public var base: CentreFormBox
        /// The fixed target.
        public var target: CentreFormBox

        /// Sweep `parameter` of `base` against `target`.
        public init(parameter: BoxSweepParameter, base: CentreFormBox, target: CentreFormBox) {
            self.parameter = parameter
            self.base = base
            self.target = target
        }
    }

    /// One loss's curve.
    public enum Curve: Sendable {
        /// A box loss's curve.
        case box(BoxLossCurve)
        /// An element-wise or classification loss's curve.
        case scalar(ScalarLossCurve, kind: LossKind)
    }

    /// The sample points.
    public var axis: SweepAxis
    /// Whether the points are log-spaced.
    public var logarithmic: Bool
    /// The box sweep (used by box losses).
    public var box: BoxSettings
    /// The target of binary classification losses.
    public var binaryTarget: Double
    /// The number of classes of multi-class losses.
    public var classCount: Int
    /// One curve per loss, in the order asked for.
    public var curves: [Curve]

    /// Computes every loss's curve.
    /// - Throws: `SweepError`, a loss's `ClassificationInputError`, or
    ///   `CurveRequestError.noCurve` for UnitBox's per-pixel loss.
    public init(
        losses: [ConfiguredLoss], axis: SweepAxis, logarithmic: Bool, box: BoxSettings,
        binaryTarget: Double = 1, classCount: Int = 2
    ) throws {
        self.axis = axis
        self.logarithmic = logarithmic
        self.box = box
        self.binaryTarget = binaryTarget
        self.classCount = classCount
        curves = try losses.map { loss throws -> Curve in
            switch loss {
            case let .box(boxLoss):
                return .box(try BoxLossCurve(loss: boxLoss, parameter: box.parameter, values: axis,
                                             base: box.base, target: box.target))
            case let .elementWise(scalar):
                return .scalar(ScalarLossCurve(elementWise: scalar, residuals: axis), kind: .elementWise)
            case let .binaryClassification(binary):
                return .scalar(ScalarLossCurve(binary: binary, logits: axis, target: binaryTarget),
                               kind: .binaryClassification)
            case let .multiClassClassification(multi):
                return .scalar(try ScalarLossCurve(multiClass: multi, trueLogits: axis, classCount: classCount),
                               kind: .multiClassClassification)
            case .pixelDistances:
                throw CurveRequestError.noCurve(loss: loss.name)
            }
        }
    }
}

/// Why a curve cannot be drawn for a loss.
public enum CurveRequestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The loss has no single variable to sweep (UnitBox's per-pixel loss).
    case noCurve(loss: String)

    public var description: String {
        switch self {
        case let .noCurve(loss):
            return "\(loss) takes four pixel distances, not one variable; it has no 1-D curve (see `lossviz figure unitbox`)"
        }
    }
}
