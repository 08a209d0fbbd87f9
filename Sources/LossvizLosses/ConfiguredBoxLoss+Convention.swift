extension ConfiguredBoxLoss {
    /// Whether the loss has a hand-derived `reference` gradient (only iou, giou,
    /// diou and ciou do; `MissingReferenceGradient` states the rule).
    public var hasReferenceGradient: Bool { ReferenceLoss.exists(forLossNamed: name) }

    /// Whether the loss has a gradient under `convention` (every loss has its
    /// autograd gradient; `hasReferenceGradient` says whether it has a reference one).
    public func hasGradient(_ convention: GradientConvention) -> Bool {
        convention == .autograd || hasReferenceGradient
    }

    /// The loss and its gradient with respect to the prediction's corners under
    /// `convention`: `autograd` is the loss's own gradient; `reference` keeps the
    /// value and takes the derivative as the negated update direction of the DIoU
    /// authors' code (docs/simulation.md section 3). `nil` when `reference` is asked of
    /// a loss without a hand-derived direction (only iou, giou, diou, ciou have one).
    public func evaluate(prediction: Box, target: Box, convention: GradientConvention) -> BoxLossEvaluation? {
        switch convention {
        case .autograd:
            return evaluate(prediction: prediction, target: target)
        case .reference:
            guard let reference = ReferenceLoss(rawValue: name) else { return nil }
            let value = evaluate(prediction: prediction, target: target).value
            return BoxLossEvaluation(value: value, gradient: -1 * referenceAscent(reference, prediction: prediction, target: target))
        }
    }
}
