import Foundation
import LossvizLosses
import LossvizPlot

/// `regression-losses`: L1, L2, Smooth L1 and Huber over the residual, and
/// their derivatives (seed fig 1).
///
/// `L1 = |x|`, `L2 = x^2`, Smooth L1 `= 0.5 x^2/beta` for `|x| < beta`, else
/// `|x| - 0.5 beta` (Girshick, Fast R-CNN, ICCV 2015, Eq. 3), Huber `= 0.5 x^2`
/// for `|x| < delta`, else `delta (|x| - 0.5 delta)` (Huber 1964), each with
/// `beta = delta = 1`. Values and derivatives come from `L1Loss`, `L2Loss`,
/// `SmoothL1Loss`, `HuberLoss`.
struct RegressionLossesFigure: FigureRecipe {
    let name = "regression-losses"
    let summary = "L1, L2, Smooth L1 and Huber over the residual, with their derivatives: bounded and unbounded gradients"
    let caption = """
        Left: the element-wise regression losses over the residual `x` (prediction − target); \
        right: their derivatives `dL/dx`. `L2 = x²` has the derivative `2x`, which grows without \
        bound, so one outlier can dominate a batch. `L1 = |x|` has the constant derivative \
        `sign(x)`: it never grows, but it jumps from −1 to +1 at `x = 0`, where it is undefined \
        (open circles; autograd returns the subgradient 0, the dot). Smooth L1 \
        (Fast R-CNN, `β = 1`) is `0.5 x²/β` inside `|x| < β` (shaded) and `|x| − 0.5 β` outside: \
        near zero it behaves like L2 (derivative `x/β`, going smoothly to 0), far away like L1 \
        (derivative `±1`). Huber with `δ = 1` (dashed) is the same curve here; in general Huber = \
        `β ·` Smooth L1 with `δ = β`. Every curve is sampled from lossviz's losses.
        """
    let dataKeys = """
        - `beta`: the Smooth L1 `β`; `delta`: the Huber `δ`.
        - `residual`: the sample points `x`.
        - `curves[]`: per loss, `loss` (name), `value` and `derivative` at each residual, from the library \
        (the L1 derivative at 0 is autograd's subgradient 0).
        - `l1_derivative_at_zero`: that subgradient; `l2_derivative_at_range_end`: `dL2/dx` at the largest residual.
        """

    /// Smooth L1's `beta` and Huber's `delta` (both the defaults of their papers and of torch).
    static let beta = 1.0
    static let delta = 1.0
    /// The residuals: -3 ... 3 in steps of 0.01, with 0 exactly.
    static let residuals = (0...600).map { Double($0 - 300) / 100 }

    struct Curve: Encodable {
        var loss: String
        var value: [Double]
        var derivative: [Double]
    }

    struct Numbers: Encodable {
        var beta: Double
        var delta: Double
        var residual: [Double]
        var curves: [Curve]
        var l1DerivativeAtZero: Double
        var l2DerivativeAtRangeEnd: Double

        enum CodingKeys: String, CodingKey {
            case beta, delta, residual, curves
            case l1DerivativeAtZero = "l1_derivative_at_zero"
            case l2DerivativeAtRangeEnd = "l2_derivative_at_range_end"
        }
    }

    /// The losses in drawing order, with their legend labels.
    static let losses: [(loss: any ElementWiseLoss, label: String)] = [
        (L2Loss(), "L2 = x²"),
        (L1Loss(), "L1 = |x|"),
        (SmoothL1Loss(beta: beta), "Smooth L1, β = 1"),
        (HuberLoss(delta: delta), "Huber, δ = 1"),
    ]

    func make(in context: FigureContext) throws -> FigureProduct {
        let xs = Self.residuals
        let curves = Self.losses.map { entry in
            let evaluations = xs.map { entry.loss.evaluate($0) }
            return Curve(loss: entry.loss.name, value: evaluations.map(\.value), derivative: evaluations.map(\.derivative))
        }
        let l1 = L1Loss()
        let numbers = Numbers(
            beta: Self.beta, delta: Self.delta, residual: xs, curves: curves,
            l1DerivativeAtZero: l1.evaluate(0).derivative,
            l2DerivativeAtRangeEnd: L2Loss().evaluate(xs[xs.count - 1]).derivative
        )
        return FigureProduct(figure: figure(numbers), data: numbers)
    }

    /// Line widths that keep coinciding curves visible: the lower one drawn wider.
    private static func width(of loss: String) -> Double {
        switch loss {
        case "l1": return 3.6
        case "smooth-l1": return 2.2
        default: return 1.6
        }
    }

    private func figure(_ numbers: Numbers) -> Figure {
        let xs = numbers.residual
        let beta = numbers.beta
        let lossLimits = -0.15...4.5
        let slopeLimits = -3.6...3.6
        var figure = Figure(width: 10, height: 4.2)
        figure.grid(rows: 1, columns: 2)
        figure.panelLetters = true
        figure.columnWidths = [1, 1.35]

        var loss = Axes(title: "Loss L(x)")
        var slope = Axes(title: "Derivative dL/dx")
        let bandColor = (LossStyle.named("smooth-l1")?.color ?? .gray).withAlpha(0.13)
        loss.band(x: [-beta, beta], lower: [lossLimits.lowerBound, lossLimits.lowerBound],
                  upper: [lossLimits.upperBound, lossLimits.upperBound], color: bandColor)
        slope.band(x: [-beta, beta], lower: [slopeLimits.lowerBound, slopeLimits.lowerBound],
                   upper: [slopeLimits.upperBound, slopeLimits.upperBound],
                   label: "|x| < β: Smooth L1 quadratic", color: bandColor)
        slope.horizontalLine(at: 0, style: LineStyle(color: Color(gray: 0.6), width: 0.6))

        for (curve, entry) in zip(numbers.curves, Self.losses) {
            let style = LineStyle.loss(curve.loss, width: Self.width(of: curve.loss))
            loss.line(x: xs, y: curve.value, label: entry.label, style: style)
            if curve.loss == "l1" {
                // sign(x) is undefined at 0: draw the two constant pieces apart.
                let negative = xs.indices.filter { xs[$0] < 0 }, positive = xs.indices.filter { xs[$0] > 0 }
                slope.line(x: negative.map { xs[$0] }, y: negative.map { curve.derivative[$0] }, label: entry.label, style: style)
                slope.line(x: positive.map { xs[$0] }, y: positive.map { curve.derivative[$0] }, style: style)
            } else {
                slope.line(x: xs, y: curve.derivative, label: entry.label, style: style)
            }
        }

        // L1: the one-sided limits at 0 as open circles, autograd's subgradient as a dot.
        let l1 = L1Loss()
        let left = l1.evaluate(-Double.ulpOfOne).derivative, right = l1.evaluate(Double.ulpOfOne).derivative
        let l1Color = LossStyle.named("l1")?.color ?? .black
        slope.scatter(x: [0, 0], y: [left, right], color: .white, marker: .circle, size: 8, edge: l1Color)
        slope.scatter(x: [0], y: [numbers.l1DerivativeAtZero], color: l1Color, marker: .circle, size: 5)
        slope.text("L1′ undefined at 0:\njumps \(FigureNumberText.trimmed(left)) → +\(FigureNumberText.trimmed(right));\nautograd gives \(FigureNumberText.trimmed(numbers.l1DerivativeAtZero))",
                   at: Point(0.1, numbers.l1DerivativeAtZero), anchor: .topLeft, offset: Point(4, -4), fontSize: 8.5, color: l1Color)

        // L2: where its derivative leaves the panel, and its value at the range end.
        let l2Color = LossStyle.named("l2")?.color ?? .black
        let end = xs[xs.count - 1]
        slope.text("L2′ = 2x grows without bound\n(\(FigureNumberText.trimmed(numbers.l2DerivativeAtRangeEnd)) at x = \(FigureNumberText.trimmed(end)), off the panel)",
                   at: Point(end, slopeLimits.lowerBound), anchor: .bottomRight,
                   offset: Point(-4, 4), fontSize: 8.5, color: l2Color)
        slope.text("|x| ≥ β:\nSmooth L1′ = Huber′\n= L1′ = ±1", at: Point(end, 1), anchor: .bottomRight,
                   offset: Point(-4, 7), fontSize: 8.5, color: Color(gray: 0.25))

        loss.text("quadratic\n|x| < β", at: Point(0, lossLimits.upperBound), anchor: .top, offset: Point(0, -4),
                  fontSize: 8.5, color: Color(gray: 0.3))
        for side in [-1.0, 1.0] {
            loss.text("linear", at: Point(side * (xs[xs.count - 1] - 0.45), lossLimits.upperBound),
                      anchor: .top, offset: Point(0, -4), fontSize: 8.5, color: Color(gray: 0.3))
        }

        loss.xLimits = xs[0]...end
        loss.yLimits = lossLimits
        slope.xLimits = xs[0]...end
        slope.yLimits = slopeLimits
        loss.xLabel = "residual x"
        slope.xLabel = "residual x"
        loss.yLabel = "L(x)"
        slope.yLabel = "dL/dx"
        slope.legend(.outsideRight)
        loss.cell = figure.panels[0].cell
        slope.cell = figure.panels[1].cell
        figure.panels = [loss, slope]
        return figure
    }
}
