import LossvizLosses

/// A reference loss known at compile time, so that the `switch` inside
/// `referenceAscentCentreForm` folds away once the simulator is specialised.
protocol FixedReferenceLoss {
    static var loss: ReferenceLoss { get }
}

enum FixedIoU: FixedReferenceLoss { static var loss: ReferenceLoss { .iou } }
enum FixedGIoU: FixedReferenceLoss { static var loss: ReferenceLoss { .giou } }
enum FixedDIoU: FixedReferenceLoss { static var loss: ReferenceLoss { .diou } }
enum FixedCIoU: FixedReferenceLoss { static var loss: ReferenceLoss { .ciou } }

/// `ReferenceDirection` with its loss as a type parameter: the same gradient,
/// compiled into a straight-line inner loop per loss.
struct FixedReferenceDirection<Kind: FixedReferenceLoss>: LaneRegressionDirection {
    var name: String { Kind.loss.rawValue }
    var convention: GradientConvention { .reference }

    @inline(__always)
    func step<T: LaneArithmetic>(_ box: LaneBox<T>, target: ReferenceTarget<T>) -> (gradient: LaneBox<T>, plainIoU: T) {
        let s = referenceStep(Kind.loss, x: box.x, y: box.y, w: box.w, h: box.h, target: target)
        return (LaneBox(x: -s.ascent.x, y: -s.ascent.y, w: -s.ascent.w, h: -s.ascent.h), s.plainIoU)
    }
}
