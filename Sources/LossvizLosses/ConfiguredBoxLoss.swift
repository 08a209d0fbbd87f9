/// Code that runs with a concrete box-loss type: `ConfiguredBoxLoss.accept(_:)`
/// calls `visit` with the loss it holds, so a generic hot loop in `visit` is
/// specialised for each loss (the losses' `evaluate` is `@inlinable`).
public protocol BoxLossVisitor {
    /// What the visit returns.
    associatedtype Result
    /// Run with `loss` as its concrete type.
    func visit<Loss: BoxLoss>(_ loss: Loss) -> Result
}

/// A configured IoU-family loss of the catalogue, one case per loss type.
///
/// It is itself a `BoxLoss` (one `switch` per evaluation); for hot loops, pass
/// a `BoxLossVisitor` to `accept(_:)` to run generic code on the concrete type.
public enum ConfiguredBoxLoss: BoxLoss {
    /// `iou`.
    case iou(IoULoss)
    /// `log-iou`.
    case logIoU(LogIoULoss)
    /// `giou`.
    case giou(GeneralizedIoULoss)
    /// `diou`.
    case diou(DistanceIoULoss)
    /// `ciou`.
    case ciou(CompleteIoULoss)
    /// `eiou`.
    case eiou(EfficientIoULoss)
    /// `focal-eiou`.
    case focalEIoU(FocalEfficientIoULoss)
    /// `siou`.
    case siou(SCYLLAIoULoss)
    /// `alpha-iou`.
    case alphaIoU(AlphaIoULoss)
    /// `wiou`.
    case wiou(WiseIoULoss)
    /// `mpdiou`.
    case mpdiou(MinimumPointDistanceIoULoss)
    /// `inner-iou`.
    case innerIoU(InnerIoULoss)
    /// `focaler-iou`.
    case focalerIoU(FocalerIoULoss)
    /// `shape-iou`.
    case shapeIoU(ShapeIoULoss)

    /// Calls `visitor.visit` with the concrete loss.
    @inlinable
    public func accept<Visitor: BoxLossVisitor>(_ visitor: Visitor) -> Visitor.Result {
        switch self {
        case let .iou(loss): return visitor.visit(loss)
        case let .logIoU(loss): return visitor.visit(loss)
        case let .giou(loss): return visitor.visit(loss)
        case let .diou(loss): return visitor.visit(loss)
        case let .ciou(loss): return visitor.visit(loss)
        case let .eiou(loss): return visitor.visit(loss)
        case let .focalEIoU(loss): return visitor.visit(loss)
        case let .siou(loss): return visitor.visit(loss)
        case let .alphaIoU(loss): return visitor.visit(loss)
        case let .wiou(loss): return visitor.visit(loss)
        case let .mpdiou(loss): return visitor.visit(loss)
        case let .innerIoU(loss): return visitor.visit(loss)
        case let .focalerIoU(loss): return visitor.visit(loss)
        case let .shapeIoU(loss): return visitor.visit(loss)
        }
    }

    /// The held loss as an existential, for code that does not need speed.
    public var loss: any BoxLoss { accept(Existential()) }

    /// The held loss's catalogue name.
    public var name: String { loss.name }

    /// Value and gradient of the held loss.
    @inlinable
    public func evaluate(prediction: Box, target: Box) -> BoxLossEvaluation {
        accept(Evaluation(prediction: prediction, target: target))
    }

    /// Evaluates the visited loss at one pair.
    @usableFromInline
    struct Evaluation: BoxLossVisitor {
        @usableFromInline let prediction: Box
        @usableFromInline let target: Box

        @inlinable
        init(prediction: Box, target: Box) {
            self.prediction = prediction
            self.target = target
        }

        @inlinable
        func visit<Loss: BoxLoss>(_ loss: Loss) -> BoxLossEvaluation {
            loss.evaluate(prediction: prediction, target: target)
        }
    }

    /// Returns the visited loss as `any BoxLoss`.
    private struct Existential: BoxLossVisitor {
        func visit<Loss: BoxLoss>(_ loss: Loss) -> any BoxLoss { loss }
    }
}
