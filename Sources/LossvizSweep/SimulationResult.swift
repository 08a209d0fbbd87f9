import LossvizLosses

/// What one loss did over a whole `SimulationSettings` (docs/simulation.md section 1).
public struct SimulationResult: Hashable, Sendable {
    /// The loss's name, e.g. `"giou"`.
    public var loss: String
    /// The gradient convention that drove the regression.
    public var convention: GradientConvention
    /// Number of regression cases.
    public var caseCount: Int
    /// `E_0`: the summed l1 error of the anchors before any update.
    public var initialError: Double
    /// `E_t` for `t = 1 ... iterations` at index `t - 1`: the sum over all cases
    /// of `|x - x_t| + |y - y_t| + |w - w_t| + |h - h_t|` after update `t`.
    public var error: [Double]
    /// Each case's l1 error after the last update, in case order.
    public var finalErrorPerCase: [Double]
    /// For each anchor centre, the sum of its cases' final errors (343 in the
    /// preset; the surface of the DIoU paper's Fig. 4), in point order.
    public var finalErrorPerPoint: [Double]

    /// A result from its parts (see the properties).
    public init(
        loss: String, convention: GradientConvention, caseCount: Int, initialError: Double,
        error: [Double], finalErrorPerCase: [Double], finalErrorPerPoint: [Double]
    ) {
        self.loss = loss
        self.convention = convention
        self.caseCount = caseCount
        self.initialError = initialError
        self.error = error
        self.finalErrorPerCase = finalErrorPerCase
        self.finalErrorPerPoint = finalErrorPerPoint
    }
}
