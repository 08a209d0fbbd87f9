import Foundation
import LossvizLosses
import LossvizPlot

/// `iou-same-value`: three box pairs with the same IoU and different alignment,
/// each with its IoU, GIoU, DIoU and CIoU (seed fig 2).
///
/// All three predictions satisfy `4 I = A_p + A_t` against a 4 × 4 target, so
/// `IoU = I/(A_p + A_t − I) = 1/3` for each; GIoU (Rezatofighi et al., CVPR
/// 2019), DIoU and CIoU (Zheng et al., AAAI 2020, Eq. 6 and 8) add penalties for
/// the empty part of the enclosing box, the centre distance and the aspect
/// ratio, and so rank the three differently.
struct IoUSameValueFigure: FigureRecipe {
    let name = "iou-same-value"
    let summary = "Three box pairs with the same IoU (1/3) but different alignment: GIoU, DIoU and CIoU tell them apart"
    let caption = """
        A 4 × 4 target (green) and three predictions (red, dashed) that overlap it with \
        the same IoU = 1/3: (a) the same box moved sideways by half its width, (b) a 5 × 4 \
        box moved diagonally, (c) a 2 × 8 box crossing the target through its centre. IoU \
        `= I/U` cannot tell the three apart. The other measures can: \
        GIoU `= IoU − (|C| − U)/|C|` penalises the empty part of the smallest enclosing box \
        `C` (dotted), which is zero in (a) and large in (c); DIoU `= IoU − ρ²/c²` penalises \
        the centre distance `ρ` (blue), zero in (c); CIoU `= DIoU − αv` further penalises \
        the mismatch of aspect ratios, zero in (a). The bars repeat the four values per \
        pair (the measures, 1 − loss) in each loss's colour. Every value is computed by lossviz.
        """
    let dataKeys = """
        - `target`: the target box `[x1, y1, x2, y2]`.
        - `pairs[]`: one per panel: `alignment`, `prediction` `[x1, y1, x2, y2]` and the \
        measures `iou`, `giou`, `diou`, `ciou` (each 1 − its loss).
        """

    /// The target of the three pairs.
    static let target = Box(x1: 0, y1: 0, x2: 4, y2: 4)
    /// Three predictions with `4 I = A_p + 16`, hence IoU 1/3: sideways, diagonal, crossing.
    static let predictions: [(alignment: String, box: Box)] = [
        ("side by side", Box(x1: 2, y1: 0, x2: 6, y2: 4)),
        ("diagonal", Box(x1: 1, y1: 1, x2: 6, y2: 5)),
        ("crossing", Box(x1: 1, y1: -2, x2: 3, y2: 6)),
    ]
    /// The measures in the order of the bars, with the loss whose complement each is.
    static let measures: [(label: String, loss: any BoxLoss)] = [
        ("IoU", IoULoss()), ("GIoU", GeneralizedIoULoss()), ("DIoU", DistanceIoULoss()), ("CIoU", CompleteIoULoss()),
    ]

    struct Pair: Encodable {
        var alignment: String
        var prediction: [Double]
        var iou: Double
        var giou: Double
        var diou: Double
        var ciou: Double

        var values: [Double] { [iou, giou, diou, ciou] }
    }

    struct Numbers: Encodable {
        var target: [Double]
        var pairs: [Pair]
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let target = Self.target
        let pairs = Self.predictions.map { alignment, prediction in
            let values = Self.measures.map { 1 - $0.loss.evaluate(prediction: prediction, target: target).value }
            return Pair(alignment: alignment, prediction: prediction.corners,
                        iou: values[0], giou: values[1], diou: values[2], ciou: values[3])
        }

        var figure = Figure(width: 9, height: 6.6)
        figure.grid(rows: 2, columns: 3)
        figure.panels.removeLast(3)
        figure.rowHeights = [1.35, 1]
        figure.panelLetters = true
        for (index, pair) in pairs.enumerated() {
            let diagram = BoxPairDiagram(target: target, prediction: Self.predictions[index].box)
            var axes = figure[index].panel
            axes.title = pair.alignment
            axes.aspect = .equal
            axes.xLimits = -0.7...6.7
            axes.yLimits = -2.7...6.7
            axes.xTicks = [0, 2, 4, 6]
            axes.yTicks = [-2, 0, 2, 4, 6]
            diagram.drawEnclosingBox(on: &axes)
            diagram.drawBoxes(on: &axes)
            diagram.drawCentreDistance(on: &axes)
            axes.xLabel = "IoU \(FigureNumberText.fixed(pair.iou))    GIoU \(FigureNumberText.fixed(pair.giou))\n"
                + "DIoU \(FigureNumberText.fixed(pair.diou))    CIoU \(FigureNumberText.fixed(pair.ciou))"
            figure[index].panel = axes
        }

        var bars = Axes(title: "The four measures of each pair")
        let barWidth = 0.18
        for (group, pair) in pairs.enumerated() {
            for (k, measure) in Self.measures.enumerated() {
                let centre = Double(group) + (Double(k) - 1.5) * (barWidth + 0.02)
                let style = LossStyle.named(measure.loss.name) ?? LossStyle(color: .gray)
                bars.rectangle(x1: centre - barWidth / 2, y1: 0, x2: centre + barWidth / 2, y2: pair.values[k],
                               stroke: nil, fill: style.color, label: group == 0 ? measure.label : nil)
                bars.text(FigureNumberText.fixed(pair.values[k]), at: Point(centre, max(0, pair.values[k])),
                          anchor: .bottom, offset: Point(0, 2), fontSize: 8)
            }
        }
        bars.xTicks = [0, 1, 2]
        bars.x.tickLabels = zip(["(a)", "(b)", "(c)"], pairs).map { "\($0) \($1.alignment)" }
        bars.xLimits = -0.5...2.5
        let values = pairs.flatMap(\.values)
        bars.yLimits = min(0, (values.min() ?? 0) - 0.05)...((values.max() ?? 1) + 0.06)
        bars.yLabel = "measure (1 − loss)"
        bars.legend(.outsideRight)
        figure.addPanel(row: 1, column: 0, columnSpan: 3, bars)
        figure.title = "Same IoU, different alignment"
        return FigureProduct(figure: figure, data: Numbers(target: target.corners, pairs: pairs))
    }
}
