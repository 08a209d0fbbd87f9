/// `mpdiou`: `L = 1 - IoU + d1^2/(W^2 + H^2) + d2^2/(W^2 + H^2)`.
///
/// Source: Ma & Xu, "MPDIoU: A Loss for Efficient and Accurate Bounding Box
/// Regression", arXiv 2307.07662, Algorithm 1: `d1`, `d2` are the distances of
/// the top-left and of the bottom-right corners, `W x H` the input image size.
/// Not scale-invariant, by design.
public struct MinimumPointDistanceIoULoss: BoxLoss {
    /// Added to the union.
    public var eps: Double
    /// Image width `W > 0`.
    public var imageWidth: Double
    /// Image height `H > 0`.
    public var imageHeight: Double

    /// An MPDIoU loss (defaults: eps 1e-7, image 640 x 640).
    public init(eps: Double = BoxLossDefaults.eps, imageWidth: Double = 640, imageHeight: Double = 640) {
        self.eps = eps
        self.imageWidth = imageWidth
        self.imageHeight = imageHeight
    }

    /// The catalogue name, `"mpdiou"`.
    public var name: String { "mpdiou" }

    /// The MPDIoU loss and its autograd gradient.
    @inlinable
    public func evaluate(prediction: Box, target: Box) -> BoxLossEvaluation {
        let geometry = BoxPairGeometry(prediction: prediction, target: target)
        let normaliser = imageWidth * imageWidth + imageHeight * imageHeight
        let topLeft = (geometry.x1 - target.x1).squared + (geometry.y1 - target.y1).squared
        let bottomRight = (geometry.x2 - target.x2).squared + (geometry.y2 - target.y2).squared
        return (1 - geometry.iou(eps: eps) + topLeft / normaliser + bottomRight / normaliser).evaluation
    }
}
