import LossvizLosses
import LossvizPlot

/// `iou-giou-algorithm`: the GIoU paper's Algorithm 1 (Rezatofighi et al.,
/// CVPR 2019; seed fig 6) worked on one box pair, one panel per step.
///
/// Input: two shapes `A`, `B` (here boxes: `A` the target, `B` the prediction).
/// 1. `C`, the smallest enclosing convex shape (for boxes, the enclosing box);
/// 2. `IoU = |A ∩ B| / |A ∪ B|`;
/// 3. `GIoU = IoU − |C ∖ (A ∪ B)| / |C|`.
struct IoUGIoUAlgorithmFigure: FigureRecipe {
    let name = "iou-giou-algorithm"
    let summary = "The GIoU paper's Algorithm 1 on one box pair: the areas, the intersection, the enclosing box C, IoU and GIoU, step by step"
    let caption = """
        Algorithm 1 of the GIoU paper (Rezatofighi et al., CVPR 2019; seed fig 6) on two boxes, `A` \
        (grey, the target) and `B` (blue, dashed, the prediction). (a) The input and its areas. (b) \
        Step 1: the smallest box `C` enclosing both (dotted). (c) Step 2: `IoU = |A ∩ B| / |A ∪ B|`, \
        the intersection shaded. (d) Step 3: `GIoU = IoU − |C ∖ (A ∪ B)| / |C|`, the part of `C` that \
        neither box covers shaded. What `C` adds: the boxes overlap little, and the empty part of `C` \
        is larger than the intersection, so GIoU is negative; as `B` moves away from `A`, IoU stays 0 \
        while `|C ∖ (A ∪ B)|` keeps growing, which is what gives the GIoU loss a gradient where the IoU \
        loss has none. Every area and ratio is computed by lossviz, and IoU and GIoU agree with its \
        `IoULoss` and `GeneralizedIoULoss`.
        """
    let dataKeys = """
        - `target` (`A`), `prediction` (`B`), `prediction_as_given`: `[x1, y1, x2, y2]`.
        - `target_area`, `prediction_area`, `intersection_box`, `intersection` (`|A ∩ B|`), `union` (`|A ∪ B|`).
        - `enclosing_box`, `enclosing_area` (`|C|`), `enclosing_empty_area` (`|C ∖ (A ∪ B)|`).
        - `iou`, `giou`, `iou_loss`, `giou_loss`: as the algorithm computes them.
        - `library_iou`, `library_giou`: `1 −` the values of lossviz's `IoULoss` and `GeneralizedIoULoss`.
        """

    /// `A`, the target, and `B`, the prediction.
    static let target = Box(x1: 1, y1: 1, x2: 5, y2: 4)
    static let prediction = Box(x1: 3, y1: 2.5, x2: 7.5, y2: 6)

    /// The shading of the intersection `A ∩ B`.
    static let intersectionFill = BoxColors.prediction.withAlpha(0.35)
    /// The shading of `C ∖ (A ∪ B)`, the part of the enclosing box neither box covers.
    static let emptyEnclosingFill = Color(hex: 0xE0A526).withAlpha(0.5)

    struct Numbers: Encodable {
        var steps: GIoUAlgorithmSteps
        var libraryIoU: Double
        var libraryGIoU: Double

        func encode(to encoder: any Encoder) throws {
            try steps.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(libraryIoU, forKey: .libraryIoU)
            try container.encode(libraryGIoU, forKey: .libraryGIoU)
        }

        enum Keys: String, CodingKey {
            case libraryIoU = "library_iou", libraryGIoU = "library_giou"
        }
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let steps = GIoUAlgorithmSteps(prediction: Self.prediction, target: Self.target)
        let numbers = Numbers(
            steps: steps,
            libraryIoU: 1 - IoULoss().evaluate(prediction: Self.prediction, target: Self.target).value,
            libraryGIoU: 1 - GeneralizedIoULoss().evaluate(prediction: Self.prediction, target: Self.target).value)
        let a = Self.target, b = Self.prediction
        let c = GIoUAlgorithmSteps.box(steps.enclosingBox)
        let f = { (v: Double) in FigureNumberText.trimmed(v) }
        let r = { (v: Double) in FigureNumberText.fixed(v, 3) }

        var figure = Figure(width: 9, height: 8.4)
        figure.grid(rows: 2, columns: 2)
        figure.panelLetters = true
        let titles = ["Input: boxes $A$ and $B$", "Step 1: smallest enclosing box $C$",
                      "Step 2: IoU", "Step 3: GIoU"]
        let labels = [
            "|$A$| = \(f(steps.targetArea)),  |$B$| = \(f(steps.predictionArea))",
            "|$C$| = \(f(c.width)) × \(f(c.height)) = \(f(steps.enclosingArea))",
            "IoU = |$A$ ∩ $B$| / |$A$ ∪ $B$| = \(f(steps.intersection)) / \(f(steps.union)) = \(r(steps.iou))",
            "GIoU = IoU − |$C$ ∖ ($A$ ∪ $B$)| / |$C$|\n= \(r(steps.iou)) − \(f(steps.enclosingEmptyArea)) / \(f(steps.enclosingArea)) = \(r(steps.giou))",
        ]
        for index in 0..<4 {
            var axes = figure[index].panel
            axes.title = titles[index]
            axes.aspect = .equal
            axes.xLimits = 0...8.5
            axes.yLimits = 0...7
            axes.xLabel = labels[index]
            if index >= 1 {
                axes.rectangle(x1: c.x1, y1: c.y1, x2: c.x2, y2: c.y2, stroke: BoxPairDiagram.enclosingColor,
                               fill: index == 3 ? Self.emptyEnclosingFill : nil, width: 1.2, dash: .dotted)
                axes.text("$C$", at: Point(c.x2, c.y1), anchor: .bottomRight, offset: Point(-4, 4),
                          color: BoxPairDiagram.enclosingColor)
            }
            if index == 3 {
                // A ∪ B cleared of the C shading, so that only C ∖ (A ∪ B) stays shaded.
                for box in [a, b] {
                    axes.rectangle(x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, stroke: nil, fill: .white)
                }
            }
            BoxPairDiagram(target: a, prediction: b).drawBoxes(on: &axes)
            if index == 2, let i = steps.intersectionBox.map(GIoUAlgorithmSteps.box) {
                axes.rectangle(x1: i.x1, y1: i.y1, x2: i.x2, y2: i.y2, stroke: nil, fill: Self.intersectionFill)
                axes.text("$A$ ∩ $B$", at: Point(i.cx, i.cy), fontSize: 9)
            }
            axes.text("$A$", at: Point(a.x1, a.y1), anchor: .bottomLeft, offset: Point(4, 4), color: BoxColors.target)
            axes.text("$B$", at: Point(b.x2, b.y2), anchor: .topRight, offset: Point(-4, -4), color: BoxColors.prediction)
            figure[index].panel = axes
        }
        figure.title = "Algorithm 1 of the GIoU paper: IoU and GIoU of two boxes"
        return FigureProduct(figure: figure, data: numbers)
    }
}
