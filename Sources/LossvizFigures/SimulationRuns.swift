import LossvizLosses
import LossvizSweep

/// The two box-regression simulations behind `simulation-error`,
/// `simulation-final-error` and `simulation-gradient-conventions`, run once per
/// batch of figures through `FigureContext.cached` (docs/simulation.md sections 1, 2, 4).
///
/// - `reference`: IoU, GIoU, DIoU and CIoU with the DIoU authors' hand-derived
///   gradients over the full `diou-1715k` protocol (1,715,000 cases).
/// - `autograd`: the same four plus EIoU and SIoU with their true gradients, over
///   the first `autogradPoints` anchor centres of the same draw (`autogradPoints × 343`
///   cases); the gallery uses all of them (the SIMD autograd kernels make the full
///   protocol affordable). Tests use a few centres: those are a uniform random sample
///   of the disc like the full 5,000, so their totals times `caseScale` estimate the
///   full protocol's (to about 1 % × √(5000/N)), and the figures say so.
struct SimulationRuns: Hashable, Sendable {
    /// The protocol of the reference run (the full `diou-1715k` in the gallery).
    var reference: SimulationSettings
    /// How many of the reference protocol's anchor centres the autograd run uses.
    var autogradPoints: Int

    /// The losses of the reference run, as in the DIoU paper's Fig. 3(b).
    static let referenceLosses = ReferenceLoss.allCases
    /// The losses of the autograd run.
    static let autogradLosses = ["iou", "giou", "diou", "ciou", "eiou", "siou"]

    /// The gallery's runs: the full protocol (seed `SimulationSettings.defaultSeed`)
    /// under both conventions.
    static let gallery: SimulationRuns = {
        let full = SimulationSettings.diou1715k()
        return SimulationRuns(reference: full, autogradPoints: full.anchorCentres.count)
    }()

    /// The autograd run's protocol: the first `autogradPoints` centres of the reference protocol.
    var autograd: SimulationSettings {
        var simulation = reference
        simulation.anchorCentres = Array(reference.anchorCentres.prefix(max(autogradPoints, 1)))
        return simulation
    }

    /// What multiplies the autograd run's totals to estimate the reference protocol's.
    var caseScale: Double { Double(reference.caseCount) / Double(autograd.caseCount) }

    /// Whether the autograd run covers every case of the reference protocol.
    var autogradCoversAll: Bool { autograd.caseCount == reference.caseCount }

    /// How captions describe the autograd totals: "all N cases", or which sample
    /// they come from and the factor that scales them to an estimate.
    var autogradCoverage: String {
        if autogradCoversAll { return "summed over all \(SimulationErrorChart.grouped(reference.caseCount)) cases" }
        return "summed over the first \(SimulationErrorChart.grouped(autograd.anchorCentres.count)) of the "
            + "\(SimulationErrorChart.grouped(reference.anchorCentres.count)) anchor centres (a random sample of the "
            + "same disc, \(SimulationErrorChart.grouped(autograd.caseCount)) cases) and multiplied by "
            + String(format: "%g", caseScale) + " to estimate the full total"
    }

    /// A cache key that names a protocol and everything that sets its numbers.
    private static func key(_ simulation: SimulationSettings, convention: GradientConvention, losses: [String]) -> String {
        let first = simulation.anchorCentres.first.map { "\($0.x),\($0.y)" } ?? "-"
        return "simulation \(convention.rawValue) [\(losses.joined(separator: ","))] \(simulation.name) "
            + "points=\(simulation.anchorCentres.count) first=\(first) iterations=\(simulation.iterations) "
            + "schedule=\(simulation.schedule) optimiser=\(simulation.optimiser) #\(simulation.hashValue)"
    }

    /// The reference run, one result per loss in `referenceLosses` order.
    func referenceResults(in context: FigureContext) throws -> [SimulationResult] {
        let simulation = reference
        return try context.cached(Self.key(simulation, convention: .reference, losses: Self.referenceLosses.map(\.rawValue))) {
            let simulator = RegressionSimulator()
            let report = Self.reporter(context, stage: "reference gradients", runs: Self.referenceLosses.count)
            return try Self.referenceLosses.enumerated().map { index, loss in
                try simulator.run(simulation, direction: ReferenceDirection(loss), progress: report(index))
            }
        }
    }

    /// The autograd run, one result per loss in `autogradLosses` order.
    func autogradResults(in context: FigureContext) throws -> [SimulationResult] {
        let simulation = autograd
        return try context.cached(Self.key(simulation, convention: .autograd, losses: Self.autogradLosses)) {
            let simulator = RegressionSimulator()
            let report = Self.reporter(context, stage: "true gradients", runs: Self.autogradLosses.count)
            return try Self.autogradLosses.enumerated().map { index, name in
                try simulator.run(simulation, autograd: try LossCatalogue.boxLoss(name), progress: report(index))
            }
        }
    }

    /// The simulator's progress callback for run `index` of `runs` in a stage,
    /// reporting the whole stage's share done to the context (nil if it has no
    /// listener).
    private static func reporter(_ context: FigureContext, stage: String, runs: Int)
        -> (_ index: Int) -> (@Sendable (Int, Int) -> Void)? {
        { (index: Int) -> (@Sendable (Int, Int) -> Void)? in
            guard let progress = context.progress else { return nil }
            return { done, total in progress(stage, index * total + done, runs * total) }
        }
    }
}
