import Foundation
import LossvizLosses
import LossvizPlot

/// `unitbox`: UnitBox's per-pixel formulation (Yu et al., "UnitBox: An
/// Advanced Object Detection Network", ACM MM 2016, Fig. 1, Fig. 2 and
/// Algorithm 1; seed figs 3, 4).
///
/// A pixel `(i, j)` inside the target predicts its distances `x = (x_t, x_b, x_l, x_r)`
/// to the four sides of a box; the target gives `x̃`. The ℓ₂ loss
/// `Σᵢ (xᵢ − x̃ᵢ)²` treats the four as independent numbers, `∂/∂xᵢ = 2(xᵢ − x̃ᵢ)`
/// (UnitBox Fig. 1, left). With `X = (x_t + x_b)(x_l + x_r)`,
/// `I_h = min(x_t, x̃_t) + min(x_b, x̃_b)`, `I_w = min(x_l, x̃_l) + min(x_r, x̃_r)`,
/// `I = I_h I_w`, `U = X + X̃ − I`, the IoU loss is `L = −ln(I/U)`, one number for
/// the four distances together (Fig. 1, right).
/// Panels (c)–(e) vary `x_r` and `x_t` with `x_b`, `x_l` at the target's values.
struct UnitBoxFigure: FigureRecipe {
    let name = "unitbox"
    let summary = "UnitBox's per-pixel losses: ℓ₂ treats a pixel's four distances as independent numbers, −ln(IoU) couples them"
    let caption = """
        UnitBox (Yu et al., ACM MM 2016) lets every pixel `(i, j)` inside an object predict its \
        distances `x = (x_t, x_b, x_l, x_r)` to the four sides of the box; the target gives \
        `x̃`. Top, after UnitBox's Fig. 1: the pixel (black square, where the distance arrows \
        cross), the target's distances (grey) and the prediction's (blue). (a) The ℓ₂ loss \
        `Σᵢ (xᵢ − x̃ᵢ)²` sees four independent numbers: each residual `xᵢ − x̃ᵢ` (thick) adds its \
        own square, and its gradient `2(xᵢ − x̃ᵢ)` depends on that distance alone. (b) The IoU loss \
        scores the four distances as one box: the intersection (blue), and `L = −ln(I/U)` with \
        `X = (x_t + x_b)(x_l + x_r)`, `I_h = min(x_t, x̃_t) + min(x_b, x̃_b)`, \
        `I_w = min(x_l, x̃_l) + min(x_r, x̃_r)`, `I = I_h I_w`, `U = X + X̃ − I`, with its \
        gradient (the paper's Eq. 7). Panels (c)–(e) vary `x_r` and `x_t` with \
        `x_b`, `x_l` at the target's values. (c) `L` against `x_r` for `x_t = x̃_t/2, x̃_t, 2x̃_t`: \
        the minimum stays at `x_r = x̃_r`, its depth depends on `x_t`. (d) `∂L/∂x_r` from \
        lossviz's `UnitBoxLoss`: below `x̃_r` it is `−1/I_w` while the top side lies inside the \
        target and weaker when it overshoots; above `x̃_r` it is `1/(x_l + x_r)` while the top \
        side reaches the target's and weaker when it falls short. How hard the right side is \
        pushed depends on where the top side is, where ℓ₂ gives `2(x_r − x̃_r)` whatever \
        `x_t`. (e) `L` over `(x_r, x_t)` with the three slices (white, same dashes) and the \
        target (+). Every number is computed by lossviz.
        """
    let dataKeys = """
        - `target`, `prediction`: distances `{top, bottom, left, right}` from the pixel.
        - `intersectionHeight`, `intersectionWidth`, `intersection`, `predictionArea`, \
        `targetArea`, `union`, `iou`: `I_h`, `I_w`, `I`, `X`, `X̃`, `U`, `I/U` of panel (a).
        - `loss`, `gradient`: `−ln(I/U)` and `∂L/∂(x_t, x_b, x_l, x_r)` from `UnitBoxLoss`.
        - `l2Terms`, `l2Gradient`: per distance `(xᵢ − x̃ᵢ)²` and `2(xᵢ − x̃ᵢ)` from `L2Loss`; `l2Loss`: their sum, panel (a).
        - `slices[]`: one per curve of (b)/(c): `top` (`x_t`), `right[]` (`x_r` samples), \
        `loss[]`, `gradientRight[]` (`∂L/∂x_r`), `minimumRight` (the sampled `x_r` of least loss).
        """

    /// The target's distances from the pixel: a 4.5 × 5.5 box.
    static let target = PixelDistances(top: 2.5, bottom: 2, left: 2, right: 3.5)
    /// The prediction's distances from the same pixel.
    static let prediction = PixelDistances(top: 3.5, bottom: 1.5, left: 2.75, right: 2.5)
    /// `x_t / x̃_t` of the slices in panels (c) and (d), each with its dash.
    static let topFactors = [0.5, 1, 2]
    static let sliceDashes: [DashPattern] = [.dashed, .solid, .dashDot]
    /// Grey levels of the slices (they are keyed by dash; colour is kept for the losses).
    static let sliceColors = [Color(gray: 0.6), Color.black, Color(gray: 0.6)]
    /// Slice indices in drawing order: the thick reference slice first, so the
    /// dashed ones stay visible where they coincide with it.
    static let sliceDrawingOrder = [1, 0, 2]
    /// The `x_r` samples of panels (c)–(e).
    static let rightSamples = Grid2D.linspace(0.2, 7, count: 137)
    /// The `x_t` samples of panel (e).
    static let topSamples = Grid2D.linspace(0.2, 6, count: 117)

    struct Slice: Encodable {
        var top: Double
        var right: [Double]
        var loss: [Double]
        var gradientRight: [Double]
        var minimumRight: Double
    }

    struct Numbers: Encodable {
        var target: PixelDistancesData
        var prediction: PixelDistancesData
        var intersectionHeight: Double
        var intersectionWidth: Double
        var intersection: Double
        var predictionArea: Double
        var targetArea: Double
        var union: Double
        var iou: Double
        var loss: Double
        var gradient: PixelDistancesData
        var l2Terms: PixelDistancesData
        var l2Gradient: PixelDistancesData
        var l2Loss: Double
        var slices: [Slice]
    }

    struct PixelDistancesData: Encodable {
        var top, bottom, left, right: Double
        init(_ d: PixelDistances) {
            top = d.top
            bottom = d.bottom
            left = d.left
            right = d.right
        }

        /// Each distance mapped by `transform`.
        init(_ d: PixelDistances, _ transform: (Double) -> Double) {
            self.init(PixelDistances(top: transform(d.top), bottom: transform(d.bottom), left: transform(d.left),
                                     right: transform(d.right)))
        }

        var values: [Double] { [top, bottom, left, right] }
    }

    /// The box (corner form) a pixel at the origin describes by its distances; `y` up, so "top" is larger `y`.
    static func box(_ d: PixelDistances) -> Box {
        Box(x1: -d.left, y1: -d.bottom, x2: d.right, y2: d.top)
    }

    /// The prediction with `x_t`, `x_r` replaced and `x_b`, `x_l` at the target's values.
    static func varied(top: Double, right: Double) -> PixelDistances {
        PixelDistances(top: top, bottom: target.bottom, left: target.left, right: right)
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let x = Self.prediction, t = Self.target
        let unitBox = UnitBoxLoss()
        let evaluation = unitBox.evaluate(prediction: x, target: t)
        let intersectionHeight = min(x.top, t.top) + min(x.bottom, t.bottom)
        let intersectionWidth = min(x.left, t.left) + min(x.right, t.right)
        let intersection = intersectionHeight * intersectionWidth
        let predictionArea = (x.top + x.bottom) * (x.left + x.right)
        let targetArea = (t.top + t.bottom) * (t.left + t.right)
        let union = predictionArea + targetArea - intersection

        let residual = PixelDistances(top: x.top - t.top, bottom: x.bottom - t.bottom, left: x.left - t.left,
                                      right: x.right - t.right)
        let l2Terms = PixelDistancesData(residual) { L2Loss().evaluate($0).value }
        let l2Gradient = PixelDistancesData(residual) { L2Loss().evaluate($0).derivative }
        let slices = Self.topFactors.map { factor in
            let top = factor * t.top
            let evaluations = Self.rightSamples.map { unitBox.evaluate(prediction: Self.varied(top: top, right: $0), target: t) }
            let loss = evaluations.map(\.value)
            let best = loss.indices.min { loss[$0] < loss[$1] } ?? 0
            return Slice(top: top, right: Self.rightSamples, loss: loss, gradientRight: evaluations.map(\.gradient.right),
                         minimumRight: Self.rightSamples[best])
        }
        let numbers = Numbers(
            target: PixelDistancesData(t), prediction: PixelDistancesData(x),
            intersectionHeight: intersectionHeight, intersectionWidth: intersectionWidth, intersection: intersection,
            predictionArea: predictionArea, targetArea: targetArea, union: union, iou: intersection / union,
            loss: evaluation.value, gradient: PixelDistancesData(evaluation.gradient),
            l2Terms: l2Terms, l2Gradient: l2Gradient, l2Loss: l2Terms.values.reduce(0, +), slices: slices)

        var figure = Figure(width: 12, height: 8.6)
        figure.panels = []
        figure.rowHeights = [1.15, 1]
        figure.panelLetters = true
        figure.addPanel(row: 0, column: 0, l2Diagram(numbers))
        figure.addPanel(row: 0, column: 1, columnSpan: 2, pixelDiagram(numbers))

        let sliceColors = Self.sliceColors
        var lossPanel = slicePanel(title: "Loss along $x_r$", yLabel: "$L = -\\ln(I/U)$", slices: slices, colors: sliceColors,
                                   values: \.loss)
        lossPanel.y.margin = 0.08
        lossPanel.legend(.upperRight)
        figure.addPanel(row: 1, column: 0, lossPanel)
        var gradientPanel = slicePanel(title: "Gradient along $x_r$", yLabel: "$\\partial L/\\partial x_r$", slices: slices, colors: sliceColors,
                                       values: \.gradientRight)
        gradientPanel.horizontalLine(at: 0, style: LineStyle(color: Color(gray: 0.6), width: 0.8))
        gradientPanel.legend(.lowerRight)
        figure.addPanel(row: 1, column: 1, gradientPanel)
        figure.addPanel(row: 1, column: 2, lossField())
        figure.title = "UnitBox: ℓ₂ scores a pixel's four distances one by one, the IoU loss as one box"
        return FigureProduct(figure: figure, data: numbers)
    }

    /// How far the arrows run beside the pixel's row and column, so that target
    /// and prediction arrows stay apart: half the side of the drawn pixel.
    static let arrowGap = 0.13
    /// Arrowhead length in points, long enough to read at 100 % zoom.
    static let arrowHeadLength = 8.0

    /// One distance drawn as an arrow from the pixel.
    struct DistanceArrow {
        var from, to: Point
        var color: Color
        var label: String
        var labelAnchor: TextAnchor
        var labelOffset: Point
        var middle: Point { Point((from.x + to.x) / 2, (from.y + to.y) / 2) }
    }

    /// The eight distances from the pixel: the target's on the `+gap` side of the
    /// pixel's row or column (grey), the prediction's on the `−gap` side (blue),
    /// in the order top, bottom, left, right, target before prediction.
    static func distanceArrows() -> [DistanceArrow] {
        let x = prediction, t = target, gap = arrowGap
        let grey = BoxColors.target, blue = BoxColors.prediction
        return [
            DistanceArrow(from: Point(gap, 0), to: Point(gap, t.top), color: grey, label: "$\\tilde{x}_t$", labelAnchor: .left, labelOffset: Point(3, 0)),
            DistanceArrow(from: Point(-gap, 0), to: Point(-gap, x.top), color: blue, label: "$x_t$", labelAnchor: .right, labelOffset: Point(-3, 0)),
            DistanceArrow(from: Point(gap, 0), to: Point(gap, -t.bottom), color: grey, label: "$\\tilde{x}_b$", labelAnchor: .left, labelOffset: Point(3, 0)),
            DistanceArrow(from: Point(-gap, 0), to: Point(-gap, -x.bottom), color: blue, label: "$x_b$", labelAnchor: .right, labelOffset: Point(-3, 0)),
            DistanceArrow(from: Point(0, gap), to: Point(-t.left, gap), color: grey, label: "$\\tilde{x}_l$", labelAnchor: .bottom, labelOffset: Point(0, 2)),
            DistanceArrow(from: Point(0, -gap), to: Point(-x.left, -gap), color: blue, label: "$x_l$", labelAnchor: .top, labelOffset: Point(0, -2)),
            DistanceArrow(from: Point(0, gap), to: Point(t.right, gap), color: grey, label: "$\\tilde{x}_r$", labelAnchor: .bottom, labelOffset: Point(0, 2)),
            DistanceArrow(from: Point(0, -gap), to: Point(x.right, -gap), color: blue, label: "$x_r$", labelAnchor: .top, labelOffset: Point(0, -2)),
        ]
    }

    /// The pixel `(i, j)` at the origin: a black square of side `2 · arrowGap`
    /// where the arrows cross, named below right (between the labels of `x̃_b` and `x_r`).
    static func drawPixel(on axes: inout Axes) {
        let gap = arrowGap
        axes.rectangle(x1: -gap, y1: -gap, x2: gap, y2: gap, stroke: .black, fill: .black, width: 0.8)
        let label = Point(1.5, -0.8)
        axes.line(x: [label.x, gap], y: [label.y, -gap], style: LineStyle(color: .black, width: 0.8))
        axes.text("pixel ($i$, $j$)", at: label, anchor: .topLeft, offset: Point(-2, 0), fontSize: 9,
                  background: Color.white.withAlpha(0.85))
    }

    /// Panel (a), UnitBox Fig. 1 left: the pixel and its eight distances without
    /// boxes, each residual `xᵢ − x̃ᵢ` drawn thick, and the ℓ₂ loss term by term.
    private func l2Diagram(_ n: Numbers) -> Axes {
        var axes = Axes(title: "ℓ₂ loss: four independent distances")
        axes.aspect = .equal
        axes.showsFrame = false
        let arrows = Self.distanceArrows()
        for arrow in arrows {
            axes.arrow(from: arrow.from, to: arrow.to, color: arrow.color, width: 1.2, headLength: Self.arrowHeadLength)
            axes.text(arrow.label, at: arrow.middle, anchor: arrow.labelAnchor, offset: arrow.labelOffset,
                      fontSize: 9, color: arrow.color)
        }
        // The residuals along each direction, between the tips of the two arrows.
        for k in stride(from: 0, to: arrows.count, by: 2) {
            let target = arrows[k].to, prediction = arrows[k + 1].to
            let along = target.x == arrows[k].from.x
                ? (x: [0.0, 0.0], y: [target.y, prediction.y])
                : (x: [target.x, prediction.x], y: [0.0, 0.0])
            axes.line(x: along.x, y: along.y, style: LineStyle(color: Color(gray: 0.15).withAlpha(0.45), width: 5))
        }
        Self.drawPixel(on: &axes)
        let f = { (v: Double) in FigureNumberText.fixed(v) }
        let terms = n.l2Terms.values, gradient = n.l2Gradient.values
        let names = ["t", "b", "l", "r"]
        let lines = ["$\\ell_2 = \\sum_i (x_i - \\tilde{x}_i)^2$ = " + terms.map(f).joined(separator: " + ") + " = \(f(n.l2Loss))",
                     "$\\partial \\ell_2/\\partial x_i = 2(x_i - \\tilde{x}_i)$:"]
            + [zip(names, gradient).map { "\($0.0): \(f($0.1))" }.joined(separator: ",  ")]
        let x = Self.prediction, t = Self.target
        let bottom = -max(x.bottom, t.bottom), top = max(x.top, t.top)
        axes.text(lines.joined(separator: "\n"), at: Point(0, bottom - 0.55), anchor: .top, fontSize: 9,
                  background: Color.white.withAlpha(0.9), border: Color(gray: 0.7))
        axes.xLimits = (-max(x.left, t.left) - 0.4)...(max(x.right, t.right) + 0.4)
        axes.yLimits = (bottom - 2.4)...(top + 0.4)
        return axes
    }

    /// Panel (b): the pixel, the two boxes, the eight distances, the intersection and the values.
    private func pixelDiagram(_ n: Numbers) -> Axes {
        let x = Self.prediction, t = Self.target
        let targetBox = Self.box(t), predictionBox = Self.box(x)
        var axes = Axes(title: "IoU loss: the four distances as one box")
        axes.aspect = .equal
        axes.showsFrame = false
        let overlap = Box(x1: max(targetBox.x1, predictionBox.x1), y1: max(targetBox.y1, predictionBox.y1),
                          x2: min(targetBox.x2, predictionBox.x2), y2: min(targetBox.y2, predictionBox.y2))
        BoxPairDiagram(target: targetBox, prediction: predictionBox).drawBoxes(on: &axes)
        axes.rectangle(x1: overlap.x1, y1: overlap.y1, x2: overlap.x2, y2: overlap.y2, stroke: nil,
                       fill: Color.blue.withAlpha(0.15))
        for arrow in Self.distanceArrows() {
            axes.arrow(from: arrow.from, to: arrow.to, color: arrow.color, width: 1.2, headLength: Self.arrowHeadLength)
            axes.text(arrow.label, at: arrow.middle, anchor: arrow.labelAnchor, offset: arrow.labelOffset,
                      fontSize: 9, color: arrow.color)
        }
        Self.drawPixel(on: &axes)
        let f = { (v: Double) in FigureNumberText.fixed(v) }
        let g = n.gradient
        let lines = [
            "$I_h$ = \(FigureNumberText.coordinate(n.intersectionHeight)),  $I_w$ = \(FigureNumberText.coordinate(n.intersectionWidth))",
            "$I = I_h I_w$ = \(FigureNumberText.coordinate(n.intersection))",
            "X = \(FigureNumberText.coordinate(n.predictionArea)),  X̃ = \(FigureNumberText.coordinate(n.targetArea))",
            "U = X + X̃ − I = \(FigureNumberText.coordinate(n.union))",
            "I/U = \(f(n.iou))",
            "L = −ln(I/U) = \(f(n.loss))",
            "$\\partial L/\\partial x_t$ = \(f(g.top))",
            "$\\partial L/\\partial x_b$ = \(f(g.bottom))",
            "$\\partial L/\\partial x_l$ = \(f(g.left))",
            "$\\partial L/\\partial x_r$ = \(f(g.right))",
        ]
        axes.text(lines.joined(separator: "\n"), at: Point(targetBox.x2 + 0.6, (targetBox.y1 + max(targetBox.y2, predictionBox.y2)) / 2),
                  anchor: .left, background: Color.white.withAlpha(0.9), border: Color(gray: 0.7))
        axes.xLimits = (min(targetBox.x1, predictionBox.x1) - 0.3)...(targetBox.x2 + 5.6)
        axes.yLimits = (min(targetBox.y1, predictionBox.y1) - 0.5)...(max(targetBox.y2, predictionBox.y2) + 0.4)
        return axes
    }

    /// Panels (c) and (d): one curve per slice `x_t = factor x̃_t` against `x_r`,
    /// with `x̃_r` marked on the axis.
    private func slicePanel(title: String, yLabel: String, slices: [Slice], colors: [Color],
                            values: (Slice) -> [Double]) -> Axes {
        var axes = Axes(title: title)
        for k in Self.sliceDrawingOrder {
            let slice = slices[k]
            axes.line(x: slice.right, y: values(slice), label: "$x_t$ = \(FigureNumberText.coordinate(Self.topFactors[k])) $\\tilde{x}_t$",
                      style: LineStyle(color: colors[k], width: Self.sliceDashes[k] == .solid ? 2.4 : 1.6,
                                       dash: Self.sliceDashes[k]))
        }
        axes.verticalLine(at: Self.target.right)
        axes.xLimits = 0...7
        axes.xTicks = [0, 1, 2, Self.target.right, 5, 6, 7]
        axes.x.tickLabels = ["0", "1", "2", "$\\tilde{x}_r$", "5", "6", "7"]
        axes.xLabel = "$x_r$ (distance to the right side)"
        axes.yLabel = yLabel
        return axes
    }

    /// Panel (e): `L` over `(x_r, x_t)` with the slices of (b) and (c) (white, same dashes) and the target.
    private func lossField() -> Axes {
        let t = Self.target
        let unitBox = UnitBoxLoss()
        let field = Grid2D(xs: Self.rightSamples, ys: Self.topSamples) { right, top in
            unitBox.evaluate(prediction: Self.varied(top: top, right: right), target: t).value
        }
        var axes = Axes(title: "$L$ over ($x_r$, $x_t$)")
        axes.heatmap(field, colorMap: .viridis)
        axes.contour(field, levels: .values([0.1, 0.25, 0.5, 0.75, 1, 1.5]), color: Color(gray: 0.85), width: 0.7)
        for (k, factor) in Self.topFactors.enumerated() {
            axes.horizontalLine(at: factor * t.top, style: LineStyle(color: .white, width: 1.4, dash: Self.sliceDashes[k]))
        }
        axes.scatter(x: [t.right], y: [t.top], color: .white, marker: .plus, size: 9)
        axes.xTicks = [0, 1, 2, t.right, 5, 6, 7]
        axes.x.tickLabels = ["0", "1", "2", "$\\tilde{x}_r$", "5", "6", "7"]
        axes.yTicks = [1, t.top, 4, 5, 6]
        axes.y.tickLabels = ["1", "$\\tilde{x}_t$", "4", "5", "6"]
        axes.xLabel = "$x_r$"
        axes.yLabel = "$x_t$"
        axes.colorBar(label: "L = −ln(I/U)")
        return axes
    }
}
