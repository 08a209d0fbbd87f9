import Foundation
import LossvizLosses
import LossvizPlot
import LossvizSweep

/// `simulation-gradient-conventions`: the DIoU simulation run with the authors'
/// hand-derived gradients and with the true gradients of the same losses, side
/// by side (docs/simulation.md section 4).
///
/// The authors' code (dIOU.m, dGIOU.m, dDIOU.m, dCIOU.m) computes GIoU's update
/// from an unclamped intersection, which gives the enclosing-box penalty no pull
/// towards the target for an anchor beside or above it; the true GIoU gradient
/// has that pull, and GIoU then converges about as fast as DIoU.
struct SimulationGradientConventionsFigure: FigureRecipe {
    let name = "simulation-gradient-conventions"
    let summary = "The DIoU simulation with the authors' gradients and with the true gradients: GIoU's published slowness comes largely from its hand-derived gradient"
    var caption: String { """
        The DIoU simulation (docs/simulation.md: 1,715,000 cases, 200 iterations of `B ← B − η (2 − IoU) ∂L/∂B`, \
        `η` = 0.1 / 0.01 / 0.001) run twice. Left: IoU, GIoU, DIoU and CIoU with the DIoU authors' \
        hand-derived update directions (`reference`, the curves of the paper's Fig. 3(b) and of \
        `simulation-error`), all cases. Right: the same losses, plus EIoU and SIoU, with their true \
        gradients (`autograd`, what PyTorch's `backward()` gives), \(runs.autogradCoverage). \
        Same log axis on both sides; the legend gives each loss's `E₂₀₀`. With the true gradient GIoU \
        falls as fast as any loss early on and ends below DIoU: most of the slowness the DIoU paper reports for GIoU \
        comes from the hand-derived GIoU direction, which uses the unclamped intersection of disjoint \
        boxes and so loses the pull towards the target when the anchor is beside or above it. DIoU in turn \
        starts slower with its true gradient, whose `ρ²/c²` term is weak while `c` is large. IoU loss \
        is the same under both: no gradient without overlap.
        """
    }
    let dataKeys = """
        - `iterations`, `checkpoint_iterations` (`[1, 50, 100, 160, 200]`).
        - `reference`: `cases`, and per loss (iou, giou, diou, ciou) `error` `[E_1 … E_n]` and `checkpoints`.
        - `autograd`: `cases` (of the autograd run), `scale` (full cases / autograd cases), and per loss \
        (iou, giou, diou, ciou, eiou, siou) `error` and `checkpoints`, summed over the autograd cases; the \
        figure draws `scale × error`.
        """

    /// The runs (the gallery's by default; tests pass smaller ones).
    var runs = SimulationRuns.gallery

    struct Curve: Encodable {
        var error: [Double]
        var checkpoints: [Double]
    }

    struct Run: Encodable {
        var cases: Int
        var scale: Double
        var losses: [String: Curve]
    }

    struct Numbers: Encodable {
        var iterations: Int
        var checkpointIterations: [Int]
        var reference: Run
        var autograd: Run

        enum CodingKeys: String, CodingKey {
            case iterations, reference, autograd
            case checkpointIterations = "checkpoint_iterations"
        }
    }

    /// `value` as `"1.5·10⁶"` (two significant digits).
    static func scientific(_ value: Double) -> String {
        guard value.isFinite, value > 0 else { return String(format: "%g", value) }
        let exponent = Int(floor(log10(value)))
        let mantissa = value / pow(10, Double(exponent))
        let superscripts: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵",
                                                    "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻"]
        let power = String(String(exponent).map { superscripts[$0] ?? $0 })
        return String(format: "%.1f", mantissa) + "·10" + power
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let simulation = runs.reference
        let reference = try runs.referenceResults(in: context)
        let autograd = try runs.autogradResults(in: context)
        let scale = runs.caseScale
        let checkpoints = SimulationErrorFigure.checkpointIterations.filter { $0 <= simulation.iterations }
        let last = "$E_{\(simulation.iterations)}$"

        let referenceChart = SimulationErrorChart(
            curves: reference.map {
                .init(loss: $0.loss, error: $0.error,
                      label: "\(LossDisplayName.of($0.loss))  \(last) = \(Self.scientific($0.error.last ?? .nan))")
            },
            schedule: simulation.schedule, iterations: simulation.iterations)
        let autogradChart = SimulationErrorChart(
            curves: autograd.map { result in
                let scaled = result.error.map { $0 * scale }
                return .init(loss: result.loss, error: scaled,
                             label: "\(LossDisplayName.of(result.loss))  \(last) \(runs.autogradCoversAll ? "=" : "≈") \(Self.scientific(scaled.last ?? .nan))")
            },
            schedule: simulation.schedule, iterations: simulation.iterations)

        var figure = Figure(width: 11, height: 4.6)
        figure.grid(rows: 1, columns: 2)
        figure.panelLetters = true
        figure.shareY = .all
        var left = figure[0].panel, right = figure[1].panel
        referenceChart.draw(on: &left, scale: .log)
        autogradChart.draw(on: &right, scale: .log)
        // One error axis for both panels.
        let low = min(referenceChart.range.positiveMinimum, autogradChart.range.positiveMinimum)
        let high = max(referenceChart.range.maximum, autogradChart.range.maximum)
        let limits = pow(10, floor(log10(low)))...pow(10, ceil(log10(high)))
        left.yLimits = limits
        right.yLimits = limits
        left.title = "reference: the DIoU authors' gradients"
        right.title = "autograd: the true gradients"
        right.yLabel = nil
        left.legend(.lowerLeft, fontSize: 8.5)
        right.legend(.lowerLeft, fontSize: 8.5)
        figure[0].panel = left
        figure[1].panel = right
        figure.title = "The same simulation with hand-derived and with true gradients"
        figure.caption = "Left: all \(SimulationErrorChart.grouped(simulation.caseCount)) cases. Right: "
            + "\(runs.autogradCoverage). Dashed vertical lines: step changes, \(referenceChart.stepText)."

        func curves(_ results: [SimulationResult]) -> [String: Curve] {
            Dictionary(uniqueKeysWithValues: results.map { result in
                (result.loss, Curve(error: result.error, checkpoints: checkpoints.map { result.error[$0 - 1] }))
            })
        }
        let numbers = Numbers(
            iterations: simulation.iterations, checkpointIterations: checkpoints,
            reference: Run(cases: simulation.caseCount, scale: 1, losses: curves(reference)),
            autograd: Run(cases: runs.autograd.caseCount, scale: scale, losses: curves(autograd)))
        return FigureProduct(figure: figure, data: numbers)
    }
}
