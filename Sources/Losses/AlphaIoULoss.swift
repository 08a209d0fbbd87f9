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
    /// DIoU's centre-distance penalty with every length to the power `2a`.
    case diou
    /// DIoU's penalty plus CIoU's aspect-ratio term to the power `a`.
    case ciou
}

/// `alpha-iou`: the power IoU family, default power `a = 3`.
///
/// Source: He et al., "Alpha-IoU: A Family of Power Intersection over Union
/// Losses", NeurIPS 2021, Eq. 4-6, transcribed from the authors' code
/// (Jacobi93/Alpha-IoU, `utils/general.py`, `bbox_alpha_iou`), where eps sits
/// inside each power. With `IoU = I/(U + eps)` and `U' = U + eps`:
/// - `iou`:  `L = 1 - (IoU + eps)^a`
/// - `giou`: `L = 1 - (IoU + eps)^a + ((C' - U')/C' + eps)^a`, `C' = max(C_w C_h + eps, U')`
/// - `diou`: `L = 1 - (IoU + eps)^a + rho_a/c_a`, `rho_a = (|2dx|^(2a) + |2dy|^(2a))/2^(2a)`,
///   `c_a = C_w^(2a) + C_h^(2a) + eps`
/// - `ciou`: the `diou` loss plus `(alpha v + eps)^a`, `alpha = v/((1 + eps) - IoU + v)`
///   a constant for the gradient.
/// (The authors' code also adds eps to both heights, a YOLOv5 habit; here the
/// heights are exact.)
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
            let beta = 2 * power
            let diagonal = geometry.enclosingWidth.power(beta) + geometry.enclosingHeight.power(beta) + eps
            let offsetX = (geometry.target.x1 + geometry.target.x2 - geometry.x1 - geometry.x2).magnitude
            let offsetY = (geometry.target.y1 + geometry.target.y2 - geometry.y1 - geometry.y2).magnitude
            let distance = (offsetX.power(beta) + offsetY.power(beta)) / pow(2, beta)
            let distanceLoss = base + distance / diagonal
            guard penalty == .ciou else { return distanceLoss.evaluation }
            let v = geometry.aspectRatioConsistency
            let alpha = v.value / ((1 + eps) - iou.value + v.value)
            return (distanceLoss + (alpha * v + eps).power(power)).evaluation
        }
    }
}
