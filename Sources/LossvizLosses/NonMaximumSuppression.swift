#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A detection: a box and its confidence score.
public struct ScoredBox: Hashable, Sendable {
    /// The detected box.
    public var box: Box
    /// Its confidence; higher is more confident.
    public var score: Double

    /// A detection of `box` with confidence `score`.
    public init(box: Box, score: Double) {
        self.box = box
        self.score = score
    }
}

/// Greedy non-maximum suppression: visit the detections from the highest score
/// down, keep one, and suppress the remaining ones that overlap it too much.
///
/// Both variants use the plain `IoU = I/U` (no eps, as torchvision's `box_iou`),
/// visit equal scores in input order, and put NaN scores last. They return the
/// indices of the kept detections, highest score first.
public enum NonMaximumSuppression {
    /// Classic NMS: `B_i` is suppressed when `IoU(M, B_i) > iouThreshold`
    /// (torchvision's `nms`).
    public static func classic(_ detections: [ScoredBox], iouThreshold: Double) -> [Int] {
        greedy(detections) { kept, candidate in
            intersectionOverUnion(kept, candidate) > iouThreshold
        }
    }

    /// DIoU-NMS: `s_i` is kept while `IoU(M, B_i) - (rho^2/c^2)^beta < threshold`,
    /// else the detection is removed; `rho^2/c^2` is DIoU's normalised centre
    /// distance. Source: Zheng et al., "Distance-IoU Loss", AAAI 2020, Eq. 16;
    /// `threshold` 0.45 (YOLOv3, SSD) or 0.5 (Faster R-CNN), `beta = 1` in the
    /// authors' code (0.6 suggested for YOLOv3).
    public static func distanceIoU(_ detections: [ScoredBox], threshold: Double = 0.45, beta: Double = 1) -> [Int] {
        greedy(detections) { kept, candidate in
            let enclosingWidth = max(kept.x2, candidate.x2) - min(kept.x1, candidate.x1)
            let enclosingHeight = max(kept.y2, candidate.y2) - min(kept.y1, candidate.y1)
            let distance = (kept.cx - candidate.cx) * (kept.cx - candidate.cx) + (kept.cy - candidate.cy) * (kept.cy - candidate.cy)
            let penalty = pow(distance / (enclosingWidth * enclosingWidth + enclosingHeight * enclosingHeight), beta)
            return !(intersectionOverUnion(kept, candidate) - penalty < threshold)
        }
    }

    /// `I/U` of two boxes, 0 when they do not overlap.
    public static func intersectionOverUnion(_ a: Box, _ b: Box) -> Double {
        let width = max(0, min(a.x2, b.x2) - max(a.x1, b.x1))
        let height = max(0, min(a.y2, b.y2) - max(a.y1, b.y1))
        let intersection = width * height
        return intersection / (a.area + b.area - intersection)
    }

    /// Visit by descending score, keep the first unsuppressed detection and
    /// suppress every later one for which `suppresses(kept, candidate)` holds.
    private static func greedy(_ detections: [ScoredBox], suppresses: (Box, Box) -> Bool) -> [Int] {
        let order = detections.indices.sorted { i, j in
            let a = detections[i].score.isNaN ? -Double.infinity : detections[i].score
            let b = detections[j].score.isNaN ? -Double.infinity : detections[j].score
            return a > b || (a == b && i < j)
        }
        var suppressed = [Bool](repeating: false, count: detections.count)
        var kept: [Int] = []
        for (position, index) in order.enumerated() where !suppressed[index] {
            kept.append(index)
            for later in order[(position + 1)...] where !suppressed[later] {
                if suppresses(detections[index].box, detections[later].box) { suppressed[later] = true }
            }
        }
        return kept
    }
}
