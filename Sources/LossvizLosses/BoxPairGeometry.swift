#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The quantities the IoU family shares, for a predicted box (differentiated)
/// and a target box (constant), computed the way torchvision computes them.
///
/// - Intersection (`_loss_inter_union`, torchvision/ops/_utils.py):
///   `I = (min(x2, x2t) - max(x1, x1t)) (min(y2, y2t) - max(y1, y1t))` when both
///   sides are strictly positive, else exactly 0 with zero gradient (torchvision
///   masks non-overlapping pairs, so touching boxes get no intersection gradient).
/// - Union `U = A_p + A_t - I` (no eps; each loss adds it where its source does).
/// - Smallest enclosing box `C`: `C_w = max(x2, x2t) - min(x1, x1t)`, likewise `C_h`.
/// - Centre offset `(dx, dy) = centre(p) - centre(t)`, with centres `(x1 + x2)/2`.
@usableFromInline
struct BoxPairGeometry {
    /// The predicted box's corners as variables.
    @usableFromInline let x1, y1, x2, y2: BoxDual
    /// The target box.
    @usableFromInline let target: Box
    /// Intersection area `I`.
    @usableFromInline let intersection: BoxDual
    /// Union area `U = A_p + A_t - I`.
    @usableFromInline let union: BoxDual
    /// Width and height of the smallest enclosing box.
    @usableFromInline let enclosingWidth, enclosingHeight: BoxDual
    /// Predicted width `x2 - x1` and height `y2 - y1`.
    @usableFromInline let width, height: BoxDual

    @inlinable
    init(prediction: Box, target: Box) {
        let (x1, y1, x2, y2) = BoxDual.corners(of: prediction)
        self.x1 = x1
        self.y1 = y1
        self.x2 = x2
        self.y2 = y2
        self.target = target
        let left = BoxDual.maximum(x1, target.x1)
        let top = BoxDual.maximum(y1, target.y1)
        let right = BoxDual.minimum(x2, target.x2)
        let bottom = BoxDual.minimum(y2, target.y2)
        if bottom.value > top.value && right.value > left.value {
            intersection = (right - left) * (bottom - top)
        } else {
            intersection = .constant(0)
        }
        width = x2 - x1
        height = y2 - y1
        union = width * height + (target.x2 - target.x1) * (target.y2 - target.y1) - intersection
        enclosingWidth = BoxDual.maximum(x2, target.x2) - BoxDual.minimum(x1, target.x1)
        enclosingHeight = BoxDual.maximum(y2, target.y2) - BoxDual.minimum(y1, target.y1)
    }

    /// `IoU = I/(U + eps)` (torchvision adds eps to the union).
    @inlinable
    func iou(eps: Double) -> BoxDual { intersection / (union + eps) }

    /// Squared diagonal of the enclosing box plus eps, `c^2 = C_w^2 + C_h^2 + eps`
    /// (torchvision `_diou_iou_loss`).
    @inlinable
    func enclosingDiagonalSquared(eps: Double) -> BoxDual {
        enclosingWidth.squared + enclosingHeight.squared + eps
    }

    /// Horizontal offset of the centres, `(x2 + x1)/2 - (x1t + x2t)/2`.
    @inlinable
    var centreOffsetX: BoxDual { (x2 + x1) / 2 - (target.x1 + target.x2) / 2 }

    /// Vertical offset of the centres, `(y2 + y1)/2 - (y1t + y2t)/2`.
    @inlinable
    var centreOffsetY: BoxDual { (y2 + y1) / 2 - (target.y1 + target.y2) / 2 }

    /// Squared distance of the centres, `rho^2 = dx^2 + dy^2`.
    @inlinable
    var centreDistanceSquared: BoxDual { centreOffsetX.squared + centreOffsetY.squared }

    /// Target width.
    @inlinable
    var targetWidth: Double { target.x2 - target.x1 }

    /// Target height.
    @inlinable
    var targetHeight: Double { target.y2 - target.y1 }

    /// CIoU's aspect-ratio consistency `v = 4/pi^2 (atan(w_t/h_t) - atan(w/h))^2`
    /// (Zheng et al., AAAI 2020, Eq. 9).
    @inlinable
    var aspectRatioConsistency: BoxDual {
        let targetAngle = atan(targetWidth / targetHeight)
        return (4 / (Double.pi * Double.pi)) * (targetAngle - (width / height).arcTangent).squared
    }
}
