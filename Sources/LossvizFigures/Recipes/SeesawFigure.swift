import Foundation
import LossvizLosses
import LossvizPlot
import LossvizSweep

/// `seesaw`: the mitigation factor `M` against the count ratio, the
/// compensation factor `C` against the score ratio, and their product `S`
/// (seed 2.10; Wang et al., "Seesaw Loss for Long-Tailed Instance
/// Segmentation", CVPR 2021, Eq. 3-5).
///
/// For a sample of class `i`, the penalty on another class `j` is scaled by
/// `S_ij = M_ij C_ij`, `M_ij = (N_j/N_i)^p` if `N_j < N_i` else 1 and
/// `C_ij = (s_j/s_i)^q` if `s_j > s_i` else 1. Every factor is read from
/// `SeesawLoss.factors(label:logits:)` on two classes: equal logits isolate `M`
/// (then `s_j = s_i`), no class counts isolate `C`, logits `(0, ln r)` give
/// `s_j/s_i = r`.
struct SeesawFigure: FigureRecipe {
    let name = "seesaw"
    let summary = "Seesaw loss: mitigation M against the count ratio, compensation C against the score ratio, and S = M·C"
    let caption = """
        Seesaw loss (Wang et al., CVPR 2021) rescales, for a sample of class `i`, the penalty \
        that its softmax puts on every other class `j` by `S_ij = M_ij · C_ij`. (a) The mitigation \
        factor `M_ij = (N_j/N_i)^p` when class `j` has fewer training samples than `i` (else 1), \
        for several `p`: the rarer the tail class, the less it is pushed down by the many samples \
        of a head class. (b) The compensation factor `C_ij = (s_j/s_i)^q` when the sample scores \
        higher for `j` than for its own class (`s` the softmax scores; else 1): a misclassification \
        restores the penalty. (c) Their product for a head-class sample (`p = 0.8`, `q = 2`, the \
        defaults) and tail classes 10, 100 and 1000 times rarer: `S < 1` protects the tail class \
        until the score ratio passes `(N_i/N_j)^(p/q)` (dots), then `S > 1` penalises the \
        misclassification. Log axes throughout; every factor is read from lossviz's seesaw loss.
        """
    let dataKeys = """
        - `mitigation`: `head_count` (`N_i`), `count_ratio` (`N_j/N_i`) and `p[]`: per `exponent` \
        (`p`) the `factor` `M` at each count ratio.
        - `compensation`: `score_ratio` (`s_j/s_i`) and `q[]`: per `exponent` (`q`) the `factor` \
        `C` at each score ratio.
        - `product`: `p`, `q`, `score_ratio`, and `curves[]`: per `count_ratio` the `factor` \
        `S = M·C` at each score ratio, the `crossing` `(N_i/N_j)^(p/q)` and `factor_at_crossing` (1).
        """

    /// The `p` and `q` drawn; `SeesawLoss`'s defaults are 0.8 and 2.
    static let ps: [Double] = [0.2, 0.5, 0.8, 1]
    static let qs: [Double] = [1, 2, 3]
    /// The count ratios `N_j/N_i` of panel (c).
    static let tailRatios: [Double] = [0.1, 0.01, 0.001]
    /// The head class's sample count (the tail counts are ratios of it, all >= 1 so no clamping).
    static let headCount = 1000.0

    struct Family: Encodable {
        var exponent: Double
        var factor: [Double]
    }

    struct Mitigation: Encodable {
        var headCount: Double
        var countRatio: [Double]
        var curves: [Family]

        enum CodingKeys: String, CodingKey {
            case curves = "p"
            case headCount = "head_count"
            case countRatio = "count_ratio"
        }
    }

    struct Compensation: Encodable {
        var scoreRatio: [Double]
        var curves: [Family]

        enum CodingKeys: String, CodingKey {
            case curves = "q"
            case scoreRatio = "score_ratio"
        }
    }

    struct ProductCurve: Encodable {
        var countRatio: Double
        var factor: [Double]
        var crossing: Double
        var factorAtCrossing: Double

        enum CodingKeys: String, CodingKey {
            case factor, crossing
            case countRatio = "count_ratio"
            case factorAtCrossing = "factor_at_crossing"
        }
    }

    struct Product: Encodable {
        var p: Double
        var q: Double
        var scoreRatio: [Double]
        var curves: [ProductCurve]

        enum CodingKeys: String, CodingKey {
            case p, q, curves
            case scoreRatio = "score_ratio"
        }
    }

    struct Numbers: Encodable {
        var mitigation: Mitigation
        var compensation: Compensation
        var product: Product
    }

    /// `S_ij` of `loss` for a sample of class 0 with `N_0 = headCount`,
    /// `N_1 = countRatio * headCount` (nil: no class counts) and `s_1/s_0 = scoreRatio`.
    static func factor(_ loss: SeesawLoss, countRatio: Double?, scoreRatio: Double) throws -> Double {
        var configured = loss
        configured.classCounts = countRatio.map { [headCount, $0 * headCount] } ?? []
        return try configured.factors(label: 0, logits: [0, log(scoreRatio)])[1]
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let countRatios = try SweepAxis.logarithmic(from: 1e-3, to: 10, count: 241).values
        let scoreRatios = try SweepAxis.logarithmic(from: 0.1, to: 10, count: 201).values
        let productRatios = try SweepAxis.logarithmic(from: 0.1, to: 40, count: 241).values
        let mitigation = Mitigation(headCount: Self.headCount, countRatio: countRatios, curves: try Self.ps.map { p in
            Family(exponent: p, factor: try countRatios.map { try Self.factor(SeesawLoss(p: p), countRatio: $0, scoreRatio: 1) })
        })
        let compensation = Compensation(scoreRatio: scoreRatios, curves: try Self.qs.map { q in
            Family(exponent: q, factor: try scoreRatios.map { try Self.factor(SeesawLoss(q: q), countRatio: nil, scoreRatio: $0) })
        })
        let seesaw = SeesawLoss()
        let product = Product(p: seesaw.p, q: seesaw.q, scoreRatio: productRatios, curves: try Self.tailRatios.map { ratio in
            let crossing = pow(1 / ratio, seesaw.p / seesaw.q)
            return ProductCurve(
                countRatio: ratio,
                factor: try productRatios.map { try Self.factor(seesaw, countRatio: ratio, scoreRatio: $0) },
                crossing: crossing,
                factorAtCrossing: try Self.factor(seesaw, countRatio: ratio, scoreRatio: crossing)
            )
        })
        let numbers = Numbers(mitigation: mitigation, compensation: compensation, product: product)
        return FigureProduct(figure: figure(numbers), data: numbers)
    }

    /// One line per exponent of `families` over `x`, labelled `symbol = exponent`;
    /// the loss's default exponent is drawn wider and marked "(default)".
    private static func drawFamilies(_ families: [Family], x: [Double], symbol: String, defaultExponent: Double,
                                     on axes: inout Axes) {
        for (family, color) in zip(families, ParameterFamilyColors.colors(count: families.count)) {
            let isDefault = abs(family.exponent - defaultExponent) < 1e-12
            axes.line(x: x, y: family.factor,
                      label: "\(symbol) = \(FigureNumberText.trimmed(family.exponent))" + (isDefault ? " (default)" : ""),
                      style: LineStyle(color: color, width: isDefault ? 2.6 : 1.7))
        }
    }

    private func figure(_ n: Numbers) -> Figure {
        var figure = Figure(width: 12, height: 4.3)
        figure.grid(rows: 1, columns: 3)
        figure.panelLetters = true
        let defaults = SeesawLoss()
        let neutral = LineStyle(color: Color(gray: 0.55), width: 0.8, dash: .dashed)

        var m = Axes(title: "Mitigation $M = (N_j/N_i)^p$")
        m.cell = figure.panels[0].cell
        m.verticalLine(at: 1, style: neutral)
        Self.drawFamilies(n.mitigation.curves, x: n.mitigation.countRatio, symbol: "p", defaultExponent: defaults.p, on: &m)
        m.text("tail class j\n(rarer than i)", at: Point(0.04, 0.97), coordinates: .axes, anchor: .topLeft, fontSize: 8.5,
               color: Color(gray: 0.3))
        m.text("$N_j \\ge N_i$:\n$M = 1$", at: Point(1, 1), anchor: .topLeft, offset: Point(5, -10), fontSize: 8.5,
               color: Color(gray: 0.3))
        m.xScale = .log
        m.yScale = .log
        m.xLimits = 1e-3...10
        m.yLimits = 1e-3...2
        m.xLabel = "count ratio $N_j/N_i$"
        m.yLabel = "M"
        m.legend(.lowerRight)

        var c = Axes(title: "Compensation $C = (s_j/s_i)^q$")
        c.cell = figure.panels[1].cell
        c.verticalLine(at: 1, style: neutral)
        Self.drawFamilies(n.compensation.curves, x: n.compensation.scoreRatio, symbol: "q", defaultExponent: defaults.q, on: &c)
        c.text("sⱼ ≤ sᵢ: C = 1", at: Point(0.1, 1), anchor: .bottomLeft, offset: Point(5, 5), fontSize: 8.5,
               color: Color(gray: 0.3))
        c.text("sⱼ > sᵢ: misclassified\ntoward j, C > 1", at: Point(0.04, 0.66), coordinates: .axes, anchor: .topLeft,
               fontSize: 8.5, color: Color(gray: 0.3))
        c.xScale = .log
        c.yScale = .log
        c.xLimits = 0.1...10
        c.xLabel = "score ratio sⱼ/sᵢ"
        c.yLabel = "C"
        c.legend(.upperLeft)

        var s = Axes(title: "S = M·C, p = \(FigureNumberText.trimmed(n.product.p)), q = \(FigureNumberText.trimmed(n.product.q))")
        s.cell = figure.panels[2].cell
        s.horizontalLine(at: 1, style: neutral)
        let tailColors = ParameterFamilyColors.colors(count: n.product.curves.count, map: .plasma)
        for (curve, color) in zip(n.product.curves, tailColors) {
            s.line(x: n.product.scoreRatio, y: curve.factor,
                   label: "$N_j/N_i$ = \(FigureNumberText.trimmed(curve.countRatio, decimals: 3))", style: LineStyle(color: color, width: 1.9))
            s.scatter(x: [curve.crossing], y: [curve.factorAtCrossing], color: color, size: 7, edge: .white)
            s.text(FigureNumberText.trimmed(curve.crossing, decimals: 1), at: Point(curve.crossing, curve.factorAtCrossing),
                   anchor: .topLeft, offset: Point(3, -4), fontSize: 8.5, color: color)
        }
        s.text("S < 1: tail class\nprotected", at: Point(n.product.scoreRatio[0], 1), anchor: .topLeft, offset: Point(5, -5),
               fontSize: 8.5, color: Color(gray: 0.3))
        s.text("S > 1: misclassification\npenalised", at: Point(n.product.scoreRatio[0], 1), anchor: .bottomLeft,
               offset: Point(5, 5), fontSize: 8.5, color: Color(gray: 0.3))
        s.xScale = .log
        s.yScale = .log
        s.xLimits = n.product.scoreRatio[0]...n.product.scoreRatio[n.product.scoreRatio.count - 1]
        s.xLabel = "score ratio sⱼ/sᵢ"
        s.yLabel = "S"
        s.legend(.upperLeft, title: "tail j, head Nᵢ = \(FigureNumberText.trimmed(n.mitigation.headCount))")

        figure.panels = [m, c, s]
        return figure
    }
}
