/// How one regression step turns the loss gradient into a move of the box.
///
/// With `g = s(IoU) * dL/dB` (`s` the `StepScaling`, `dL/dB` the centre-form loss
/// gradient of the chosen convention) and `eta_t` from the `StepSchedule`:
/// - `sgd`: `B <- B - eta_t * g` (the DIoU authors' update, docs/simulation.md section 1);
/// - `adam`: Kingma & Ba (ICLR 2015, Algorithm 1) per coordinate,
///   `m <- b1 m + (1 - b1) g`, `v <- b2 v + (1 - b2) g^2`,
///   `B <- B - eta_t * (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + epsilon)`
///   (the optimiser of the SIoU and Wise-IoU papers' experiments).
public enum RegressionOptimiser: Hashable, Sendable, CustomStringConvertible {
    /// Plain gradient descent.
    case sgd
    /// Adam with moment decays `beta1`, `beta2` and denominator offset `epsilon`.
    case adam(beta1: Double, beta2: Double, epsilon: Double)

    /// Adam with PyTorch's defaults `beta1 = 0.9`, `beta2 = 0.999`, `epsilon = 1e-8`.
    public static let adamDefault = RegressionOptimiser.adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8)

    public var description: String {
        switch self {
        case .sgd: return "sgd"
        case let .adam(beta1, beta2, epsilon): return "adam(beta1: \(beta1), beta2: \(beta2), epsilon: \(epsilon))"
        }
    }
}

/// The factor on the gradient at each step.
public enum StepScaling: String, Hashable, Sendable, CaseIterable {
    /// `2 - IoU(B)`, with the plain IoU of the box before the step (0 when disjoint):
    /// the DIoU authors' factor (docs/simulation.md section 1).
    case twoMinusIoU = "two-minus-iou"
    /// No factor: the step is `eta_t` times the gradient.
    case none
}
