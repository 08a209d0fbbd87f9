import Foundation
import LossvizLosses
import LossvizPlot

/// `diou-terms`: the geometry of DIoU's penalty `ρ²/c²` (Zheng et al.,
/// "Distance-IoU Loss", AAAI 2020, Fig. 5 and Eq. 6; seed fig 12).
///
/// `ρ` is the distance between the centres of prediction and target, `c` the
/// diagonal of their smallest enclosing box; `L_DIoU = 1 − IoU + ρ²/c²`.
struct DIoUTermsFigure: FigureRecipe {
    let name = "diou-terms"
    let summary = "DIoU's penalty drawn on two box pairs: centre distance ρ, enclosing diagonal c, and ρ²/c², IoU, DIoU loss"
    let caption = """
        DIoU (Zheng et al., AAAI 2020, Eq. 6) adds to the IoU loss the squared distance of \
        the centres `ρ²` (blue) divided by the squared diagonal `c²` (grey, dashed) of the \
        smallest box `C` enclosing both (dotted): `L_DIoU = 1 − IoU + ρ²/c²`. The ratio is a \
        centre distance measured in units of the pair's joint extent: it lies in `[0, 1)`, \
        does not change when both boxes are scaled together, and is zero only when the \
        centres coincide. (a) Overlapping boxes: IoU and `ρ²/c²` both contribute. (b) Disjoint \
        boxes: IoU is 0 and has no gradient, but `ρ²/c²` still measures, and penalises, how far \
        apart the centres are. Target grey, prediction blue (dashed). Every value is \
        computed by lossviz.
        """
    let dataKeys = """
        - `pairs[]`: one per panel: `setting`, `target` and `prediction` `[x1, y1, x2, y2]`, \
        `enclosingBox`, `rho` (`ρ`), `c`, `penalty` (`ρ²/c²`), `iou`, `diouLoss` (`1 − IoU + ρ²/c²` \
        from lossviz's `DistanceIoULoss`).
        """

    /// One target, and a prediction that overlaps it (a) and one that does not (b).
    static let target = Box(x1: 1, y1: 1, x2: 6, y2: 5)
    static let predictions: [(setting: String, box: Box)] = [
        ("overlapping", Box(x1: 3, y1: 2.5, x2: 8, y2: 6.5)),
        ("disjoint", Box(x1: 7, y1: 5.5, x2: 10.5, y2: 8.5)),
    ]

    struct Pair: Encodable {
        var setting: String
        var target: [Double]
        var prediction: [Double]
        var enclosingBox: [Double]
        var rho: Double
        var c: Double
        var penalty: Double
        var iou: Double
        var diouLoss: Double
    }

    struct Numbers: Encodable {
        var pairs: [Pair]
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let target = Self.target
        let pairs = Self.predictions.map { setting, prediction in
            let diagram = BoxPairDiagram(target: target, prediction: prediction)
            return Pair(setting: setting, target: target.corners, prediction: prediction.corners,
                        enclosingBox: diagram.enclosingBox.corners,
                        rho: diagram.centreDistanceSquared.squareRoot(), c: diagram.enclosingDiagonalSquared.squareRoot(),
                        penalty: diagram.centreDistanceSquared / diagram.enclosingDiagonalSquared,
                        iou: 1 - IoULoss().evaluate(prediction: prediction, target: target).value,
                        diouLoss: DistanceIoULoss().evaluate(prediction: prediction, target: target).value)
        }

        var figure = Figure(width: 9, height: 4.6)
        figure.grid(rows: 1, columns: 2)
        figure.panelLetters = true
        for (index, pair) in pairs.enumerated() {
            let diagram = BoxPairDiagram(target: target, prediction: Self.predictions[index].box)
            var axes = figure[index].panel
            axes.title = pair.setting
            axes.aspect = .equal
            axes.xLimits = 0...11.5
            axes.yLimits = 0...9
            diagram.drawEnclosingBox(on: &axes)
            diagram.drawBoxes(on: &axes)
            diagram.drawEnclosingDiagonal(on: &axes)
            diagram.drawCentreDistance(on: &axes, label: nil)
            // ρ's label a third of the way from the target's centre, below the segment, clear of c.
            let prediction = Self.predictions[index].box
            axes.text("$\\rho$", at: Point(target.cx + (prediction.cx - target.cx) / 3, target.cy + (prediction.cy - target.cy) / 3),
                      anchor: .topLeft, offset: Point(3, -2), color: BoxPairDiagram.centreDistanceColor)
            let f = { (v: Double) in FigureNumberText.fixed(v) }
            axes.xLabel = "$\\rho$ = \(f(pair.rho)),  $c$ = \(f(pair.c)),  $\\rho^2/c^2$ = \(FigureNumberText.fixed(pair.penalty, 3))\n"
                + "IoU = \(f(pair.iou)),  $L_{DIoU} = 1 - \\mathrm{IoU} + \\rho^2/c^2$ = \(f(pair.diouLoss))"
            figure[index].panel = axes
        }
        figure.title = "DIoU's penalty: centre distance $\\rho$ over enclosing diagonal $c$"
        return FigureProduct(figure: figure, data: Numbers(pairs: pairs))
    }
}
