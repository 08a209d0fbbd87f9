import LossvizLosses

extension RegressionTrajectory {
    /// The regression of `start` towards `target` by a catalogue box loss under
    /// `convention` (`ReferenceDirection` or `AutogradDirection` of the loss), every
    /// box recorded: what `lossviz animate` draws and the explorer's `/api/trajectory` returns.
    /// - Throws: `SimulationRequestError.noReferenceGradient` for `reference` on a
    ///   loss without one, `SimulationError` as the direction initialiser.
    public init(
        loss: ConfiguredBoxLoss, convention: GradientConvention, start: CentreFormBox, target: CentreFormBox,
        iterations: Int, schedule: StepSchedule, optimiser: RegressionOptimiser = .sgd
    ) throws {
        switch convention {
        case .reference:
            guard let reference = ReferenceLoss(rawValue: loss.name) else {
                throw SimulationRequestError.noReferenceGradient(loss: loss.name)
            }
            self = try RegressionTrajectory(direction: ReferenceDirection(reference), start: start, target: target,
                                            iterations: iterations, schedule: schedule, optimiser: optimiser)
        case .autograd:
            self = try loss.accept(AutogradTrajectory(start: start, target: target, iterations: iterations,
                                                      schedule: schedule, optimiser: optimiser)).get()
        }
    }
}

/// Regresses with the autograd gradient of whichever concrete loss a `ConfiguredBoxLoss` holds.
private struct AutogradTrajectory: BoxLossVisitor {
    let start: CentreFormBox
    let target: CentreFormBox
    let iterations: Int
    let schedule: StepSchedule
    let optimiser: RegressionOptimiser

    func visit<Loss: BoxLoss>(_ loss: Loss) -> Result<RegressionTrajectory, SimulationError> {
        Result { () throws(SimulationError) in
            try RegressionTrajectory(direction: AutogradDirection(loss), start: start, target: target,
                                     iterations: iterations, schedule: schedule, optimiser: optimiser)
        }
    }
}
