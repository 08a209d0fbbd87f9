import Foundation
import LossvizLosses
import LossvizPlot
import LossvizSweep

/// `iou-vs-giou`: IoU, GIoU and DIoU losses of a prediction sliding
/// horizontally across the target, with their derivatives, and GIoU against
/// IoU over random box pairs (seed fig 7; Rezatofighi et al., CVPR 2019).
///
/// Once the boxes are disjoint `IoU = 0` whatever the distance, so
/// `L_IoU = 1` is flat and its gradient is 0; GIoU's penalty `(|C| - U)/|C|`
/// keeps growing with the enclosing box, and `GIoU = IoU - (|C| - U)/|C| <= IoU`.
/// The curves come from Sweep's `BoxLossCurve` (autograd derivative along the
/// offset), the pairs from a seeded `SplitMix64` draw.
struct IoUVersusGIoUFigure: FigureRecipe {
    let name = "iou-vs-giou"
    let summary = "IoU loss is flat once boxes are disjoint, GIoU and DIoU keep a slope; GIoU ≤ IoU over random box pairs"
    let caption = """
        (a) A 1 × 1 prediction slides horizontally across a 1 × 1 target (centre offset `Δx`); \
        (b) the derivative of each loss along `Δx` (autograd). Where the boxes are disjoint \
        (`|Δx| ≥ 1`, shaded) the intersection is 0, so `L_IoU = 1 − IoU = 1` is flat and its \
        gradient vanishes: IoU loss cannot tell a near miss from a far one. GIoU \
        (Rezatofighi et al., CVPR 2019) subtracts `(|C| − U)/|C|`, the share of the smallest \
        enclosing box `C` not covered by the union, which keeps growing with the distance, so \
        `L_GIoU` keeps a slope (it tends to 2); DIoU's `ρ²/c²` does the same. (c) GIoU against \
        IoU for random box pairs (seeded): every point lies on or below `GIoU = IoU`, on it \
        when one box contains the other (`C = U`); disjoint pairs (IoU = 0) spread over \
        `GIoU ∈ (−1, 0]`. All values are computed by lossviz.
        """
    let dataKeys = """
        - `target`, `prediction_size`: the target `[cx, cy, w, h]` and the prediction's `[w, h]`.
        - `offset`: the centre offsets `Δx`; `curves[]`: per loss (`iou`, `giou`, `diou`), `value` and \
        `derivative` (`dL/dΔx`, autograd) at each offset.
        - `annotated_offset` and `annotated_derivatives`: `dL/dΔx` of each loss at that disjoint offset.
        - `pairs`: `seed`, `count`, per pair `iou` and `giou`, `max_giou_minus_iou` (≤ 0), \
        `disjoint` (pairs with IoU = 0).
        """

    /// The target, and the prediction's size (the same): a unit square at the origin.
    static let target = CentreFormBox(cx: 0, cy: 0, w: 1, h: 1)
    /// The losses of panels (a) and (b), in drawing order.
    static let losses = ["iou", "giou", "diou"]
    /// The disjoint offset where the derivatives are printed.
    static let annotatedOffset = 2.0
    /// The random pairs of panel (c).
    static let pairSeed: UInt64 = 7
    static let pairCount = 2000

    struct Curve: Encodable {
        var loss: String
        var value: [Double]
        var derivative: [Double]
    }

    struct Pairs: Encodable {
        var seed: UInt64
        var count: Int
        var iou: [Double]
        var giou: [Double]
        var maxGIoUMinusIoU: Double
        var disjoint: Int

        enum CodingKeys: String, CodingKey {
            case seed, count, iou, giou, disjoint
            case maxGIoUMinusIoU = "max_giou_minus_iou"
        }
    }

    struct Numbers: Encodable {
        var target: [Double]
        var predictionSize: [Double]
        var offset: [Double]
        var curves: [Curve]
        var annotatedOffset: Double
        var annotatedDerivatives: [String: Double]
        var pairs: Pairs

        enum CodingKeys: String, CodingKey {
            case target, offset, curves, pairs
            case predictionSize = "prediction_size"
            case annotatedOffset = "annotated_offset"
            case annotatedDerivatives = "annotated_derivatives"
        }
    }

    /// `count` random pairs: centres uniform in [0, 3]², widths and heights
    /// uniform in [0.5, 3], drawn from `SplitMix64(seed)` (prediction then target).
    static func randomPairs(seed: UInt64, count: Int) -> [(prediction: Box, target: Box)] {
        var generator = SplitMix64(seed: seed)
        func box() -> Box {
            let cx = 3 * generator.nextUnitInterval(), cy = 3 * generator.nextUnitInterval()
            let w = 0.5 + 2.5 * generator.nextUnitInterval(), h = 0.5 + 2.5 * generator.nextUnitInterval()
            return Box(cx: cx, cy: cy, w: w, h: h)
        }
        return (0..<count).map { _ in (box(), box()) }
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let offsets = try SweepAxis.linear(from: -3, to: 3, count: 601)
        let target = Self.target
        let curves = try Self.losses.map { name in
            let c = try BoxLossCurve(loss: try LossCatalogue.boxLoss(name), parameter: .offsetX, values: offsets,
                                     base: target, target: target)
            return Curve(loss: name, value: c.value, derivative: c.derivative)
        }
        let annotated = try Self.losses.map { name in
            let c = try BoxLossCurve(loss: try LossCatalogue.boxLoss(name), parameter: .offsetX,
                                     values: SweepAxis(values: [Self.annotatedOffset]), base: target, target: target)
            return (name, c.derivative[0])
        }

        let iouLoss = IoULoss(), giouLoss = GeneralizedIoULoss()
        var ious: [Double] = [], gious: [Double] = []
        for pair in Self.randomPairs(seed: Self.pairSeed, count: Self.pairCount) {
            ious.append(1 - iouLoss.evaluate(prediction: pair.prediction, target: pair.target).value)
            gious.append(1 - giouLoss.evaluate(prediction: pair.prediction, target: pair.target).value)
        }
        let pairs = Pairs(
            seed: Self.pairSeed, count: Self.pairCount, iou: ious, giou: gious,
            maxGIoUMinusIoU: zip(gious, ious).map { $0 - $1 }.max() ?? 0,
            disjoint: ious.filter { $0 == 0 }.count
        )
        let numbers = Numbers(
            target: [target.cx, target.cy, target.w, target.h], predictionSize: [target.w, target.h],
            offset: offsets.values, curves: curves, annotatedOffset: Self.annotatedOffset,
            annotatedDerivatives: Dictionary(uniqueKeysWithValues: annotated), pairs: pairs
        )
        return FigureProduct(figure: figure(numbers), data: numbers)
    }

    private static let labels = ["iou": "IoU loss", "giou": "GIoU loss", "diou": "DIoU loss"]

    /// Shades `reach <= |Δx| <= end`, where the boxes are disjoint, over the panel's height.
    private static func shadeDisjoint(_ axes: inout Axes, reach: Double, end: Double, limits: ClosedRange<Double>) {
        for side in [-1.0, 1.0] {
            axes.band(x: [min(side * reach, side * end), max(side * reach, side * end)],
                      lower: [limits.lowerBound, limits.lowerBound], upper: [limits.upperBound, limits.upperBound],
                      color: Color(gray: 0.5, alpha: 0.12))
        }
    }

    private func figure(_ n: Numbers) -> Figure {
        var figure = Figure(width: 10.5, height: 6)
        figure.panels = []
        figure.rows = 2
        figure.columns = 2
        figure.columnWidths = [1.25, 1]
        figure.panelLetters = true
        let xs = n.offset
        let reach = (n.target[2] + n.predictionSize[0]) / 2

        var loss = Axes(title: "Prediction sliding across the target")
        var slope = Axes()
        let lossLimits = -0.05...2.1, slopeLimits = -2.3...2.3
        Self.shadeDisjoint(&loss, reach: reach, end: xs[xs.count - 1], limits: lossLimits)
        Self.shadeDisjoint(&slope, reach: reach, end: xs[xs.count - 1], limits: slopeLimits)
        slope.horizontalLine(at: 0, style: LineStyle(color: Color(gray: 0.6), width: 0.6))
        for curve in n.curves {
            let style = LineStyle.loss(curve.loss, width: curve.loss == "iou" ? 2.6 : 1.8)
            loss.line(x: xs, y: curve.value, label: Self.labels[curve.loss], style: style)
            slope.line(x: xs, y: curve.derivative, style: style)
        }
        for side in [-1.0, 1.0] {
            loss.text("disjoint", at: Point(side * (reach + xs[xs.count - 1]) / 2, lossLimits.lowerBound),
                      anchor: .bottom, offset: Point(0, 4), color: Color(gray: 0.35))
        }
        loss.text("IoU = 0: $L_{IoU}$ = 1, flat", at: Point(-(reach + xs[xs.count - 1]) / 2, 1), anchor: .top,
                  offset: Point(0, -5), fontSize: 9, color: LossStyle.named("iou")?.color ?? .black)
        loss.xLimits = xs[0]...xs[xs.count - 1]
        loss.yLimits = lossLimits
        loss.yLabel = "loss"
        loss.legend(.upperCenter)

        let at = n.annotatedOffset
        let printed = Self.losses.map { name in
            "\(Self.labels[name]?.replacingOccurrences(of: " loss", with: "") ?? name)′ = \(FigureNumberText.trimmed(n.annotatedDerivatives[name] ?? .nan, decimals: 3))"
        }
        slope.line(x: [at, at], y: [slopeLimits.lowerBound, slopeLimits.upperBound],
                   style: LineStyle(color: Color(gray: 0.4), width: 0.8, dash: .dotted))
        slope.text("at Δx = \(FigureNumberText.trimmed(at)):\n" + printed.joined(separator: "\n"),
                   at: Point(at, slopeLimits.lowerBound), anchor: .bottomRight, offset: Point(-5, 4), fontSize: 9,
                   background: Color.white.withAlpha(0.85), border: Color(gray: 0.7))
        slope.xLimits = loss.xLimits
        slope.yLimits = slopeLimits
        slope.xLabel = "centre offset $\\Delta x = x - x_t$ (target and prediction 1 × 1)"
        slope.yLabel = "$dL/d\\Delta x$"

        var scatter = Axes(title: "GIoU vs IoU, \(n.pairs.count) random box pairs")
        scatter.polygon([Point(0, 0), Point(1, 1), Point(0, 1)], stroke: nil, fill: Color(gray: 0.5, alpha: 0.1))
        scatter.text("GIoU > IoU:\nimpossible", at: Point(0.3, 0.65), color: Color(gray: 0.35))
        scatter.scatter(x: n.pairs.iou, y: n.pairs.giou, color: (LossStyle.named("giou")?.color ?? .orange).withAlpha(0.55),
                        size: 3)
        scatter.line(x: [0, 1], y: [0, 1], label: "GIoU = IoU", style: LineStyle(color: .black, width: 1, dash: .dashed))
        let excess = String(format: "%.1e", n.pairs.maxGIoUMinusIoU).replacingOccurrences(of: "-", with: "−")
        scatter.text("max(GIoU − IoU) = \(excess) (rounding)\n\(n.pairs.disjoint) disjoint pairs: IoU = 0, GIoU ≤ 0",
                     at: Point(0.97, 0.03), coordinates: .axes, anchor: .bottomRight, fontSize: 9,
                     background: Color.white.withAlpha(0.85), border: Color(gray: 0.7))
        scatter.xLimits = -0.03...1
        scatter.yLimits = -1...1
        scatter.xLabel = "IoU"
        scatter.yLabel = "GIoU"
        scatter.legend(.upperLeft)

        figure.addPanel(row: 0, column: 0, loss)
        figure.addPanel(row: 1, column: 0, slope)
        figure.addPanel(row: 0, column: 1, rowSpan: 2, scatter)
        figure.shareX = .byLine
        return figure
    }
}
