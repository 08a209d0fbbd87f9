/// The difference `L_loss − L_baseline` of two fields on the same grid, with
/// its derivatives: what one loss adds to another, drawn as a panel of its own
/// by `FieldPanels.figure(differences:)`.
public struct FieldDifference: Sendable {
    /// The loss whose field is the minuend.
    public var loss: String
    /// The loss subtracted.
    public var baseline: String
    /// `L_loss − L_baseline` at each grid point.
    public var value: [Double]
    /// Its derivatives along the grid coordinates.
    public var derivative: GridDerivative
    /// Its derivatives on the arrow sub-grid (nil without arrows).
    public var arrowDerivative: GridDerivative?
}
