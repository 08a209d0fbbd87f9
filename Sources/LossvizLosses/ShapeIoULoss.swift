#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `shape-iou`: `L = 1 - IoU + distance + 0.5 Omega` with shape-weighted terms.
///
/// Source: Zhang & Zhang, "Shape-IoU: More Accurate Metric considering Bounding
/// Box Shape and Scale", arXiv 2312.17663, Eq. 9-14, and the authors' code:
/// - weights from the target's shape: `ww = 2 w_t^s/(w_t^s + h_t^s)`,
///   `hh = 2 h_t^s/(w_t^s + h_t^s)`, `s` the `scale` (default 0: `ww = hh = 1`);
/// - `distance = (hh dx^2 + ww dy^2)/(C_w^2 + C_h^2 + eps)`;
/// - `Omega = sum_{t=w,h} (1 - exp(-omega_t))^4`,
///   `omega_w = hh |w - w_t|/max(w, w_t)`, `omega_h = ww |h - h_t|/max(h, h_t)`.
public struct ShapeIoULoss: BoxLoss {
    /// Added to the union and to `c^2`.
    public var eps: Double
    /// The scale factor `s >= 0` (related to the dataset's target sizes).
    public var scale: Double

    /// A Shape-IoU loss (defaults: eps 1e-7, scale 0).
    public init(eps: Double = BoxLossDefaults.eps, scale: Double = 0) {
        self.eps = eps
        self.scale = scale
    }

    /// The catalogue name, `"shape-iou"`.
    public var name: String { "shape-iou" }

    /// The Shape-IoU loss and its autograd gradient.
    @inlinable
    public func evaluate(prediction: Box, target: Box) -> BoxLossEvaluation {
        let geometry = BoxPairGeometry(prediction: prediction, target: target)
        let widthPower = pow(geometry.targetWidth, scale)
        let heightPower = pow(geometry.targetHeight, scale)
        let ww = 2 * widthPower / (widthPower + heightPower)
        let hh = 2 * heightPower / (widthPower + heightPower)
        let distance = (hh * geometry.centreOffsetX.squared + ww * geometry.centreOffsetY.squared)
            / geometry.enclosingDiagonalSquared(eps: eps)
        let omegaW = hh * (geometry.width - geometry.targetWidth).magnitude
            / BoxDual.maximum(geometry.width, geometry.targetWidth)
        let omegaH = ww * (geometry.height - geometry.targetHeight).magnitude
            / BoxDual.maximum(geometry.height, geometry.targetHeight)
        let shapeCost = (1 - (-omegaW).exponential).power(4) + (1 - (-omegaH).exponential).power(4)
        return (1 - geometry.iou(eps: eps) + distance + 0.5 * shapeCost).evaluation
    }
}
