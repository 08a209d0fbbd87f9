import LossvizLosses

/// A box loss and its derivative along one `BoxSweepParameter`, against a fixed
/// target (docs/figures.md `iou-vs-giou`, `aspect-term`; `lossviz curve`).
public struct BoxLossCurve: Hashable, Sendable {
    /// The loss's name.
    public var loss: String
    /// What moves.
    public var parameter: BoxSweepParameter
    /// The fixed target.
    public var target: CentreFormBox
    /// The prediction the parameter modifies.
    public var base: CentreFormBox
    /// The parameter values.
    public var t: [Double]
    /// The loss at each value.
    public var value: [Double]
    /// `dL/dt` from the autograd gradient.
    public var derivative: [Double]
    /// `dL/dt` from the reference gradient (`-referenceAscent`), if the loss has one.
    public var referenceDerivative: [Double]?

    /// The curve of `loss` over `values` of `parameter`, starting from `base`.
    /// - Throws: `SweepError` for an invalid base or target, or a non-positive value
    ///   of a size parameter.
    public init<Loss: BoxLoss>(
        loss: Loss, reference referenceLoss: ReferenceLoss? = nil,
        parameter: BoxSweepParameter, values: SweepAxis, base: CentreFormBox, target: CentreFormBox
    ) throws(SweepError) {
        guard target.isValidBox else { throw .invalidBox(what: "target", box: target) }
        guard base.isValidBox else { throw .invalidBox(what: "prediction", box: base) }
        if parameter.needsPositiveValues, let bad = values.values.first(where: { !($0 > 0 && $0.isFinite) }) {
            throw .parameterOutOfDomain(parameter: parameter.rawValue, value: bad)
        }
        self.loss = loss.name
        self.parameter = parameter
        self.target = target
        self.base = base
        t = values.values
        value = []
        derivative = []
        var referenceValues: [Double] = []
        let targetBox = target.box
        let referenceDirection = referenceLoss.map(ReferenceDirection.init)
        for t in values.values {
            let point = parameter.prediction(at: t, base: base, target: target)
            let evaluation = loss.evaluate(prediction: point.box.box, target: targetBox)
            value.append(evaluation.value)
            let g = evaluation.gradient
            derivative.append(projectGradient((g.cx, g.cy, g.w, g.h), onto: point.factors))
            if let referenceDirection {
                let d = referenceDirection.lossGradient(
                    x: point.box.cx, y: point.box.cy, w: point.box.w, h: point.box.h, target: target)
                referenceValues.append(projectGradient((d.x, d.y, d.w, d.h), onto: point.factors))
            }
        }
        referenceDerivative = referenceLoss == nil ? nil : referenceValues
    }

    /// The curve of a catalogue box loss, with the reference derivative when the
    /// loss is iou, giou, diou or ciou.
    public init(
        loss: ConfiguredBoxLoss, parameter: BoxSweepParameter, values: SweepAxis,
        base: CentreFormBox, target: CentreFormBox
    ) throws(SweepError) {
        try self.init(loss: loss, reference: ReferenceLoss(rawValue: loss.name), parameter: parameter,
                      values: values, base: base, target: target)
    }
}
