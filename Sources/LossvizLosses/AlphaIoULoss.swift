#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Which penalty the power (alpha) IoU family adds to `1 - IoU^a`.
public enum AlphaIoUPenalty: String, CaseIterable, Sendable {
    /// No penalty: `1 - IoU^a`.
    case iou
    /// GIoU's enclosing-area penalty to the power `a`.
    case giou
    /// DIoU's centre-distance penalty to the power `a`, `rho^(2a)/c^(2a)`.
    case diou
    /// DIoU's penalty plus CIoU's aspect-ratio term to the power `a`.
    case ciou
}

/// `alpha-iou`: the power IoU family, default power `a = 3`.
///
/// Source: He et al., "Alpha-IoU: A Family of Power Intersection over Union
/// Losses", NeurIPS 2021, Eq. 4-6 (`1 - IoU^a` plus `(|C \ (B u B_t)|/|C|)^a`,
/// `rho^(2a)/c^(2a)`, `(beta v)^a`), transcribed from the authors' corrected
/// code (Jacobi93/Alpha-IoU, `utils/general.py`, `bbox_alpha_iou` as uploaded
/// on 24 Nov 2021 and unchanged since), where eps sits inside each power.
/// With `IoU = I/(U + eps)`, `U' = U + eps`, `rho^2` the squared distance of
/// the centres and `c^2 = C_w^2 + C_h^2` the squared enclosing diagonal:
/// - `iou`:  `L = 1 - (IoU + eps)^a`
/// - `giou`: `L = 1 - (IoU + eps)^a + ((C' - U')/C' + eps)^a`, `C' = max(C_w C_h + eps, U')`
/// - `diou`: `L = 1 - (IoU + eps)^a + (rho^2)^a / ((c^2)^a + eps)`
/// - `ciou`: the `diou` loss plus `(alpha v + eps)^a`, `alpha = v/((1 + eps) - IoU + v)`
///   a constant for the gradient (the code's `torch.no_grad()`); `v` is CIoU's
///   aspect-ratio term, and the power applies to the product `alpha v`.
///
/// The authors' first upload (18 Oct 2021) raised each axis instead,
/// `(|2dx|^(2a) + |2dy|^(2a))/2^(2a) / (C_w^(2a) + C_h^(2a) + eps)`, which is not
/// the paper's `rho^(2a)/c^(2a)` for `a != 1`. The authors' code also adds eps
/// to both heights, a YOLOv5 habit; here the heights are exact. Where the
/// centres coincide the gradient of `(rho^2)^a` is taken as 0, its limit for
/// `a > 1/2` and a subgradient at the minimum for any `a` (autograd would
/// multiply `a (rho^2)^(a-1) = inf` by 0 and give NaN for `a < 1`).
public struct AlphaIoULoss: BoxLoss {
    /// Added to the union, inside each power and to the enclosing terms.
    public var eps: Double
    /// The power `a > 0`.
    public var power: Double
    /// Which penalty is added.
    public var penalty: AlphaIoUPenalty

    /// A power IoU loss (defaults: eps 1e-7, power 3, no penalty).
    public init(eps: Double = BoxLossDefaults.eps, power: Double = 3, penalty: AlphaIoUPenalty = .iou) {
        self.eps = eps
        self.power = power
        self.penalty = penalty
    }

    /// The catalogue name, `"alpha-iou"`.
    public var name: String { "alpha-iou" }

    /// The power loss and its autograd gradient.
    @inlinable
    public func evaluate(prediction: Box, target: Box) -> BoxLossEvaluation {
        let geometry = BoxPairGeometry(prediction: prediction, target: target)
        let iou = geometry.iou(eps: eps)
        let base = 1 - (iou + eps).power(power)
        switch penalty {
        case .iou:
            return base.evaluation
        case .giou:
            let union = geometry.union + eps
            let enclosingArea = BoxDual.maximum(geometry.enclosingWidth * geometry.enclosingHeight + eps, union)
            return (base + ((enclosingArea - union) / enclosingArea + eps).power(power)).evaluation
        case .diou, .ciou:
            let centreDistance = geometry.centreDistanceSquared
            let distance = centreDistance.value > 0 ? centreDistance.power(power) : .constant(0)
            let distanceLoss = base + distance / (geometry.enclosingDiagonalSquared(eps: 0).power(power) + eps)
            guard penalty == .ciou else { return distanceLoss.evaluation }
            let v = geometry.aspectRatioConsistency
            let alpha = v.value / ((1 + eps) - iou.value + v.value)
            return (distanceLoss + (alpha * v + eps).power(power)).evaluation
        }
    }
}
