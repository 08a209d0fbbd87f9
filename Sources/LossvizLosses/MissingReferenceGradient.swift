/// The `reference` gradient asked of a loss that has none. Only the losses of
/// `ReferenceLoss` (iou, giou, diou, ciou) have a hand-derived update direction
/// in the DIoU authors' simulation code (docs/simulation.md section 3; docs/losses.md
/// section 2): this is the one statement of that rule, and the sweep,
/// simulation, figure and server errors all say it with this description.
public struct MissingReferenceGradient: Error, Hashable, Sendable, CustomStringConvertible {
    /// The loss asked for.
    public var loss: String

    /// The error for the loss named `loss`.
    public init(loss: String) {
        self.loss = loss
    }

    /// The losses that have a reference gradient, `"iou, giou, diou, ciou"`.
    public static var lossesWithReferenceGradient: String {
        ReferenceLoss.allCases.map(\.rawValue).joined(separator: ", ")
    }

    /// `"<loss> has no reference gradient (only iou, giou, diou, ciou do); use --gradient autograd"`.
    public var description: String {
        "\(loss) has no reference gradient (only \(Self.lossesWithReferenceGradient) do); use --gradient autograd"
    }
}

extension ReferenceLoss {
    /// Whether the loss named `name` has a reference gradient.
    public static func exists(forLossNamed name: String) -> Bool {
        ReferenceLoss(rawValue: name) != nil
    }
}
