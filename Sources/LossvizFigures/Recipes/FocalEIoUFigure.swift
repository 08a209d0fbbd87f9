import Foundation
import LossvizLosses
import LossvizPlot

/// `focal-eiou`: EIoU and Focal-EIoU (`gamma` 0.25, 0.5, 1) against IoU for a
/// prediction sliding off the target (seed 2.9.2; Zhang et al., "Focal and
/// Efficient IOU Loss", Neurocomputing 2022, Eq. 9 and 14).
///
/// `L_Focal-EIoU = IoU^gamma L_EIoU` with `IoU^gamma` held constant for the
/// gradient, so every gradient is the EIoU gradient scaled by `IoU^gamma`:
/// low-IoU (hard, outlier) boxes are down-weighted. Values and gradients from
/// `EfficientIoULoss` and `FocalEfficientIoULoss`.
struct FocalEIoUFigure: FigureRecipe {
    let name = "focal-eiou"
    let summary = "EIoU and Focal-EIoU (γ = 0.25, 0.5, 1) against IoU: low-IoU outlier boxes are down-weighted"
    let caption = """
        A 1 × 1 prediction slides horizontally off a 1 × 1 target (centre offset `Δx` from 0.005 \
        to 0.995, so the IoU runs from 0.99 to nearly 0); each loss is plotted against the IoU \
        of the pair. (a) the loss, (b) the norm of its gradient with respect to the prediction's \
        `(cx, cy, w, h)`. Focal-EIoU (Zhang et al., Neurocomputing 2022, Eq. 14) multiplies EIoU by \
        `IoU^γ`, held constant for the gradient, so its gradient is EIoU's scaled by `IoU^γ`. \
        High-IoU boxes keep almost all of their gradient, low-IoU boxes — the hard examples and \
        outliers that would otherwise dominate training — lose most of it: at IoU = 0.1 and the \
        default `γ = 0.5` the weight is `0.1^0.5 ≈ 0.32`. Larger `γ` suppresses more. Values from \
        lossviz's EIoU and Focal-EIoU losses.
        """
    let dataKeys = """
        - `target`: the target `[x1, y1, x2, y2]`; `offset`: the prediction's centre offsets `Δx`.
        - `iou`: the IoU at each offset.
        - `curves[]`: per curve the `loss` (`eiou` or `focal-eiou`), its `gamma` (absent for EIoU), \
        `value` and `gradient_norm` (‖∇L‖ over `(cx, cy, w, h)`) at each offset.
        - `weights[]`: for each `gamma` at the annotated IoUs (`at_iou`), the ratio Focal-EIoU / EIoU \
        of the library's losses (= `IoU^gamma`).
        """

    /// The target, and the prediction's size (the same).
    static let target = Box(cx: 0, cy: 0, w: 1, h: 1)
    /// The focusing exponents drawn (the paper's default is 0.5).
    static let gammas: [Double] = [0.25, 0.5, 1]
    /// Offsets 0.005 ... 0.995: IoU from 0.99 down to 0.0025. (At offset 0 the
    /// boxes coincide and the loss has a kink: its one-sided gradient would drop
    /// the curve to the subgradient there.)
    static let offsets = (1...199).map { Double($0) / 200 }
    /// The IoUs at which the weights are printed, and the offsets giving them
    /// for unit squares (`IoU = (1 - d)/(1 + d)`, so `d = (1 - IoU)/(1 + IoU)`).
    static let annotatedIoUs: [Double] = [0.1, 0.9]
    /// The IoU below which the figure shades boxes as hard (an illustration, not a threshold of the loss).
    static let hardIoU = 0.3

    struct Curve: Encodable {
        var loss: String
        var gamma: Double?
        var value: [Double]
        var gradientNorm: [Double]

        enum CodingKeys: String, CodingKey {
            case loss, gamma, value
            case gradientNorm = "gradient_norm"
        }
    }

    struct Weight: Encodable {
        var gamma: Double
        var atIoU: [Double]
        var weight: [Double]

        enum CodingKeys: String, CodingKey {
            case gamma, weight
            case atIoU = "at_iou"
        }
    }

    struct Numbers: Encodable {
        var target: [Double]
        var offset: [Double]
        var iou: [Double]
        var curves: [Curve]
        var weights: [Weight]
    }

    /// The prediction at centre offset `dx`.
    static func prediction(offset dx: Double) -> Box {
        Box(cx: target.cx + dx, cy: target.cy, w: target.width, h: target.height)
    }

    /// Norm of the centre-form gradient `(d/dcx, d/dcy, d/dw, d/dh)`.
    static func norm(_ g: BoxGradient) -> Double {
        (g.cx * g.cx + g.cy * g.cy + g.w * g.w + g.h * g.h).squareRoot()
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let target = Self.target
        let boxes = Self.offsets.map(Self.prediction(offset:))
        let iou = boxes.map { 1 - IoULoss().evaluate(prediction: $0, target: target).value }
        let losses: [(String, Double?, any BoxLoss)] = [("eiou", nil, EfficientIoULoss())]
            + Self.gammas.map { ("focal-eiou", $0, FocalEfficientIoULoss(gamma: $0)) }
        let curves = losses.map { name, gamma, loss in
            let evaluations = boxes.map { loss.evaluate(prediction: $0, target: target) }
            return Curve(loss: name, gamma: gamma, value: evaluations.map(\.value),
                         gradientNorm: evaluations.map { Self.norm($0.gradient) })
        }
        let annotated = Self.annotatedIoUs.map { Self.prediction(offset: (1 - $0) / (1 + $0)) }
        let annotatedIoU = annotated.map { 1 - IoULoss().evaluate(prediction: $0, target: target).value }
        let annotatedEIoU = annotated.map { EfficientIoULoss().evaluate(prediction: $0, target: target).value }
        let weights = Self.gammas.map { gamma in
            Weight(gamma: gamma, atIoU: annotatedIoU, weight: zip(annotated, annotatedEIoU).map { box, eiou in
                FocalEfficientIoULoss(gamma: gamma).evaluate(prediction: box, target: target).value / eiou
            })
        }
        let numbers = Numbers(target: target.corners, offset: Self.offsets, iou: iou, curves: curves, weights: weights)
        return FigureProduct(figure: figure(numbers), data: numbers)
    }

    private static func label(_ curve: Curve) -> String {
        curve.gamma.map { "Focal-EIoU, $\\gamma$ = \(FigureNumberText.trimmed($0))" } ?? "EIoU"
    }

    private func figure(_ n: Numbers) -> Figure {
        var figure = Figure(width: 10, height: 4.3)
        figure.grid(rows: 1, columns: 2)
        figure.panelLetters = true
        figure.shareX = .all
        let family = ParameterFamilyColors.colors(count: Self.gammas.count)
        var next = 0
        let styles = n.curves.map { curve -> LineStyle in
            guard curve.gamma != nil else { return LineStyle.loss("eiou", width: 2.2) }
            defer { next += 1 }
            var style = LineStyle.loss("focal-eiou", width: 1.9)
            style.color = family[next]
            return style
        }

        var loss = Axes(title: "Loss against IoU")
        var gradient = Axes(title: "Gradient norm ‖∇L‖ against IoU")
        let lossTop = max((n.curves.flatMap(\.value).max() ?? 1) * 1.08, 1)
        let gradientTop = (n.curves.flatMap(\.gradientNorm).max() ?? 1) * 1.1
        let hard = Color(gray: 0.5, alpha: 0.1), hardEnd = Self.hardIoU
        loss.band(x: [0, hardEnd], lower: [0, 0], upper: [lossTop, lossTop], color: hard)
        gradient.band(x: [0, hardEnd], lower: [0, 0], upper: [gradientTop, gradientTop], color: hard)
        for (curve, style) in zip(n.curves, styles) {
            loss.line(x: n.iou, y: curve.value, label: Self.label(curve), style: style)
            gradient.line(x: n.iou, y: curve.gradientNorm, style: style)
        }
        loss.text("low IoU:\nhard / outlier\nboxes", at: Point(hardEnd / 2, lossTop), anchor: .top, offset: Point(0, -4),
                  fontSize: 8.5, color: Color(gray: 0.3))
        loss.xLimits = 0...1
        loss.yLimits = 0...lossTop
        loss.xLabel = "IoU of prediction and target"
        loss.yLabel = "loss"
        loss.legend(.upperRight)

        let header = "weight $\\mathrm{IoU}^{\\gamma}$ at IoU " + (n.weights.first?.atIoU ?? [])
            .map { FigureNumberText.trimmed($0, decimals: 2) }.joined(separator: " | ")
        let lines = n.weights.map { w in
            "$\\gamma$ = \(FigureNumberText.trimmed(w.gamma)):  " + w.weight.map { FigureNumberText.trimmed($0, decimals: 2) }.joined(separator: " | ")
        }
        gradient.text(([header] + lines).joined(separator: "\n"),
                      at: Point(0.98, 0.03), coordinates: .axes, anchor: .bottomRight, fontSize: 8.5,
                      background: Color.white.withAlpha(0.85), border: Color(gray: 0.7))
        gradient.xLimits = 0...1
        gradient.yLimits = 0...gradientTop
        gradient.xLabel = "IoU of prediction and target"
        gradient.yLabel = "‖∇L‖ over (cx, cy, w, h)"
        loss.cell = figure.panels[0].cell
        gradient.cell = figure.panels[1].cell
        figure.panels = [loss, gradient]
        return figure
    }
}
