import Foundation

/// One colour and dash pattern per loss, shared by every figure so that a loss
/// looks the same everywhere. Plain data keyed by the loss's name (Plot knows
/// nothing about the losses themselves).
///
/// Colours: the IoU family takes matplotlib's `tab10` in order of publication
/// (IoU blue, GIoU orange, DIoU green, CIoU red, EIoU purple, SIoU brown, ...);
/// a variant of a loss shares its colour and is dashed (log-IoU, Focal-EIoU,
/// Focaler-IoU). Regression and classification losses use ColorBrewer's
/// `Dark2` (Cynthia Brewer, Apache-2.0), so they never look like an IoU loss.
public struct LossStyle: Hashable, Sendable {
    public var color: Color
    public var dash: DashPattern

    /// A style from its colour and dash.
    public init(color: Color, dash: DashPattern = .solid) {
        self.color = color
        self.dash = dash
    }

    /// Every loss name with its style.
    public static let table: [String: LossStyle] = [
        // IoU family: tab10.
        "iou": LossStyle(color: Color(hex: 0x1f77b4)),
        "log-iou": LossStyle(color: Color(hex: 0x1f77b4), dash: .dashed),
        "giou": LossStyle(color: Color(hex: 0xff7f0e)),
        "diou": LossStyle(color: Color(hex: 0x2ca02c)),
        "ciou": LossStyle(color: Color(hex: 0xd62728)),
        "eiou": LossStyle(color: Color(hex: 0x9467bd)),
        "focal-eiou": LossStyle(color: Color(hex: 0x9467bd), dash: .dashed),
        "siou": LossStyle(color: Color(hex: 0x8c564b)),
        "alpha-iou": LossStyle(color: Color(hex: 0xe377c2)),
        "wiou": LossStyle(color: Color(hex: 0x7f7f7f)),
        "mpdiou": LossStyle(color: Color(hex: 0xbcbd22)),
        "inner-iou": LossStyle(color: Color(hex: 0x17becf)),
        "focaler-iou": LossStyle(color: Color(hex: 0x17becf), dash: .dashed),
        "shape-iou": LossStyle(color: Color(hex: 0x393b79)),
        // Regression losses: Dark2.
        "l1": LossStyle(color: Color(hex: 0x1b9e77)),
        "l2": LossStyle(color: Color(hex: 0xd95f02)),
        "smooth-l1": LossStyle(color: Color(hex: 0x7570b3)),
        "huber": LossStyle(color: Color(hex: 0xe7298a), dash: .dashed),
        "focal-l1": LossStyle(color: Color(hex: 0x66a61e)),
        // Classification losses: Dark2 continued, CE near-black as the baseline.
        "ce": LossStyle(color: Color(hex: 0x333333)),
        "bce": LossStyle(color: Color(hex: 0x666666), dash: .dashed),
        "focal": LossStyle(color: Color(hex: 0xe6ab02)),
        "seesaw": LossStyle(color: Color(hex: 0xa6761d)),
    ]

    /// The style of `name` (case-insensitive; `_` and spaces read as `-`), nil if unknown.
    public static func named(_ name: String) -> LossStyle? {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        return table[key]
    }
}
