import LossvizLosses
import LossvizPlot
import LossvizSweep

/// `loss-fields`: each IoU-family loss over the centre offset `(Δx, Δy)` of a
/// prediction of fixed size from a fixed target, with contours and the
/// negative-gradient field (docs/figures.md).
///
/// Setup: target `1 × 1` centred at the origin; prediction `1.5 × 0.75`
/// (`w/h = 2`, so CIoU's aspect term and EIoU's width/height terms are not
/// zero and the panels differ from DIoU); `Δx, Δy ∈ [−3, 3]` on a 201 × 201
/// grid; arrows of `−∇L` (autograd) on a 14 × 14 sub-grid.
struct LossFieldsFigure: FigureRecipe {
    let name = "loss-fields"
    let summary = "Each IoU-family loss over the prediction's centre offset, with contours and the negative-gradient field"
    let caption = """
        Each panel is one loss `L` over the offset `(Δx, Δy)` of the prediction's centre from the \
        target's centre, for a 1 × 1 target (white outline) and a 1.5 × 0.75 prediction (w/h = 2, so \
        that CIoU's `αv` and EIoU's `(w − wₜ)²/C_w² + (h − hₜ)²/C_h²` are not zero); 201 × 201 points \
        over `[−3, 3]²`. All panels share one viridis colour scale; the contours are at the colour \
        bar's ticks, labelled with their levels, black over light colours and white over dark ones. Arrows (likewise black or white) show the direction of `−∇L` (autograd, as PyTorch's `backward()`) \
        on a 14 × 14 sub-grid, all of equal length, so the contour spacing shows the magnitude; where \
        the gradient is zero there is no arrow and the panel prints the share of the grid. The dashed \
        rectangle is where the boxes overlap, `|Δx| < (w + wₜ)/2`, `|Δy| < (h + hₜ)/2`. \
        What to notice: IoU's loss is flat at 1 outside the overlap, so it has no gradient there, and \
        none either on the small plateau where the wider prediction spans the target. GIoU, \
        `1 − IoU + (|C| − U)/|C|`, keeps a gradient outside, but it only shrinks the enclosing box \
        `C`: off the axes its arrows point sideways, towards the nearer axis, and then along it. \
        DIoU, `1 − IoU + ρ²/c²`, pulls the centre towards the target from every side, though not \
        exactly radially: far out beside the target it even tilts away from the axis, because the \
        enclosing diagonal `c` grows faster than `ρ`. CIoU's `αv` does not depend on the offset once \
        the boxes are disjoint, so there its arrows are DIoU's. EIoU's width and height terms shrink as \
        the enclosing box grows, which turns its arrows away from the target where the shapes differ. \
        SIoU's distance cost, weighted by the angle cost, bends its arrows near the axes. MPDIoU \
        (corner distances over the image diagonal; an 8 × 8 image here) and Wise-IoU (v3, running \
        mean 1; `exp(ρ²/c²)` with `c` detached) pull exactly towards the target outside the overlap. \
        Shape-IoU has scale 0.
        """
    let dataKeys = """
        - `over` (`offset`), `target` `[cx, cy, w, h]`, `size` (the prediction's `[w, h]`), `gradient` \
        (`autograd`), `x_name`, `y_name` (`dx`, `dy`), `x`, `y`: the grid.
        - `color_limits` `[lower, upper]` of the shared colour scale; `contour_levels`.
        - `losses.NAME.value`: the heatmap, row-major, `value[j][i]` at `x[i]`, `y[j]`.
        - `losses.NAME.arrows`: `x`, `y`, and `u`, `v` = `−∇L` at each arrow (0 where none is drawn).
        - `losses.NAME.zero_gradient_fraction`: share of the grid where `|∇L| ≤ 1e-12`.
        - `losses.NAME.minimum`: `x`, `y`, `value` of the smallest loss on the grid.
        """

    /// The losses drawn, in panel order.
    static let losses = ["iou", "giou", "diou", "ciou", "eiou", "siou", "mpdiou", "wiou", "shape-iou"]
    /// MPDIoU's image size: the plotted window, so its penalty is visible.
    static let imageSize = [8.0, 8.0]
    static let target = CentreFormBox(cx: 0, cy: 0, w: 1, h: 1)
    static let predictionSize = (w: 1.5, h: 0.75)

    /// The catalogue losses of `names`, MPDIoU with `imageSize`.
    static func configuredLosses(_ names: [String] = losses) throws -> [ConfiguredBoxLoss] {
        try names.map { name in
            try LossCatalogue.boxLoss(name, options: name == "mpdiou" ? ["image-size": .numbers(imageSize)] : [:])
        }
    }

    /// The panels at `resolution` points per axis.
    static func panels(resolution: Int = 201, arrowsPerAxis: Int = 14) throws -> FieldPanels {
        let axis = try SweepAxis.linear(from: -3, to: 3, count: resolution)
        return try FieldPanels(losses: configuredLosses(), target: target,
                               layout: .offset(width: predictionSize.w, height: predictionSize.h),
                               x: axis, y: axis, overlay: .arrows, arrowsPerAxis: arrowsPerAxis)
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let panels = try Self.panels()
        let figure = panels.figure(title: panels.title)
        return FigureProduct(figure: figure, data: FieldPanelsNumbers(panels))
    }
}
