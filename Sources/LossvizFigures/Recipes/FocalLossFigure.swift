import Foundation
import LossvizLosses
import LossvizPlot

/// `focal-loss`: cross-entropy and the focal loss against the probability of
/// the ground-truth class `p_t` for `gamma` in {0, 0.5, 1, 2, 5}
/// (Lin et al., "Focal Loss for Dense Object Detection", ICCV 2017, Fig. 1).
///
/// `FL(p_t) = -(1 - p_t)^gamma ln(p_t)` (Eq. 4; `gamma = 0` is CE). The values
/// come from `SigmoidFocalLoss` with `alpha` disabled (`alpha < 0`), target 1
/// and the logit `z = ln(p_t/(1 - p_t))`, so `p_t = s(z)`.
struct FocalLossFigure: FigureRecipe {
    let name = "focal-loss"
    let summary = "Cross-entropy and focal loss against p_t for γ = 0, 0.5, 1, 2, 5 (Lin et al. 2017, Fig. 1)"
    let caption = """
        The focal loss `FL(pₜ) = −(1 − pₜ)^γ ln pₜ` (Lin et al., ICCV 2017, Eq. 4) against the \
        probability `pₜ` of the ground-truth class, for `γ ∈ {0, 0.5, 1, 2, 5}`; `γ = 0` is the \
        cross-entropy (CE, black). (a) reproduces the paper's Fig. 1 (loss 0–5). The factor \
        `(1 − pₜ)^γ` leaves badly classified examples almost at their CE loss but shrinks the loss \
        of well-classified ones (`pₜ > 0.5`, shaded), so the many easy negatives of a dense \
        detector stop dominating the total. (b) shows the well-classified range on a log scale: \
        at `pₜ = 0.9` the focal loss with `γ = 2` is `(1 − 0.9)^−2 = 100` times lower than CE. \
        Values from lossviz's sigmoid focal loss with the `α` weighting disabled, target 1, \
        logit `ln(pₜ/(1 − pₜ))`.
        """
    let dataKeys = """
        - `p_t`: the probabilities of the ground-truth class at which the curves are sampled.
        - `curves[]`: per `gamma`, the loss at each `p_t` (`gamma = 0` is cross-entropy).
        - `annotation`: at `p_t` (0.9), the cross-entropy `ce`, the focal loss `focal` at `gamma` (2), \
        and `ratio = ce / focal` (100).
        """

    /// The focusing exponents of Lin et al. Fig. 1.
    static let gammas: [Double] = [0, 0.5, 1, 2, 5]
    /// Where the figure compares CE with the focal loss, and at which `gamma`.
    static let annotatedProbability = 0.9
    static let annotatedGamma = 2.0
    /// `p_t = k/1000` for k = 1 ... 999.
    static let probabilities = (1...999).map { Double($0) / 1000 }

    struct Curve: Encodable {
        var gamma: Double
        var loss: [Double]
    }

    struct Annotation: Encodable {
        var pT: Double
        var gamma: Double
        var ce: Double
        var focal: Double
        var ratio: Double

        enum CodingKeys: String, CodingKey {
            case pT = "p_t"
            case gamma, ce, focal, ratio
        }
    }

    struct Numbers: Encodable {
        var pT: [Double]
        var curves: [Curve]
        var annotation: Annotation

        enum CodingKeys: String, CodingKey {
            case pT = "p_t"
            case curves, annotation
        }
    }

    /// The logit whose sigmoid is `p`: `ln p - ln(1 - p)`.
    static func logit(_ p: Double) -> Double { log(p) - log1p(-p) }

    /// The focal loss (no `alpha` weighting) of a positive example with `p_t = p`.
    static func focalLoss(probability p: Double, gamma: Double) -> Double {
        SigmoidFocalLoss(alpha: -1, gamma: gamma).evaluate(logit: logit(p), target: 1).value
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let curves = Self.gammas.map { gamma in
            Curve(gamma: gamma, loss: Self.probabilities.map { Self.focalLoss(probability: $0, gamma: gamma) })
        }
        let p = Self.annotatedProbability
        let ce = Self.focalLoss(probability: p, gamma: 0)
        let focal = Self.focalLoss(probability: p, gamma: Self.annotatedGamma)
        let numbers = Numbers(
            pT: Self.probabilities, curves: curves,
            annotation: Annotation(pT: p, gamma: Self.annotatedGamma, ce: ce, focal: focal, ratio: ce / focal)
        )
        return FigureProduct(figure: figure(numbers), data: numbers)
    }

    private func label(_ gamma: Double) -> String {
        gamma == 0 ? "CE ($\\gamma = 0$)" : "FL $\\gamma$ = \(FigureNumberText.trimmed(gamma))"
    }

    private func styles(_ curves: [Curve]) -> [LineStyle] {
        let shades = ParameterFamilyColors.colors(count: curves.count - 1)
        var next = 0
        return curves.map { curve in
            let width = curve.gamma == Self.annotatedGamma ? 2.4 : 1.6
            if curve.gamma == 0 { return LineStyle.loss("ce", width: width) }
            defer { next += 1 }
            return LineStyle(color: shades[next], width: width)
        }
    }

    private func figure(_ numbers: Numbers) -> Figure {
        let styles = styles(numbers.curves)
        let a = numbers.annotation
        var figure = Figure(width: 10, height: 4.3)
        figure.grid(rows: 1, columns: 2)
        figure.panelLetters = true
        figure.columnWidths = [1.25, 1]

        var linear = Axes(title: "Focal loss, Lin et al. Fig. 1")
        linear.cell = figure.panels[0].cell
        let yMax = 5.0
        linear.band(x: [0.5, 1], lower: [0, 0], upper: [yMax, yMax], color: Color(gray: 0.5, alpha: 0.1))
        linear.text("well-classified\nexamples ($p_t > 0.5$)", at: Point(0.75, 2.2), anchor: .center, color: Color(gray: 0.3))
        for (curve, style) in zip(numbers.curves, styles) {
            linear.line(x: numbers.pT, y: curve.loss, label: label(curve.gamma), style: style)
        }
        linear.xLimits = 0...1
        linear.yLimits = 0...yMax
        linear.xLabel = "probability of ground-truth class $p_t$"
        linear.yLabel = "loss"
        linear.legend(.upperRight)

        var log = Axes(title: "Well-classified range, log scale")
        log.cell = figure.panels[1].cell
        let start = numbers.pT.firstIndex { $0 >= 0.5 } ?? 0
        for (curve, style) in zip(numbers.curves, styles) {
            log.line(x: Array(numbers.pT[start...]), y: Array(curve.loss[start...]), style: style)
        }
        log.yScale = .log
        log.xLimits = 0.5...1
        log.yLimits = 1e-6...1
        log.verticalLine(at: a.pT)
        let gap = LineStyle(color: .black, width: 1, marker: .circle, markerSize: 4.5)
        log.line(x: [a.pT, a.pT], y: [a.focal, a.ce], style: gap)
        log.text("\(FigureNumberText.trimmed(a.ratio, decimals: 0))×", at: Point(a.pT, (a.ce * a.focal).squareRoot()),
                 anchor: .right, offset: Point(-4, 0), fontSize: 11, weight: .bold)
        log.text("at $p_t$ = \(FigureNumberText.trimmed(a.pT)):\nCE = \(FigureNumberText.trimmed(a.ce, decimals: 4))\nFL ($\\gamma$ = \(FigureNumberText.trimmed(a.gamma))) = \(FigureNumberText.trimmed(a.focal, decimals: 5))\nCE / FL = \(FigureNumberText.trimmed(a.ratio, decimals: 0)) = $(1 - p_t)^{-\\gamma}$",
                 at: Point(0.03, 0.03), coordinates: .axes, anchor: .bottomLeft,
                 background: Color.white.withAlpha(0.85), border: Color(gray: 0.7))
        log.xLabel = "$p_t$"
        log.yLabel = "loss (log scale)"

        figure.panels = [linear, log]
        return figure
    }
}
