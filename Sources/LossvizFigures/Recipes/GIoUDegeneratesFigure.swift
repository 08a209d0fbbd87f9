import Foundation
import LossvizLosses
import LossvizPlot

/// `giou-degenerates`: a target that encloses the prediction (half its width
/// and height) at a corner, on an edge and at the centre (DIoU paper, Zheng et
/// al. AAAI 2020, Fig. 2; seed figs 9, 11).
///
/// With the prediction inside, the enclosing box is the target itself, so
/// `|C| = U` and GIoU's penalty `(|C| - U)/|C|` vanishes: `L_giou = L_iou`
/// wherever the box sits. DIoU's `rho^2/c^2` still sees the centre distance
/// (both lengths drawn: `ρ` between the centres, `c` across the target).
struct GIoUDegeneratesFigure: FigureRecipe {
    let name = "giou-degenerates"
    let summary = "Prediction inside the target at corner, edge and centre: IoU and GIoU losses cannot tell them apart, DIoU can"
    let caption = """
        A 3 × 4 target (grey, filled) encloses a prediction (blue, dashed) of half its width and \
        height, placed at a corner, on the middle of an edge and at the centre. Because the \
        target is also the smallest enclosing box, GIoU's penalty `(|C| − U)/|C|` is zero and \
        `L_GIoU = L_IoU = 1 − 1/4 = 0.75` in all three places. DIoU adds `ρ²/c²`, the squared \
        distance `ρ` of the two centres (solid, with dots; a single dot at the centre, where it is 0) \
        over the squared diagonal `c` of the enclosing box, here the target's (dashed), and so ranks the three: \
        0.81, 0.77, 0.75, as in the DIoU paper (Zheng et al., AAAI 2020, Fig. 2). \
        Every value on the figure is computed by lossviz.
        """
    let dataKeys = """
        - `target`: the target box `[x1, y1, x2, y2]`.
        - `cases[]`: one per placement, with `placement`, `prediction` `[x1, y1, x2, y2]`, \
        the losses `iou`, `giou`, `diou`, and the drawn lengths `centreDistance` (`ρ`) and \
        `enclosingDiagonal` (`c`).
        """

    /// The three placements of a `w/2 x h/2` prediction inside a `w x h` target.
    static let target = Box(x1: 0, y1: 0, x2: 3, y2: 4)
    static let placements: [(String, Box)] = [
        ("corner", Box(x1: 0, y1: 0, x2: 1.5, y2: 2)),
        ("edge", Box(x1: 0, y1: 1, x2: 1.5, y2: 3)),
        ("centre", Box(x1: 0.75, y1: 1, x2: 2.25, y2: 3)),
    ]

    struct Case: Encodable {
        var placement: String
        var prediction: [Double]
        var iou: Double
        var giou: Double
        var diou: Double
        var centreDistance: Double
        var enclosingDiagonal: Double
    }

    struct Numbers: Encodable {
        var target: [Double]
        var cases: [Case]
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let target = Self.target
        let cases = Self.placements.map { placement, prediction in
            let pair = BoxPairDiagram(target: target, prediction: prediction)
            return Case(placement: placement, prediction: prediction.corners,
                        iou: IoULoss().evaluate(prediction: prediction, target: target).value,
                        giou: GeneralizedIoULoss().evaluate(prediction: prediction, target: target).value,
                        diou: DistanceIoULoss().evaluate(prediction: prediction, target: target).value,
                        centreDistance: pair.centreDistanceSquared.squareRoot(),
                        enclosingDiagonal: pair.enclosingDiagonalSquared.squareRoot())
        }

        var figure = Figure(width: 7.5, height: 3.4)
        figure.grid(rows: 1, columns: 3)
        figure.panelLetters = true
        figure.shareY = .all
        for (index, item) in cases.enumerated() {
            let prediction = Self.placements[index].1
            var axes = figure[index].panel
            axes.title = item.placement
            axes.aspect = .equal
            axes.xLimits = -0.4...3.4
            axes.yLimits = -0.4...5.6
            let pair = BoxPairDiagram(target: target, prediction: prediction)
            pair.drawBoxes(on: &axes)
            pair.drawEnclosingDiagonal(on: &axes, label: "$c$", labelPosition: 0.8)
            pair.drawCentreDistance(on: &axes, label: "$\\rho$")
            axes.text(String(format: "IoU loss   %.2f\nGIoU loss  %.2f\nDIoU loss  %.2f", item.iou, item.giou, item.diou),
                      at: Point(0.03, 0.97), coordinates: .axes, anchor: .topLeft,
                      background: Color.white.withAlpha(0.85), border: Color(gray: 0.7))
            axes.xLabel = "$x$"
            if index == 0 { axes.yLabel = "$y$" }
            axes.xTicks = [0, 1, 2, 3]
            figure[index].panel = axes
        }
        figure.title = "Target (grey) encloses the prediction (blue): GIoU = IoU wherever it sits"
        return FigureProduct(figure: figure, data: Numbers(target: target.corners, cases: cases))
    }
}
