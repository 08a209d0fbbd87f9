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

    /// Checks that every name is a box loss of the catalogue and, for the
    /// reference convention, one of iou, giou, diou, ciou; returns the losses.
    public static func resolve(
        losses names: [String], convention: GradientConvention
    ) throws(SimulationRequestError) -> [ConfiguredBoxLoss] {
        guard !names.isEmpty else { throw .noLosses }
        var losses: [ConfiguredBoxLoss] = []
        for name in names {
            do {
                losses.append(try LossCatalogue.boxLoss(name))
            } catch {
                throw .loss(error)
            }
            if convention == .reference && !ReferenceLoss.exists(forLossNamed: name) {
                throw .noReferenceGradient(loss: name)
            }
        }
        return losses
    }

    /// Runs every loss in `names` (catalogue defaults) through `simulation`.
    ///
    /// - Parameter progress: called with (cases done, cases of all losses) as the
    ///   work proceeds, one call at a time.
    public static func run(
        losses names: [String], convention: GradientConvention, simulation: SimulationSettings, seed: UInt64?,
        simulator: RegressionSimulator = RegressionSimulator(),
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(SimulationRequestError) -> SimulationReport {
        let losses = try resolve(losses: names, convention: convention)
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
    /// A name is not a box loss of the catalogue.
    case loss(LossOptionError)
    /// The protocol cannot run.
    case simulation(SimulationError)

    public var description: String {
        switch self {
        case .noLosses:
            return "no losses given; name at least one box loss, e.g. --losses iou,giou,diou,ciou"
        case let .noReferenceGradient(loss):
            return MissingReferenceGradient(loss: loss).description
        case let .loss(error):
            return error.description
        case let .simulation(error):
            return error.description
        }
    }
}
