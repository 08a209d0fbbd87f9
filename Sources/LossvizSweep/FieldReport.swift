import LossvizLosses

/// 2-D fields of several box losses on one grid: what `lossviz field` computes
/// and writes with `--data`.
public struct FieldReport: Sendable {
    /// The convention of the gradient arrays written to `--data`.
    public var convention: GradientConvention
    /// One field per loss, in the order asked for.
    public var fields: [BoxLossField]

    /// Computes every loss's field.
    /// - Throws: `SweepError`, or `SimulationRequestError.noReferenceGradient` when
    ///   the reference convention is asked for a loss without one.
    public init(
        losses: [ConfiguredBoxLoss], convention: GradientConvention, target: CentreFormBox,
        layout: FieldLayout, x: SweepAxis, y: SweepAxis
    ) throws {
        if convention == .reference, let loss = losses.first(where: { !$0.hasReferenceGradient }) {
            throw SimulationRequestError.noReferenceGradient(loss: loss.name)
        }
        self.convention = convention
        fields = try losses.map { loss in
            try BoxLossField(loss: loss, target: target, layout: layout, x: x, y: y)
        }
    }
}
