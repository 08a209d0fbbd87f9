import Losses

extension RegressionSimulator {
    /// Regresses every case of `simulation` with the `autograd` gradient of a
    /// catalogue box loss (e.g. `LossCatalogue.boxLoss("siou")`), the inner loop
    /// specialised for the loss's concrete type.
    public func run(
        _ simulation: SimulationProtocol,
        autograd loss: ConfiguredBoxLoss,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(SimulationError) -> SimulationResult {
        try loss.accept(AutogradRun(simulator: self, simulation: simulation, progress: progress)).get()
    }
}

/// Runs the simulation with whichever concrete loss a `ConfiguredBoxLoss` holds.
private struct AutogradRun: BoxLossVisitor {
    let simulator: RegressionSimulator
    let simulation: SimulationProtocol
    let progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    func visit<Loss: BoxLoss>(_ loss: Loss) -> Result<SimulationResult, SimulationError> {
        Result { () throws(SimulationError) in
            try simulator.run(simulation, direction: AutogradDirection(loss), progress: progress)
        }
    }
}
