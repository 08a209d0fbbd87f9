/// How `lossviz eval` reads boxes and writes their gradients: corner form
/// `(x1, y1, x2, y2)` or centre form `(cx, cy, w, h)`.
public enum BoxFormat: String, CaseIterable, Sendable {
    /// Corners `(x1, y1, x2, y2)`.
    case xyxy
    /// Centre and size `(cx, cy, w, h)`.
    case cxcywh

    /// Column names of a box's four numbers, with `prefix` `p` (prediction) or `t` (target).
    public func columns(prefix: String) -> [String] {
        switch self {
        case .xyxy: return ["x1", "y1", "x2", "y2"].map { prefix + $0 }
        case .cxcywh: return ["cx", "cy", "w", "h"].map { prefix + $0 }
        }
    }
}
