/// `siou`: the SCYLLA-IoU loss `L = 1 - IoU + (Delta + Omega)/2`.
///
/// Source: Gevorgyan, "SIoU Loss: More Powerful Learning for Bounding Box
/// Regression", arXiv 2205.12740, Eq. 1-13, with the paper's sign:
/// - angle cost `Lambda = 1 - 2 sin^2(arcsin(x) - pi/4) = sin(2a)`, `sin(a) = |dy|/rho`,
///   computed as `2|dx||dy|/rho^2` (and 0 when the centres coincide, where the
///   distance cost it multiplies vanishes to second order);
/// - distance cost `Delta = sum_{t=x,y} (1 - exp(-gamma rho_t))`,
///   `rho_x = (dx/C_w)^2`, `rho_y = (dy/C_h)^2`, `gamma = 2 - Lambda`;
/// - shape cost `Omega = sum_{t=w,h} (1 - exp(-omega_t))^theta`,
///   `omega_w = |w - w_t|/max(w, w_t)`, default `theta = 4`.
/// mmdet's default flips the sign inside `exp`; this follows the paper.
public struct SCYLLAIoULoss: BoxLoss {
    /// Added to the union.
    public var eps: Double
    /// Shape-cost exponent `theta > 0`.
    public var theta: Double

    /// An SIoU loss (defaults: eps 1e-7, theta 4).
    public init(eps: Double = BoxLossDefaults.eps, theta: Double = 4) {
        self.eps = eps
        self.theta = theta
    }

    /// The catalogue name, `"siou"`.
    public var name: String { "siou" }

    /// `1 - IoU + (Delta + Omega)/2` and its autograd gradient.
    @inlinable
    public func evaluate(prediction: Box, target: Box) -> BoxLossEvaluation {
        let geometry = BoxPairGeometry(prediction: prediction, target: target)
        let dx = geometry.centreOffsetX
        let dy = geometry.centreOffsetY
        let rhoSquared = dx.squared + dy.squared
        let angleCost = rhoSquared.value > 0 ? 2 * dx.magnitude * dy.magnitude / rhoSquared : .constant(0)
        let gamma = 2 - angleCost
        let rhoX = (dx / geometry.enclosingWidth).squared
        let rhoY = (dy / geometry.enclosingHeight).squared
        let distanceCost = (1 - (-(gamma * rhoX)).exponential) + (1 - (-(gamma * rhoY)).exponential)
        let omegaW = (geometry.width - geometry.targetWidth).magnitude / BoxDual.maximum(geometry.width, geometry.targetWidth)
        let omegaH = (geometry.height - geometry.targetHeight).magnitude / BoxDual.maximum(geometry.height, geometry.targetHeight)
        let shapeCost = (1 - (-omegaW).exponential).power(theta) + (1 - (-omegaH).exponential).power(theta)
        return (1 - geometry.iou(eps: eps) + (distanceCost + shapeCost) / 2).evaluation
    }
}
