import Foundation
import LossvizLosses
import LossvizPlot
import LossvizSweep

/// `simulation-error`: the total regression error against iteration over the
/// DIoU paper's 1,715,000-case simulation (Zheng et al. AAAI 2020, Fig. 3(b);
/// docs/simulation.md sections 1-2), reference gradients, with EIoU and SIoU
/// (true gradients) dashed beside them.
struct SimulationErrorFigure: FigureRecipe {
    let name = "simulation-error"
    let summary = "Total l1 error against iteration over the 1,715,000-case DIoU simulation: IoU stalls, GIoU is slow, DIoU and CIoU converge (DIoU paper Fig. 3b)"
    var caption: String { """
        The DIoU paper's simulation (docs/simulation.md): 7 targets of area 1 at (10, 10) with aspect ratios \
        1:4 … 4:1; anchors of 7 scales × 7 aspect ratios at 5,000 centres drawn uniformly in the disc of \
        radius 3 (seed 1), 1,715,000 cases; 200 updates `B ← B + η (2 − IoU) d(B)` with `η` = 0.1, then \
        0.01 after iteration 160 and 0.001 after 180 (vertical lines). IoU, GIoU, DIoU and CIoU with \
        the DIoU authors' hand-derived gradients `d` (`reference`), summed over all cases, each loss in its \
        own colour and line style; left on a \
        linear axis as in the paper's Fig. 3(b), right on a log axis. IoU loss moves only the cases whose \
        anchor overlaps its target and ends near its start; GIoU converges slowly; DIoU and CIoU fall below \
        a tenth of the start within 50 iterations, oscillate about the targets at that level while \
        `η = 0.1`, and settle when the step drops; DIoU's curve lies on CIoU's, so it is drawn as a wide \
        translucent band with CIoU's line inside it (the linear axis is in units of 10⁶). EIoU and SIoU are drawn with their true gradients \
        (`autograd`; they have no reference code), \(runs.autogradCoverage). \
        The values at iterations 1, 50, 100, 160 and 200 are in the `--data` JSON; they agree with the \
        values read off the paper's plot (docs/simulation.md section 2) to within a few per cent.
        """
    }
    let dataKeys = """
        - `preset`, `cases`, `points`, `iterations`: the reference run's protocol.
        - `checkpoint_iterations`: `[1, 50, 100, 160, 200]` (those within the run).
        - `reference.<loss>` (iou, giou, diou, ciou): `error` `[E_1 … E_n]` (total over all cases) and \
        `checkpoints` (`E_t` at the checkpoint iterations).
        - `autograd`: `points` and `cases` of the autograd run, `scale` (full cases / autograd cases), \
        and per loss (eiou, siou) `error` and `checkpoints` summed over the autograd cases; the figure \
        draws `scale × error`.
        """

    /// The runs (the gallery's by default; tests pass smaller ones).
    var runs = SimulationRuns.gallery

    /// The iterations of docs/simulation.md section 2's published values.
    static let checkpointIterations = [1, 50, 100, 160, 200]
    /// The autograd losses drawn dashed.
    static let autogradLosses = ["eiou", "siou"]

    struct Curve: Encodable {
        var error: [Double]
        var checkpoints: [Double]

        init(_ error: [Double], at iterations: [Int]) {
            self.error = error
            checkpoints = iterations.map { error[$0 - 1] }
        }
    }

    struct AutogradCurves: Encodable {
        var points: Int
        var cases: Int
        var scale: Double
        var losses: [String: Curve]
    }

    struct Numbers: Encodable {
        var preset: String
        var cases: Int
        var points: Int
        var iterations: Int
        var checkpointIterations: [Int]
        var reference: [String: Curve]
        var autograd: AutogradCurves

        enum CodingKeys: String, CodingKey {
            case preset, cases, points, iterations, reference, autograd
            case checkpointIterations = "checkpoint_iterations"
        }
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let simulation = runs.reference
        let reference = try runs.referenceResults(in: context)
        let autograd = try runs.autogradResults(in: context).filter { Self.autogradLosses.contains($0.loss) }
        let checkpoints = Self.checkpointIterations.filter { $0 <= simulation.iterations }
        let scale = runs.caseScale

        var curves = reference.map {
            SimulationErrorChart.Curve(loss: $0.loss, error: $0.error, label: "\(LossDisplayName.of($0.loss)) (reference)")
        }
        curves += autograd.map {
            SimulationErrorChart.Curve(loss: $0.loss, error: $0.error.map { $0 * scale },
                                       label: "\(LossDisplayName.of($0.loss)) (autograd\(runs.autogradCoversAll ? "" : ", est."))")
        }
        let chart = SimulationErrorChart(
            curves: curves, schedule: simulation.schedule, iterations: simulation.iterations)
        let autogradCases = runs.autograd.caseCount
        let figure = chart.figure(
            title: "Regression error of the DIoU simulation: \(SimulationErrorChart.grouped(simulation.caseCount)) cases, \(simulation.iterations) iterations",
            caption: "Reference: the DIoU authors' gradients, all \(SimulationErrorChart.grouped(simulation.caseCount)) cases. "
                + "Autograd: true gradients, \(runs.autogradCoverage).")

        let numbers = Numbers(
            preset: simulation.name, cases: simulation.caseCount, points: simulation.anchorCentres.count,
            iterations: simulation.iterations, checkpointIterations: checkpoints,
            reference: Dictionary(uniqueKeysWithValues: reference.map { ($0.loss, Curve($0.error, at: checkpoints)) }),
            autograd: AutogradCurves(
                points: runs.autograd.anchorCentres.count, cases: autogradCases, scale: scale,
                losses: Dictionary(uniqueKeysWithValues: autograd.map { ($0.loss, Curve($0.error, at: checkpoints)) })))
        return FigureProduct(figure: figure, data: numbers)
    }
}
