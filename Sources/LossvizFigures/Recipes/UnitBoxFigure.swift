import Foundation
import LossvizLosses
import LossvizPlot

/// `unitbox`: UnitBox's per-pixel formulation (Yu et al., "UnitBox: An
/// Advanced Object Detection Network", ACM MM 2016, Fig. 2 and Algorithm 1;
/// seed figs 3, 4).
///
/// A pixel inside the target predicts its distances `x = (x_t, x_b, x_l, x_r)`
/// to the four sides of a box; the target gives `x̃`. With
/// `X = (x_t + x_b)(x_l + x_r)`, `I_h = min(x_t, x̃_t) + min(x_b, x̃_b)`,
/// `I_w = min(x_l, x̃_l) + min(x_r, x̃_r)`, `I = I_h I_w`, `U = X + X̃ − I`, the
/// loss is `L = −ln(I/U)`, one number for the four distances together.
/// Panels (b)–(d) vary `x_r` and `x_t` with `x_b`, `x_l` at the target's values.
struct UnitBoxFigure: FigureRecipe {
    let name = "unitbox"
    let summary = "UnitBox's per-pixel IoU loss: a pixel's four distances to prediction and target, and how −ln(IoU) couples them"
    let caption = """
        UnitBox (Yu et al., ACM MM 2016) lets every pixel inside an object predict its \
        distances `x = (x_t, x_b, x_l, x_r)` to the four sides of the box; the target gives \
        `x̃`. (a) The pixel (black dot), the target's distances (grey) and the prediction's \
        (blue), the intersection (blue), and the loss `L = −ln(I/U)` with \
        `X = (x_t + x_b)(x_l + x_r)`, `I_h = min(x_t, x̃_t) + min(x_b, x̃_b)`, \
        `I_w = min(x_l, x̃_l) + min(x_r, x̃_r)`, `I = I_h I_w`, `U = X + X̃ − I`, with its \
        gradient (the paper's Eq. 7). An ℓ₂ loss treats the four distances as independent \
        numbers; the IoU loss scores them as one box. Panels (b)–(d) vary `x_r` and `x_t` with \
        `x_b`, `x_l` at the target's values. (b) `L` against `x_r` for `x_t = x̃_t/2, x̃_t, 2x̃_t`: \
        the minimum stays at `x_r = x̃_r`, its depth depends on `x_t`. (c) `∂L/∂x_r` from \
        lossviz's `UnitBoxLoss`: below `x̃_r` it is `−1/I_w` while the top side lies inside the \
        target and weaker when it overshoots; above `x̃_r` it is `1/(x_l + x_r)` while the top \
        side reaches the target's and weaker when it falls short. How hard the right side is \
        pushed depends on where the top side is, where ℓ₂ would give `2(x_r − x̃_r)` whatever \
        `x_t`. (d) `L` over `(x_r, x_t)` with the three slices (white, same dashes) and the \
        target (+). Every number is computed by lossviz.
        """
    let dataKeys = """
        - `target`, `prediction`: distances `{top, bottom, left, right}` from the pixel.
        - `intersectionHeight`, `intersectionWidth`, `intersection`, `predictionArea`, \
        `targetArea`, `union`, `iou`: `I_h`, `I_w`, `I`, `X`, `X̃`, `U`, `I/U` of panel (a).
        - `loss`, `gradient`: `−ln(I/U)` and `∂L/∂(x_t, x_b, x_l, x_r)` from `UnitBoxLoss`.
        - `slices[]`: one per curve of (b)/(c): `top` (`x_t`), `right[]` (`x_r` samples), \
        `loss[]`, `gradientRight[]` (`∂L/∂x_r`), `minimumRight` (the sampled `x_r` of least loss).
        """

    /// The target's distances from the pixel: a 4.5 × 5.5 box.
    static let target = PixelDistances(top: 2.5, bottom: 2, left: 2, right: 3.5)
    /// The prediction's distances from the same pixel.
    static let prediction = PixelDistances(top: 3.5, bottom: 1.5, left: 2.75, right: 2.5)
    /// `x_t / x̃_t` of the slices in panels (b) and (c), each with its dash.
    static let topFactors = [0.5, 1, 2]
    static let sliceDashes: [DashPattern] = [.dashed, .solid, .dashDot]
    /// Grey levels of the slices (they are keyed by dash; colour is kept for the losses).
    static let sliceColors = [Color(gray: 0.6), Color.black, Color(gray: 0.6)]
    /// Slice indices in drawing order: the thick reference slice first, so the
    /// dashed ones stay visible where they coincide with it.
    static let sliceDrawingOrder = [1, 0, 2]
    /// The `x_r` samples of panels (b)–(d).
    static let rightSamples = Grid2D.linspace(0.2, 7, count: 137)
    /// The `x_t` samples of panel (d).
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
            loss: evaluation.value, gradient: PixelDistancesData(evaluation.gradient), slices: slices)

        var figure = Figure(width: 11, height: 8.4)
        figure.panels = []
        figure.rowHeights = [1.15, 1]
        figure.panelLetters = true
        figure.addPanel(row: 0, column: 0, columnSpan: 3, pixelDiagram(numbers))

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
        figure.title = "UnitBox: one loss for the four distances of a pixel"
        return FigureProduct(figure: figure, data: numbers)
    }

    /// Panel (a): the pixel, the two boxes, the eight distances, the intersection and the values.
    private func pixelDiagram(_ n: Numbers) -> Axes {
        let x = Self.prediction, t = Self.target
        let targetBox = Self.box(t), predictionBox = Self.box(x)
        var axes = Axes(title: "A pixel and its distances")
        axes.aspect = .equal
        axes.showsFrame = false
        let overlap = Box(x1: max(targetBox.x1, predictionBox.x1), y1: max(targetBox.y1, predictionBox.y1),
                          x2: min(targetBox.x2, predictionBox.x2), y2: min(targetBox.y2, predictionBox.y2))
        BoxPairDiagram(target: targetBox, prediction: predictionBox).drawBoxes(on: &axes)
        axes.rectangle(x1: overlap.x1, y1: overlap.y1, x2: overlap.x2, y2: overlap.y2, stroke: nil,
                       fill: Color.blue.withAlpha(0.15))
        let gap = 0.13
        let green = BoxPairDiagram.targetColor, red = BoxPairDiagram.predictionColor
        // Target distances on the +gap side, prediction distances on the −gap side.
        let arrows: [(Point, Point, Color, String, TextAnchor, Point)] = [
            (Point(gap, 0), Point(gap, t.top), green, "$\\tilde{x}_t$", .left, Point(3, 0)),
            (Point(-gap, 0), Point(-gap, x.top), red, "$x_t$", .right, Point(-3, 0)),
            (Point(gap, 0), Point(gap, -t.bottom), green, "$\\tilde{x}_b$", .left, Point(3, 0)),
            (Point(-gap, 0), Point(-gap, -x.bottom), red, "$x_b$", .right, Point(-3, 0)),
            (Point(0, gap), Point(-t.left, gap), green, "$\\tilde{x}_l$", .bottom, Point(0, 2)),
            (Point(0, -gap), Point(-x.left, -gap), red, "$x_l$", .top, Point(0, -2)),
            (Point(0, gap), Point(t.right, gap), green, "$\\tilde{x}_r$", .bottom, Point(0, 2)),
            (Point(0, -gap), Point(x.right, -gap), red, "$x_r$", .top, Point(0, -2)),
        ]
        for (from, to, color, label, anchor, offset) in arrows {
            axes.arrow(from: from, to: to, color: color, width: 1.1, headLength: 6)
            axes.text(label, at: Point((from.x + to.x) / 2, (from.y + to.y) / 2), anchor: anchor, offset: offset,
                      fontSize: 9, color: color)
        }
        axes.scatter(x: [0], y: [0], color: .black, size: 6)
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

    /// Panels (b) and (c): one curve per slice `x_t = factor x̃_t` against `x_r`,
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

    /// Panel (d): `L` over `(x_r, x_t)` with the slices of (b) and (c) (white, same dashes) and the target.
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
