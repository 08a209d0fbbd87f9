import LossvizLosses
import LossvizPlot

/// `giou-loss-algorithm`: the GIoU paper's Algorithm 2 (Rezatofighi et al.,
/// CVPR 2019; seed fig 8), the IoU and GIoU losses of one predicted box,
/// drawn as a flow of its nine steps with the numbers of one box pair beside
/// the boxes themselves (`GIoUAlgorithmSteps` computes them).
struct GIoULossAlgorithmFigure: FigureRecipe {
    let name = "giou-loss-algorithm"
    let summary = "The GIoU paper's Algorithm 2 on one predicted and one target box: corner ordering, areas, I, C, L_IoU and L_GIoU as a flow with the numbers"
    let caption = """
        Algorithm 2 of the GIoU paper (Rezatofighi et al., CVPR 2019; seed fig 8): what a detector \
        computes for each predicted box `B^p = (x₁ᵖ, y₁ᵖ, x₂ᵖ, y₂ᵖ)` and its target `B^g`. (a) The boxes: \
        target grey, prediction blue (dashed); the prediction's corners are given in the wrong order \
        (`x₁ᵖ > x₂ᵖ`, open circles), which step 1 repairs (`x̂ᵖ`, filled); the intersection `I` is \
        shaded, the enclosing box `B^c` dotted. (b) The nine steps with this pair's numbers: ordering, \
        the two areas, the intersection (0 if the boxes do not overlap), the enclosing box and its area, \
        `IoU = I/U` with `U = A^p + A^g − I`, `GIoU = IoU − (A^c − U)/A^c`, and the losses \
        `L_IoU = 1 − IoU` and `L_GIoU = 1 − GIoU`. Every step uses only min, max, sums, products and \
        the two divisions `I/U` and `(A^c − U)/A^c`, so it is differentiable almost everywhere and costs \
        little more than IoU. The numbers are computed \
        by lossviz; `L_IoU` and `L_GIoU` agree with its `IoULoss` and `GeneralizedIoULoss`.
        """
    let dataKeys = """
        - `prediction_as_given`, `prediction` (ordered, `B̂^p`), `target`: `[x1, y1, x2, y2]`.
        - `prediction_area` (`A^p`), `target_area` (`A^g`), `intersection_box`, `intersection` (`I`), `union` (`U`).
        - `enclosing_box` (`B^c`), `enclosing_area` (`A^c`), `enclosing_empty_area` (`A^c − U`).
        - `iou`, `giou`, `iou_loss` (`L_IoU`), `giou_loss` (`L_GIoU`); `library_iou_loss`, `library_giou_loss`: \
        lossviz's `IoULoss` and `GeneralizedIoULoss` of the ordered prediction.
        """

    /// The target `B^g` and the prediction `B^p` with its x corners swapped, as a network may output them.
    static let target = Box(x1: 2, y1: 1, x2: 6, y2: 5)
    static let predictionAsGiven = Box(x1: 8, y1: 3, x2: 4, y2: 7)

    struct Numbers: Encodable {
        var steps: GIoUAlgorithmSteps
        var libraryIoULoss: Double
        var libraryGIoULoss: Double

        func encode(to encoder: any Encoder) throws {
            try steps.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(libraryIoULoss, forKey: .libraryIoULoss)
            try container.encode(libraryGIoULoss, forKey: .libraryGIoULoss)
        }

        enum Keys: String, CodingKey {
            case libraryIoULoss = "library_iou_loss", libraryGIoULoss = "library_giou_loss"
        }
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let steps = GIoUAlgorithmSteps(prediction: Self.predictionAsGiven, target: Self.target)
        let p = GIoUAlgorithmSteps.box(steps.prediction), g = Self.target
        let numbers = Numbers(steps: steps,
                              libraryIoULoss: IoULoss().evaluate(prediction: p, target: g).value,
                              libraryGIoULoss: GeneralizedIoULoss().evaluate(prediction: p, target: g).value)
        var figure = Figure(width: 11.8, height: 6.4)
        figure.panels = []
        figure.columnWidths = [1, 1.2]
        figure.panelLetters = true
        figure.addPanel(row: 0, column: 0, diagram(steps))
        figure.addPanel(row: 0, column: 1, flow(steps))
        figure.title = "Algorithm 2 of the GIoU paper: the IoU and GIoU losses of a predicted box"
        return FigureProduct(figure: figure, data: numbers)
    }

    /// Panel (a): the boxes, the given and the ordered corners, `I` and `B^c`.
    func diagram(_ steps: GIoUAlgorithmSteps) -> Axes {
        var axes = Axes(title: "$B^p$ and $B^g$")
        let given = Self.predictionAsGiven, p = GIoUAlgorithmSteps.box(steps.prediction), g = Self.target
        let c = GIoUAlgorithmSteps.box(steps.enclosingBox)
        axes.rectangle(x1: c.x1, y1: c.y1, x2: c.x2, y2: c.y2, stroke: BoxPairDiagram.enclosingColor, width: 1.2, dash: .dotted)
        axes.text("$B^c$", at: Point(c.x1, c.y2), anchor: .topLeft, offset: Point(4, -4), color: BoxPairDiagram.enclosingColor)
        BoxPairDiagram(target: g, prediction: p).drawBoxes(on: &axes)
        if let i = steps.intersectionBox.map(GIoUAlgorithmSteps.box) {
            axes.rectangle(x1: i.x1, y1: i.y1, x2: i.x2, y2: i.y2, stroke: nil, fill: IoUGIoUAlgorithmFigure.intersectionFill)
            axes.text("$I$", at: Point(i.cx, i.cy))
        }
        axes.text("$B^g$", at: Point(g.x1, g.y1), anchor: .bottomLeft, offset: Point(4, 4), color: BoxColors.target)
        axes.text("$B^p$", at: Point(p.x2, p.y2), anchor: .topRight, offset: Point(-4, -4), color: BoxColors.prediction)
        // The corners as given (open) and as ordered by step 1 (filled).
        axes.scatter(x: [given.x1, given.x2], y: [given.y1, given.y2], color: .white, size: 7, edge: BoxColors.prediction)
        axes.scatter(x: [p.x1, p.x2], y: [p.y1, p.y2], color: BoxColors.prediction, size: 5)
        axes.text("$(x_1^p, y_1^p)$", at: Point(given.x1, given.y1), anchor: .left, offset: Point(7, 0), fontSize: 9,
                  color: BoxColors.prediction)
        axes.text("$(x_2^p, y_2^p)$", at: Point(given.x2, given.y2), anchor: .bottomRight, offset: Point(-4, 4), fontSize: 9,
                  color: BoxColors.prediction)
        axes.text("$(\\hat{x}_1^p, \\hat{y}_1^p)$", at: Point(p.x1, p.y1), anchor: .topRight, offset: Point(-4, -4),
                  fontSize: 9, color: BoxColors.prediction)
        axes.text("$(\\hat{x}_2^p, \\hat{y}_2^p)$", at: Point(p.x2, p.y2), anchor: .bottomLeft, offset: Point(4, 4),
                  fontSize: 9, color: BoxColors.prediction)
        axes.aspect = .equal
        axes.xLimits = 0...10.5
        axes.yLimits = 0...8.5
        axes.xLabel = "$x$"
        axes.yLabel = "$y$"
        return axes
    }

    /// Panel (b): the nine steps as a flow, each with this pair's numbers.
    func flow(_ steps: GIoUAlgorithmSteps) -> Axes {
        let f = { (v: Double) in FigureNumberText.trimmed(v) }
        let r = { (v: Double) in FigureNumberText.fixed(v, 3) }
        let t = { (v: [Double]) in FigureNumberText.tuple(v) }
        let p = steps.prediction
        let lines = [
            "1. order the predicted corners: $\\hat{x}_1^p = \\min(x_1^p, x_2^p)$ = \(f(p[0])),  "
                + "$\\hat{x}_2^p = \\max(x_1^p, x_2^p)$ = \(f(p[2]))\n    likewise $\\hat{y}_1^p$ = \(f(p[1])),  $\\hat{y}_2^p$ = \(f(p[3]))",
            "2. target area  $A^g = (x_2^g - x_1^g)(y_2^g - y_1^g)$ = \(f(steps.targetArea))",
            "3. predicted area  $A^p = (\\hat{x}_2^p - \\hat{x}_1^p)(\\hat{y}_2^p - \\hat{y}_1^p)$ = \(f(steps.predictionArea))",
            "4. intersection  $x_1^I = \\max(\\hat{x}_1^p, x_1^g)$,  $x_2^I = \\min(\\hat{x}_2^p, x_2^g)$, likewise $y$: "
                + (steps.intersectionBox.map(t) ?? "none")
                + "\n    $I = (x_2^I - x_1^I)(y_2^I - y_1^I)$ if $x_2^I > x_1^I$ and $y_2^I > y_1^I$, else 0:  $I$ = \(f(steps.intersection))",
            "5. enclosing box  $x_1^c = \\min(\\hat{x}_1^p, x_1^g)$,  $x_2^c = \\max(\\hat{x}_2^p, x_2^g)$, likewise $y$: "
                + t(steps.enclosingBox),
            "6. enclosing area  $A^c = (x_2^c - x_1^c)(y_2^c - y_1^c)$ = \(f(steps.enclosingArea))",
            "7. $U = A^p + A^g - I$ = \(f(steps.union)),   $\\mathrm{IoU} = I/U$ = \(r(steps.iou))",
            "8. $\\mathrm{GIoU} = \\mathrm{IoU} - (A^c - U)/A^c$ = \(r(steps.iou)) − \(f(steps.enclosingEmptyArea))/\(f(steps.enclosingArea)) = \(r(steps.giou))",
            "9. $L_{IoU} = 1 - \\mathrm{IoU}$ = \(r(steps.iouLoss)),   $L_{GIoU} = 1 - \\mathrm{GIoU}$ = \(r(steps.giouLoss))",
        ]
        var axes = Axes(title: "the nine steps, with this pair's numbers")
        axes.showsFrame = false
        axes.xTicks = []
        axes.yTicks = []
        axes.xLimits = 0...1
        axes.yLimits = 0...1
        let slot = 1 / Double(lines.count)
        let stepColor = Color(gray: 0.45)
        for (k, line) in lines.enumerated() {
            let y = 1 - (Double(k) + 0.5) * slot
            axes.text(line, at: Point(0, y), anchor: .left, fontSize: 9.5, background: .white, border: stepColor)
            // From below this step's box to above the next one's (boxes are at most two lines, 0.3 of a slot).
            if k + 1 < lines.count {
                axes.arrow(from: Point(0.06, y - 0.3 * slot), to: Point(0.06, y - 0.7 * slot), color: stepColor, width: 1,
                           headLength: 5)
            }
        }
        return axes
    }
}
