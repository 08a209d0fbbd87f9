import LossvizLosses

extension RegressionSimulator {
    /// Regresses every case of `simulation` with the `autograd` gradient of a
    /// catalogue box loss (e.g. `LossCatalogue.boxLoss("siou")`).
    ///
    /// `iou`, `giou`, `diou`, `ciou`, `eiou` and `siou` run their lane gradients
    /// (`LaneDifferentiableBoxLoss`) four cases per SIMD instruction; the other losses
    /// run their `evaluate` case by case, the inner loop specialised for the loss's
    /// concrete type. Both give the loss's autograd gradient (to rounding).
    public func run(
        _ simulation: SimulationSettings,
        autograd loss: ConfiguredBoxLoss,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(SimulationError) -> SimulationResult {
        switch loss {
        case let .iou(loss): return try run(simulation, LaneAutogradDirection(loss: loss), lanes: Lanes.self, progress)
        case let .giou(loss): return try run(simulation, LaneAutogradDirection(loss: loss), lanes: Lanes.self, progress)
        case let .diou(loss): return try run(simulation, LaneAutogradDirection(loss: loss), lanes: Lanes.self, progress)
        case let .ciou(loss): return try run(simulation, LaneAutogradDirection(loss: loss), lanes: Lanes.self, progress)
        case let .eiou(loss): return try run(simulation, LaneAutogradDirection(loss: loss), lanes: Lanes.self, progress)
        case let .siou(loss): return try run(simulation, LaneAutogradDirection(loss: loss), lanes: Lanes.self, progress)
        default:
            return try loss.accept(AutogradRun(simulator: self, simulation: simulation, progress: progress)).get()
        }
    }
}

/// Runs the simulation with whichever concrete loss a `ConfiguredBoxLoss` holds.
private struct AutogradRun: BoxLossVisitor {
    let simulator: RegressionSimulator
    let simulation: SimulationSettings
    let progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    func visit<Loss: BoxLoss>(_ loss: Loss) -> Result<SimulationResult, SimulationError> {
        Result { () throws(SimulationError) in
            try simulator.run(simulation, direction: AutogradDirection(loss), progress: progress)
        }
    }
}
