import LossvizLosses

/// Several losses run through one `SimulationSettings` under one gradient
/// convention: what `lossviz simulate` computes and writes with `--data`.
public struct SimulationReport: Sendable {
    /// The protocol that was run.
    public var simulation: SimulationSettings
    /// The gradient convention of every loss.
    public var convention: GradientConvention
    /// The seed of the anchor draw, or `nil` when the centres came from a file.
    public var seed: UInt64?
    /// One result per loss, in the order asked for.
    public var results: [SimulationResult]

    /// A report from results computed elsewhere.
    public init(simulation: SimulationSettings, convention: GradientConvention, seed: UInt64?, results: [SimulationResult]) {
        self.simulation = simulation
        self.convention = convention
        self.seed = seed
        self.results = results
    }

    /// Runs every loss of `losses` through `simulation`.
    ///
    /// - Parameter progress: called with (cases done, cases of all losses) as the
    ///   work proceeds, one call at a time.
    /// - Throws: `noLosses` for none, `noReferenceGradient` for the reference
    ///   convention on a loss other than iou, giou, diou, ciou.
    public static func run(
        losses: [ConfiguredBoxLoss], convention: GradientConvention, simulation: SimulationSettings, seed: UInt64?,
        simulator: RegressionSimulator = RegressionSimulator(),
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(SimulationRequestError) -> SimulationReport {
        guard !losses.isEmpty else { throw .noLosses }
        if let missing = losses.first(where: { !$0.hasGradient(convention) }) { throw .noReferenceGradient(loss: missing.name) }
        do {
            try simulation.validate()
        } catch {
            throw .simulation(error)
        }
        let total = simulation.caseCount * losses.count
        var results: [SimulationResult] = []
        for (index, loss) in losses.enumerated() {
            let offset = index * simulation.caseCount
            var report: (@Sendable (Int, Int) -> Void)?
            if let progress {
                report = { done, _ in progress(offset + done, total) }
            }
            do {
                if convention == .reference, let reference = ReferenceLoss(rawValue: loss.name) {
                    results.append(try simulator.run(simulation, direction: ReferenceDirection(reference), progress: report))
                } else {
                    results.append(try simulator.run(simulation, autograd: loss, progress: report))
                }
            } catch {
                throw .simulation(error)
            }
        }
        return SimulationReport(simulation: simulation, convention: convention, seed: seed, results: results)
    }
}

/// Why a simulation request (loss names, convention, protocol) cannot run.
public enum SimulationRequestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The list of losses is empty.
    case noLosses
    /// The reference convention was asked for a loss without one (`MissingReferenceGradient`).
    case noReferenceGradient(loss: String)
    /// The protocol cannot run.
    case simulation(SimulationError)

    public var description: String {
        switch self {
        case .noLosses:
            return "no losses given; name at least one box loss, e.g. --losses iou,giou,diou,ciou"
        case let .noReferenceGradient(loss):
            return MissingReferenceGradient(loss: loss).description
        case let .simulation(error):
            return error.description
        }
    }
}
