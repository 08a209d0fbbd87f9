import LossvizLosses

/// The GIoU paper's Algorithms 1 and 2 (Rezatofighi et al., "Generalized
/// Intersection over Union", CVPR 2019) carried out step by step on two
/// axis-aligned boxes, keeping every intermediate number so that the
/// `iou-giou-algorithm` and `giou-loss-algorithm` figures can print them:
///
/// 1. order the predicted corners, `x̂₁ = min(x₁, x₂)`, `x̂₂ = max(x₁, x₂)` (same for y);
/// 2. the areas `A^g`, `A^p`;
/// 3. the intersection box and its area `I` (0 when the boxes are disjoint);
/// 4. the smallest enclosing box `C` and its area `A^c`;
/// 5. `U = A^p + A^g − I`, `IoU = I/U`, `GIoU = IoU − (A^c − U)/A^c`;
/// 6. `L_IoU = 1 − IoU`, `L_GIoU = 1 − GIoU`.
///
/// Written out as the paper writes it (no epsilon), so tests can hold it
/// against lossviz's `IoULoss` and `GeneralizedIoULoss`.
struct GIoUAlgorithmSteps: Encodable {
    /// The target (ground truth) `B^g`, `[x1, y1, x2, y2]`.
    var target: [Double]
    /// The prediction `B^p` as given, corners possibly out of order.
    var predictionAsGiven: [Double]
    /// `B̂^p`: the prediction's corners ordered.
    var prediction: [Double]
    var targetArea: Double
    var predictionArea: Double
    /// The intersection box (`nil` when the boxes do not overlap) and its area `I`.
    var intersectionBox: [Double]?
    var intersection: Double
    var union: Double
    /// The smallest enclosing box `C` and its area `A^c`.
    var enclosingBox: [Double]
    var enclosingArea: Double
    /// `A^c − U`: the part of `C` that neither box covers.
    var enclosingEmptyArea: Double
    var iou: Double
    var giou: Double
    var iouLoss: Double
    var giouLoss: Double

    enum CodingKeys: String, CodingKey {
        case target, prediction, intersection, union, iou, giou
        case predictionAsGiven = "prediction_as_given"
        case targetArea = "target_area", predictionArea = "prediction_area"
        case intersectionBox = "intersection_box", enclosingBox = "enclosing_box", enclosingArea = "enclosing_area"
        case enclosingEmptyArea = "enclosing_empty_area", iouLoss = "iou_loss", giouLoss = "giou_loss"
    }

    /// Runs the algorithm on `prediction` (corners in any order) and `target` (ordered).
    init(prediction given: Box, target: Box) {
        let p = Box(x1: min(given.x1, given.x2), y1: min(given.y1, given.y2),
                    x2: max(given.x1, given.x2), y2: max(given.y1, given.y2))
        self.target = target.corners
        predictionAsGiven = given.corners
        prediction = p.corners
        targetArea = target.area
        predictionArea = p.area
        let i = Box(x1: max(p.x1, target.x1), y1: max(p.y1, target.y1), x2: min(p.x2, target.x2), y2: min(p.y2, target.y2))
        let overlaps = i.x2 > i.x1 && i.y2 > i.y1
        intersectionBox = overlaps ? i.corners : nil
        intersection = overlaps ? i.area : 0
        let c = Box(x1: min(p.x1, target.x1), y1: min(p.y1, target.y1), x2: max(p.x2, target.x2), y2: max(p.y2, target.y2))
        enclosingBox = c.corners
        enclosingArea = c.area
        union = predictionArea + targetArea - intersection
        enclosingEmptyArea = enclosingArea - union
        iou = intersection / union
        giou = iou - enclosingEmptyArea / enclosingArea
        iouLoss = 1 - iou
        giouLoss = 1 - giou
    }

    /// A box of four corners as a `Box`.
    static func box(_ corners: [Double]) -> Box { Box(x1: corners[0], y1: corners[1], x2: corners[2], y2: corners[3]) }
}
