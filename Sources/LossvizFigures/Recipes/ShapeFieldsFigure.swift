import LossvizLosses
import LossvizPlot
import LossvizSweep

/// `shape-fields`: each IoU-family loss over the scale and aspect ratio of a
/// prediction centred on a fixed target (docs/figures.md).
///
/// Setup: target `2 × 1` (`wₜ/hₜ = 2`); prediction centred on it with area
/// `s wₜhₜ` and aspect `a = w/h`, `s ∈ [1/8, 8]`, `a ∈ [1/4, 16]` (a factor 8
/// either side of the target's), both log-spaced on a 201 × 201 grid; arrows
/// of `−∇L` in log coordinates on a 14 × 14 sub-grid.
struct ShapeFieldsFigure: FigureRecipe {
    let name = "shape-fields"
    let summary = "Each IoU-family loss over the scale and aspect ratio of a prediction centred on the target"
    let caption = """
        Each panel of the top three rows is one loss `L` over the shape of a prediction centred on a \
        2 × 1 target: x is the area factor `s = wh/(wₜhₜ)`, y the aspect ratio `a = w/h`, both on \
        log axes over a factor 8 either side of the target (201 × 201 points); the white cross is the \
        target's shape `(1, wₜ/hₜ)`, the dashed line `w/h = wₜ/hₜ`. They share one viridis colour \
        scale with contours at the colour bar's ticks (labelled, black over light colours, white over dark); arrows show the direction of `−∇L` in \
        the log coordinates of the axes, `(−s ∂L/∂s, −a ∂L/∂a)` (autograd). The bottom row is what \
        three losses add to the IoU loss, `L − L_IoU`, on a log colour scale with its own colour bar (these differences are not negative; a signed \
        difference would take a diverging map centred on 0): with the centres equal \
        (`ρ = 0`) that is their shape penalty alone. What to notice: DIoU equals IoU here (`ρ = 0`), \
        and GIoU differs only where the boxes cross; inside the wedge where one box contains the other, \
        `IoU = min(s, 1/s)` does not depend on the aspect at all, so their arrows point along the \
        scale axis only and the aspect is not corrected. CIoU's `αv`, with \
        `v = 4/π² (arctan(wₜ/hₜ) − arctan(w/h))²`, is a valley along the whole line `w/h = wₜ/hₜ`: \
        its arrows point straight at the line and it has no derivative along the scale, so it fixes \
        the ratio but not the size; near the line it is tiny (`α` and `v` both vanish there), which is \
        why the CIoU panel looks like IoU's. EIoU's `(w − wₜ)²/C_w² + (h − hₜ)²/C_h²` and SIoU's shape \
        cost have a single minimum, at the target. MPDIoU (8 × 8 image) penalises the corner \
        distances, for centred boxes `|w − wₜ|/2` and `|h − hₜ|/2`; Wise-IoU is v3 with a running mean \
        of 1; Shape-IoU has scale 0.
        """
    let dataKeys = """
        - `over` (`scale-aspect`), `target` `[cx, cy, w, h]`, `gradient` (`autograd`), `x_name`, \
        `y_name` (`scale`, `aspect`), `x`, `y`: the grid.
        - `color_limits` `[lower, upper]` of the shared colour scale; `contour_levels`.
        - `losses.NAME.value`: the heatmap, row-major, `value[j][i]` at `x[i]`, `y[j]`.
        - `losses.NAME.arrows`: `x`, `y`, and `u`, `v` = `(−s ∂L/∂s, −a ∂L/∂a)` at each arrow (0 where none is drawn).
        - `losses.NAME.zero_gradient_fraction`: share of the grid where `|∇L| ≤ 1e-12`.
        - `losses.NAME.minimum`: `x`, `y`, `value` of the smallest loss on the grid.
        - `differences.NAME-iou` (`ciou-iou`, `eiou-iou`, `siou-iou`): the bottom row, `L_NAME − L_IoU`, \
        with the same keys as a loss.
        """

    /// The losses whose shape penalty (`L − L_IoU`, since `ρ = 0`) gets a panel of its own.
    static let penalties = ["ciou", "eiou", "siou"]
    static let target = CentreFormBox(cx: 0, cy: 0, w: 2, h: 1)
    /// How far the grid reaches on either side of the target's scale and aspect (a factor).
    static let reach = 8.0

    /// The panels at `resolution` points per axis.
    static func panels(resolution: Int = 201, arrowsPerAxis: Int = 14) throws -> FieldPanels {
        let aspect = target.w / target.h
        let scales = try SweepAxis.logarithmic(from: 1 / reach, to: reach, count: resolution)
        let aspects = try SweepAxis.logarithmic(from: aspect / reach, to: aspect * reach, count: resolution)
        return try FieldPanels(losses: LossFieldsFigure.configuredLosses(), target: target, layout: .scaleAspect,
                               x: scales, y: aspects, overlay: .arrows, arrowsPerAxis: arrowsPerAxis)
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let panels = try Self.panels()
        let differences = try Self.penalties.map { loss throws(FieldPanelsError) in try panels.difference(loss, minus: "iou") }
        let figure = panels.figure(
            title: panels.title,
            differences: differences, logarithmicDifferences: true)
        return FigureProduct(figure: figure, data: FieldPanelsNumbers(panels, differences: differences))
    }
}
