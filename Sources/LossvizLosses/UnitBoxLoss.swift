#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The distances from a pixel to the four sides of a box, UnitBox's
/// per-pixel box encoding `(x_t, x_b, x_l, x_r)`; also the shape of its gradient.
public struct PixelDistances: Hashable, Sendable {
    /// Distance to the top side.
    public var top: Double
    /// Distance to the bottom side.
    public var bottom: Double
    /// Distance to the left side.
    public var left: Double
    /// Distance to the right side.
    public var right: Double

    /// Distances to the top, bottom, left and right sides.
    public init(top: Double, bottom: Double, left: Double, right: Double) {
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
    }

    /// The components in the order `(top, bottom, left, right)`.
    public var components: [Double] { [top, bottom, left, right] }
}

/// The value of the UnitBox loss at a pixel and its gradient with respect to
/// the predicted distances.
public struct UnitBoxEvaluation: Hashable, Sendable {
    /// `-ln(I/U)`.
    public var value: Double
    /// `dL/d(x_t, x_b, x_l, x_r)`.
    public var gradient: PixelDistances

    /// A value and its gradient.
    public init(value: Double, gradient: PixelDistances) {
        self.value = value
        self.gradient = gradient
    }
}

/// `unitbox`: the UnitBox IoU loss of one pixel, `L = -ln(I/U)`, on distances
/// to the four sides.
///
/// Source: Yu et al., "UnitBox: An Advanced Object Detection Network", ACM MM
/// 2016, Algorithm 1 and Eq. 7. With prediction `x` and target `~x`:
/// `X = (x_t + x_b)(x_l + x_r)`, `I_h = min(x_t, ~x_t) + min(x_b, ~x_b)`,
/// `I_w = min(x_l, ~x_l) + min(x_r, ~x_r)`, `I = I_h I_w`, `U = X + ~X - I`, and
/// `dL/dx = (1/U) dX/dx - ((U + I)/(U I)) dI/dx`, where `dX/dx_t = x_l + x_r`,
/// `dI/dx_t = I_w` when `x_t < ~x_t` (0 when larger). At a tie `x_t = ~x_t` the
/// paper's Eq. 7 says 0; this uses autodiff's convention (half, `I_w/2`), as
/// everywhere in this library (docs/losses.md section 2).
/// Distances must be positive (the pixel lies inside both boxes).
public struct UnitBoxLoss: Sendable {
    /// The UnitBox loss (it has no parameters).
    public init() {}

    /// The catalogue name, `"unitbox"`.
    public var name: String { "unitbox" }

    /// `-ln(I/U)` and the gradient of Eq. 7.
    public func evaluate(prediction x: PixelDistances, target t: PixelDistances) -> UnitBoxEvaluation {
        let area = (x.top + x.bottom) * (x.left + x.right)
        let targetArea = (t.top + t.bottom) * (t.left + t.right)
        let intersectionHeight = Swift.min(x.top, t.top) + Swift.min(x.bottom, t.bottom)
        let intersectionWidth = Swift.min(x.left, t.left) + Swift.min(x.right, t.right)
        let intersection = intersectionHeight * intersectionWidth
        let union = area + targetArea - intersection
        let areaWeight = 1 / union
        let intersectionWeight = (union + intersection) / (union * intersection)

        /// `d min(a, b)/da` with autodiff's tie convention.
        func slope(_ a: Double, _ b: Double) -> Double { a < b ? 1 : (a > b ? 0 : 0.5) }

        let dAreaVertical = x.left + x.right
        let dAreaHorizontal = x.top + x.bottom
        let gradient = PixelDistances(
            top: areaWeight * dAreaVertical - intersectionWeight * intersectionWidth * slope(x.top, t.top),
            bottom: areaWeight * dAreaVertical - intersectionWeight * intersectionWidth * slope(x.bottom, t.bottom),
            left: areaWeight * dAreaHorizontal - intersectionWeight * intersectionHeight * slope(x.left, t.left),
            right: areaWeight * dAreaHorizontal - intersectionWeight * intersectionHeight * slope(x.right, t.right)
        )
        return UnitBoxEvaluation(value: -log(intersection / union), gradient: gradient)
    }
}
