import Foundation
import LossvizLosses
import LossvizPlot
import LossvizSweep

/// Box-loss fields of several losses on one grid, drawn as a grid of panels
/// with one shared colour scale: the `loss-fields` and `shape-fields` figures
/// and `lossviz field --output`.
///
/// Each panel shows the loss `L` as a viridis heatmap with the same limits in
/// every panel, contour lines at the same levels (the colour bar's ticks),
/// labelled inline, and the negative gradient `−∇L` (the direction gradient
/// descent moves the prediction) as arrows on a coarse sub-grid or as
/// streamlines. Contours and arrows are black over light colours and white
/// over dark ones (`contrasting`); panels are lettered when there are several.
/// Where the gradient vanishes there is no arrow, and the panel prints the
/// share of the grid where it does.
///
/// The grids (`FieldLayout`, Sweep):
/// - `offset`: x, y are the centre offset `(Δx, Δy)` of a prediction of fixed
///   size from the target's centre; the target's outline and the region where
///   the boxes overlap, `|Δx| < (w + wₜ)/2` and `|Δy| < (h + hₜ)/2`, are drawn.
/// - `scaleAspect`: x is the area factor `s = wh/(wₜhₜ)`, y the aspect ratio
///   `a = w/h` of a prediction centred on the target, both on log axes; the
///   target's point `(1, wₜ/hₜ)` and the line `a = wₜ/hₜ` are drawn. Arrows
///   show the gradient in the log coordinates the axes use, `(−s ∂L/∂s, −a ∂L/∂a)`.
public struct FieldPanels: Sendable {
    /// One field per loss, in panel order, all on the same grid.
    public var fields: [BoxLossField]
    /// The same losses on the arrow sub-grid (empty unless the overlay is `arrows`).
    public var arrowFields: [BoxLossField]
    /// Which gradient the arrows or streamlines show.
    public var convention: GradientConvention
    /// How the negative gradient is drawn.
    public var overlay: GradientOverlay
    /// The colour limits every panel shares: `min(0, min L) ... max L` over the
    /// finite values of all fields.
    public var colorLimits: ClosedRange<Double>
    /// The contour levels every panel shares: matplotlib's `MaxNLocator` levels
    /// strictly inside `colorLimits`.
    public var contourLevels: [Double]

    /// A gradient magnitude at or below this counts as zero (no arrow; counted
    /// in the panel's "−∇L = 0" share). Box sizes of order 1 give gradients of
    /// order 1e-3 ... 10, rounding noise is below 1e-15.
    public static let zeroGradient = 1e-12

    /// A difference of two losses at most this far below 0 is rounding (the
    /// losses are of order 1), not a sign: such differences still count as non-negative.
    static let roundingNoise = 1e-12

    /// Arrow shafts (and so heads) this much wider than matplotlib's default
    /// width, so that the heads read at 100 % zoom.
    static let arrowWidthScale = 1.4

    /// Black or white, whichever contrasts more with `background` (relative
    /// luminance above or below 0.4), slightly transparent; fixed under themes.
    static func contrasting(_ background: Color) -> Color {
        (background.luminance > 0.4 ? Color.black.withAlpha(0.8) : Color.white.withAlpha(0.9)).fixed()
    }

    /// Computes the fields of `losses` on the grid `x` by `y` and, for arrows, on
    /// a sub-grid of `arrowsPerAxis` columns (the centres of equal cells spanning
    /// the grid, in log space on a scale-aspect grid) and as many rows (one more
    /// on a scale-aspect grid), so that no arrow sits on a symmetry axis or a
    /// diagonal where the losses have kinks. Give an even `arrowsPerAxis`.
    /// - Throws: `FieldPanelsError` for no losses, a reference gradient asked
    ///   of a loss without one, fewer than 2 arrows per axis, or a grid or box
    ///   that `BoxLossField` rejects.
    public init(
        losses: [ConfiguredBoxLoss], target: CentreFormBox, layout: FieldLayout, x: SweepAxis, y: SweepAxis,
        convention: GradientConvention = .autograd, overlay: GradientOverlay = .arrows, arrowsPerAxis: Int = 14,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(FieldPanelsError) {
        try Self.check(losses: losses, convention: convention, overlay: overlay, arrowsPerAxis: arrowsPerAxis)
        let fields: [BoxLossField]
        do {
            fields = try losses.map { loss throws(SweepError) in
                try BoxLossField(loss: loss, target: target, layout: layout, x: x, y: y, threads: threads)
            }
        } catch {
            throw .sweep(error)
        }
        try self.init(fields: fields, losses: losses, convention: convention, overlay: overlay,
                      arrowsPerAxis: arrowsPerAxis, threads: threads)
    }

    /// Panels of fields already computed (e.g. by `FieldReport` for `--data`);
    /// `losses` are the same losses in the same order, evaluated again only on
    /// the arrow sub-grid.
    /// - Throws: `FieldPanelsError` as the computing initialiser, and
    ///   `fieldsDoNotMatch` when `fields` are not the fields of `losses`.
    public init(
        fields: [BoxLossField], losses: [ConfiguredBoxLoss], convention: GradientConvention = .autograd,
        overlay: GradientOverlay = .arrows, arrowsPerAxis: Int = 14,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(FieldPanelsError) {
        try Self.check(losses: losses, convention: convention, overlay: overlay, arrowsPerAxis: arrowsPerAxis)
        guard fields.map(\.loss) == losses.map(\.name), let first = fields.first,
              fields.allSatisfy({ $0.x == first.x && $0.y == first.y && $0.layout == first.layout && $0.target == first.target })
        else {
            throw .fieldsDoNotMatch(losses: losses.map(\.name), fields: fields.map(\.loss))
        }
        if convention == .reference, let field = fields.first(where: { $0.reference == nil }) {
            throw .noReferenceGradient(loss: field.loss)
        }
        self.fields = fields
        self.convention = convention
        self.overlay = overlay
        if overlay == .arrows {
            let logarithmic = first.layout == .scaleAspect
            do {
                let ax = try Self.arrowAxis(first.x, count: arrowsPerAxis, logarithmic: logarithmic)
                // One more row than columns on a scale-aspect grid: with equal counts, the cell
                // centres fall on the diagonals a = aₜs and a = aₜ/s, where h = hₜ or w = wₜ and
                // the losses have kinks (min/max ties), so arrows would show a one-sided subgradient.
                let ay = try Self.arrowAxis(first.y, count: arrowsPerAxis + (logarithmic ? 1 : 0), logarithmic: logarithmic)
                arrowFields = try losses.map { loss throws(SweepError) in
                    try BoxLossField(loss: loss, target: first.target, layout: first.layout, x: ax, y: ay, threads: threads)
                }
            } catch {
                throw .sweep(error)
            }
        } else {
            arrowFields = []
        }
        (colorLimits, contourLevels) = Self.sharedScale(fields.map(\.value))
    }

    private static func check(
        losses: [ConfiguredBoxLoss], convention: GradientConvention, overlay: GradientOverlay, arrowsPerAxis: Int
    ) throws(FieldPanelsError) {
        guard !losses.isEmpty else { throw .noLosses }
        if convention == .reference, let loss = losses.first(where: { ReferenceLoss(rawValue: $0.name) == nil }) {
            throw .noReferenceGradient(loss: loss.name)
        }
        if overlay == .arrows, arrowsPerAxis < 2 { throw .tooFewArrows(arrowsPerAxis) }
    }

    /// The centres of `count` equal cells from the first to the last value of
    /// `axis` (equal in `log` when `logarithmic`).
    static func arrowAxis(_ axis: SweepAxis, count: Int, logarithmic: Bool) throws(SweepError) -> SweepAxis {
        guard let lower = axis.values.first, let upper = axis.values.last, upper > lower else {
            throw .tooFewSamples(axis.values.count)
        }
        let a = logarithmic ? log(lower) : lower, b = logarithmic ? log(upper) : upper
        return SweepAxis(values: (0..<count).map { k in
            let t = a + (b - a) * (Double(k) + 0.5) / Double(count)
            return logarithmic ? exp(t) : t
        })
    }

    // MARK: Numbers derived from the fields

    /// `dL` along the grid coordinates of `field` under the panels' convention.
    func derivative(_ field: BoxLossField) -> GridDerivative {
        let g = (convention == .reference ? field.reference : nil) ?? field.autograd
        return GridDerivative(alongX: g.alongX, alongY: g.alongY)
    }

    /// `−∇L` at every point of `field` in the coordinates the axes draw evenly.
    public func descent(_ field: BoxLossField) -> (u: [Double], v: [Double]) {
        Self.descent(derivative(field), on: field)
    }

    /// `−∇L` from the derivative `d` on the grid of `field`: `(−∂L/∂x, −∂L/∂y)`
    /// on an offset grid, `(−x ∂L/∂x, −y ∂L/∂y)` (the gradient in `log x`,
    /// `log y`) on a scale-aspect grid; zero where its magnitude is at most `zeroGradient`.
    static func descent(_ d: GridDerivative, on field: BoxLossField) -> (u: [Double], v: [Double]) {
        let logarithmic = field.layout == .scaleAspect
        let columns = field.x.values.count
        var u = [Double](repeating: 0, count: d.alongX.count), v = u
        for k in u.indices {
            let gx = d.alongX[k] * (logarithmic ? field.x.values[k % columns] : 1)
            let gy = d.alongY[k] * (logarithmic ? field.y.values[k / columns] : 1)
            let m = hypot(gx, gy)
            if m > Self.zeroGradient || !m.isFinite {
                u[k] = -gx
                v[k] = -gy
            }
        }
        return (u, v)
    }

    /// The coordinates of every point of `field` in point order (`x` fastest).
    static func points(_ field: BoxLossField) -> (x: [Double], y: [Double]) {
        (field.y.values.flatMap { _ in field.x.values }, field.y.values.flatMap { y in field.x.values.map { _ in y } })
    }

    /// `values` (on `field`'s grid, row-major) at the grid node nearest each
    /// point (nearest in log coordinates on a scale-aspect grid).
    static func nearestValues(at points: (x: [Double], y: [Double]), on field: BoxLossField, values: [Double]) -> [Double] {
        let logarithmic = field.layout == .scaleAspect
        func nearest(_ v: Double, _ axis: [Double]) -> Int {
            let t = { (a: Double) in logarithmic ? log(a) : a }
            return axis.indices.min { abs(t(axis[$0]) - t(v)) < abs(t(axis[$1]) - t(v)) } ?? 0
        }
        let columns = field.x.values.count
        return zip(points.x, points.y).map { x, y in
            let k = nearest(y, field.y.values) * columns + nearest(x, field.x.values)
            return values.indices.contains(k) ? values[k] : .nan
        }
    }

    /// The share of the points of `field` where the gradient is finite and its
    /// magnitude (along the grid coordinates) at most `zeroGradient`.
    public func zeroGradientFraction(_ field: BoxLossField) -> Double {
        derivative(field).zeroFraction(below: Self.zeroGradient)
    }

    /// The grid point with the smallest finite loss (the first in point order on a tie).
    public func minimum(_ field: BoxLossField) -> (x: Double, y: Double, value: Double)? {
        Self.minimum(field.value, on: field)
    }

    /// The point of `field`'s grid where `values` is smallest and finite (the first on a tie).
    static func minimum(_ values: [Double], on field: BoxLossField) -> (x: Double, y: Double, value: Double)? {
        var best: Int?
        for (k, v) in values.enumerated() where v.isFinite && v < (best.map { values[$0] } ?? .infinity) {
            best = k
        }
        guard let best, !field.x.values.isEmpty, best / field.x.values.count < field.y.values.count else { return nil }
        let columns = field.x.values.count
        return (field.x.values[best % columns], field.y.values[best / columns], values[best])
    }

    /// `L_loss − L_baseline` with its derivatives on the grid and the arrow
    /// sub-grid: what `loss` adds to `baseline` (for centred boxes, `ciou`
    /// minus `iou` is CIoU's `αv`, since `ρ = 0`).
    /// - Throws: `FieldPanelsError.notAmongFields` if either loss has no panel.
    public func difference(_ loss: String, minus baseline: String) throws(FieldPanelsError) -> FieldDifference {
        guard let a = fields.firstIndex(where: { $0.loss == loss }) else { throw .notAmongFields(loss, fields: fields.map(\.loss)) }
        guard let b = fields.firstIndex(where: { $0.loss == baseline }) else {
            throw .notAmongFields(baseline, fields: fields.map(\.loss))
        }
        let arrows = arrowFields.indices.contains(a) && arrowFields.indices.contains(b)
            ? derivative(arrowFields[a]) - derivative(arrowFields[b]) : nil
        return FieldDifference(loss: loss, baseline: baseline, value: zip(fields[a].value, fields[b].value).map { $0 - $1 },
                               derivative: derivative(fields[a]) - derivative(fields[b]), arrowDerivative: arrows)
    }

    /// Colour limits `min(0, min) ... max` over the finite values of `grids`, and
    /// matplotlib's `MaxNLocator` levels strictly inside them (contours, colour-bar ticks).
    static func sharedScale(_ grids: [[Double]]) -> (limits: ClosedRange<Double>, levels: [Double]) {
        var lower = 0.0, upper = -Double.infinity
        for grid in grids {
            for v in grid where v.isFinite {
                lower = min(lower, v)
                upper = max(upper, v)
            }
        }
        if !(upper > lower) { upper = lower + 1 }
        return (lower...upper, TickLocator().linearTicks(lower, upper, bins: 10).filter { $0 > lower && $0 < upper })
    }

    /// A colour scale symmetric about 0 for signed `grids`, `−m ... m` with `m`
    /// the largest finite magnitude, and `MaxNLocator` levels strictly inside.
    static func symmetricScale(_ grids: [[Double]]) -> (limits: ClosedRange<Double>, levels: [Double]) {
        var m = grids.joined().filter(\.isFinite).map(abs).max() ?? 1
        if !(m > 0) { m = 1 }
        return (-m...m, TickLocator().linearTicks(-m, m, bins: 10).filter { $0 > -m && $0 < m && $0 != 0 })
    }

    /// A log colour scale for non-negative `grids`: the largest finite value down
    /// to `decades` decades below it, with contours at the powers of ten inside.
    static func sharedLogScale(_ grids: [[Double]], decades: Double = 4) -> (limits: ClosedRange<Double>, levels: [Double]) {
        let upper = grids.joined().filter(\.isFinite).max() ?? 1
        guard upper > 0 else { return (1e-4...1, []) }
        let lower = upper * pow(10, -decades)
        let levels = (Int(ceil(log10(lower)))...Int(floor(log10(upper)))).map { pow(10, Double($0)) }
        return (lower...upper, levels.filter { $0 > lower && $0 < upper })
    }

    // MARK: Drawing

    /// The grid of panels: `columns` per row (nil: all in one row up to 3,
    /// 2 x 2 for 4, else 3 per row), each panel about `panelSize` inches wide
    /// (nil: 4 for one panel per row, 3.3 for two, else 2.7),
    /// one colour bar beside the last panel of the middle row. `differences`
    /// (from `difference(_:minus:)`) follow in rows of their own with their own
    /// shared colour scale and colour bar.
    public func figure(title: String? = nil, columns: Int? = nil, panelSize: Double? = nil,
                       differences: [FieldDifference] = [], logarithmicDifferences: Bool = false) -> Figure {
        let count = fields.count
        let perRow = max(1, min(columns ?? (count <= 3 ? count : count == 4 ? 2 : 3), count))
        let rows = (count + perRow - 1) / perRow
        let differenceRows = (differences.count + perRow - 1) / perRow
        let titleLines = title.map { $0.split(separator: "\n").count + 1 } ?? 0
        let panelSize = panelSize ?? (perRow == 1 ? 4 : perRow == 2 ? 3.3 : 2.7)
        var figure = Figure(width: Double(perRow) * panelSize + 1.3,
                            height: Double(rows + differenceRows) * panelSize + 0.5 + 0.22 * Double(titleLines))
        figure.panels = []
        figure.rows = rows + differenceRows
        figure.columns = perRow
        figure.title = title
        figure.shareX = .all
        figure.shareY = .all
        figure.panelLetters = count + differences.count > 1
        guard let geometry = fields.first else { return figure }
        let arrowGeometry = arrowFields.first
        let barRow = (rows - 1) / 2
        for (k, field) in fields.enumerated() {
            let arrows = arrowFields.indices.contains(k) ? derivative(arrowFields[k]) : nil
            var axes = panel(title: LossDisplayName.of(field.loss), values: field.value, derivative: derivative(field),
                             arrowDerivative: arrows, geometry: geometry, arrowGeometry: arrowGeometry,
                             limits: colorLimits, levels: contourLevels)
            if k / perRow == barRow && (k % perRow == perRow - 1 || k == count - 1) {
                axes.colorBar = ColorBar(label: "loss L", ticks: contourLevels, markIndex: 0)
            }
            figure.addPanel(row: k / perRow, column: k % perRow, axes)
        }
        let values = differences.map(\.value)
        // Signed differences take a diverging map centred on 0; non-negative ones a sequential (log) scale.
        let signed = values.joined().contains { $0.isFinite && $0 < -Self.roundingNoise }
        let logarithmic = logarithmicDifferences && !signed
        let scale = logarithmic ? Self.sharedLogScale(values) : signed ? Self.symmetricScale(values) : Self.sharedScale(values)
        for (k, difference) in differences.enumerated() {
            let title = "\(LossDisplayName.of(difference.loss)) − \(LossDisplayName.of(difference.baseline))"
            // On a log scale, values below its lower limit (zero where the losses agree) take its lowest colour.
            let shown = logarithmic ? difference.value.map { $0.isFinite ? max($0, scale.limits.lowerBound) : $0 }
                : difference.value
            var axes = panel(title: title, values: shown, derivative: difference.derivative,
                             arrowDerivative: difference.arrowDerivative, geometry: geometry, arrowGeometry: arrowGeometry,
                             limits: scale.limits, levels: scale.levels, colorMap: signed ? .blueRed : .viridis,
                             norm: logarithmic ? .log : signed ? .symmetric : .linear)
            if k % perRow == perRow - 1 || k == differences.count - 1 {
                let baselines = Set(differences.map(\.baseline))
                let label = baselines.count == 1 ? "L − L(\(LossDisplayName.of(difference.baseline)))" : "difference of losses"
                axes.colorBar = ColorBar(label: label + (logarithmic ? ", log scale" : ""), ticks: scale.levels,
                                         markIndex: 0)
            }
            figure.addPanel(row: rows + k / perRow, column: k % perRow, axes)
        }
        // Axis labels on the outer panels only: x under the lowest panel of each column, y left of each row.
        for p in figure.panels.indices {
            let cell = figure.panels[p].cell
            let lowest = !figure.panels.contains { $0.cell.column == cell.column && $0.cell.row > cell.row }
            if lowest { figure.panels[p].xLabel = geometry.layout.axisLabels.x }
            if cell.column == 0 { figure.panels[p].yLabel = geometry.layout.axisLabels.y }
        }
        return figure
    }

    /// One panel: heatmap, contours, the gradient overlay and the layout's marks.
    /// `geometry` and `arrowGeometry` give the grids, layout and target.
    func panel(
        title: String, values: [Double], derivative: GridDerivative, arrowDerivative: GridDerivative?,
        geometry field: BoxLossField, arrowGeometry: BoxLossField?, limits: ClosedRange<Double>, levels: [Double],
        colorMap: ColorMap = .viridis, norm: ColorNorm = .linear
    ) -> Axes {
        var axes = Axes(title: title)
        let grid = Grid2D(xs: field.x.values, ys: field.y.values, values: values)
        axes.heatmap(grid, colorMap: colorMap, norm: norm, limits: limits)
        let scale = ColorScale(map: colorMap, norm: norm, limits: limits).resolved(for: [])
        for level in levels {
            // Each level in black or white, whichever contrasts with the colour map there, labelled inline (clabel).
            axes.contour(grid, levels: .values([level]), color: Self.contrasting(scale.color(level)), width: 0.8,
                         labels: true, dashNegative: false)
        }
        let overlayColor = Color.white.fixed()
        switch overlay {
        case .arrows:
            if let arrowDerivative, let arrowGeometry {
                let d = Self.descent(arrowDerivative, on: arrowGeometry), points = Self.points(arrowGeometry)
                // Each arrow in white or black, whichever contrasts with the colour beneath it.
                let beneath = Self.nearestValues(at: points, on: field, values: values)
                let colors = beneath.map { Self.contrasting($0.isFinite ? scale.color($0) : .black) }
                // One mark per colour over every point (the other colour's arrows as zero vectors, which
                // draw nothing), so that both marks size their arrows for the same number of points.
                for color in [Self.contrasting(.black), Self.contrasting(.white)] where colors.contains(color) {
                    let u = d.u.indices.map { colors[$0] == color ? d.u[$0] : 0 }
                    let v = d.v.indices.map { colors[$0] == color ? d.v[$0] : 0 }
                    axes.marks.append(.quiver(QuiverMark(x: points.x, y: points.y, u: u, v: v, length: .normalized,
                                                         pivot: .middle, coloring: .single(color),
                                                         widthScale: Self.arrowWidthScale)))
                }
            }
        case .streamlines:
            var d = Self.descent(derivative, on: field)
            if field.layout == .scaleAspect {
                // Streamlines integrate data velocities: d(log s)/dt = u means ds/dt = s u.
                let columns = field.x.values.count
                for k in d.u.indices {
                    d.u[k] *= field.x.values[k % columns]
                    d.v[k] *= field.y.values[k / columns]
                }
            }
            axes.streamlines(u: Grid2D(xs: field.x.values, ys: field.y.values, values: d.u),
                             v: Grid2D(xs: field.x.values, ys: field.y.values, values: d.v),
                             density: 0.9, color: overlayColor, width: 0.8, arrowSize: 5)
        case .none:
            break
        }
        let lowX = field.x.values.first ?? 0, highX = field.x.values.last ?? 1
        let lowY = field.y.values.first ?? 0, highY = field.y.values.last ?? 1
        let target = field.target
        switch field.layout {
        case let .offset(width, height):
            let ox = (width + target.w) / 2, oy = (height + target.h) / 2
            axes.rectangle(x1: max(-ox, lowX), y1: max(-oy, lowY), x2: min(ox, highX), y2: min(oy, highY),
                           stroke: Color.white.withAlpha(0.9).fixed(), width: 0.9, dash: .dashed)
            axes.rectangle(x1: -target.w / 2, y1: -target.h / 2, x2: target.w / 2, y2: target.h / 2,
                           stroke: Color.white.fixed(), width: 1.6)
            let ticks = TickLocator().linearTicks(min(lowX, lowY), max(highX, highY), bins: 6)
            axes.xTicks = ticks.filter { (lowX...highX).contains($0) }
            axes.yTicks = ticks.filter { (lowY...highY).contains($0) }
        case .scaleAspect:
            let aspect = target.w / target.h
            axes.xScale = .log
            axes.yScale = .log
            axes.x.locator = .powersOfTwo
            axes.y.locator = .powersOfTwo
            if (lowY...highY).contains(aspect) {
                // Above the arrows, white dashes on a black casing so that it reads over white arrows and any colour.
                axes.horizontalLine(at: aspect, style: LineStyle(color: Color.black.withAlpha(0.8).fixed(), width: 2.6))
                axes.horizontalLine(at: aspect, style: LineStyle(color: Color.white.fixed(), width: 1.3, dash: .dashed))
            }
            if (lowX...highX).contains(1), (lowY...highY).contains(aspect) {
                axes.scatter(x: [1], y: [aspect], color: Color.white.fixed(), marker: .plus, size: 9)
            }
        }
        axes.xLimits = lowX...highX
        axes.yLimits = lowY...highY
        axes.aspect = .equal
        let zero = derivative.zeroFraction(below: Self.zeroGradient)
        if zero >= 0.005 {
            axes.text("−∇L = 0 on \(Int((zero * 100).rounded())) %", at: Point(0.03, 0.03), coordinates: .axes,
                      anchor: .bottomLeft, fontSize: 8, background: Color.white.withAlpha(0.8))
        }
        return axes
    }
}

extension FieldPanels {
    /// A two-line title that states the setup (the grid, the target and
    /// prediction sizes) and what the marks over the heatmaps mean.
    public var title: String {
        guard let field = fields.first else { return "" }
        let setup: String, line: String
        switch field.layout {
        case let .offset(width, height):
            let prediction = CentreFormBox(cx: 0, cy: 0, w: width, h: height)
            setup = "Loss over the centre offset; prediction \(Self.size(prediction)), target \(Self.size(field.target)) (white)"
            line = "dashed: the boxes overlap"
        case .scaleAspect:
            setup = "Loss over scale and aspect; prediction centred on a \(Self.size(field.target)) target (white cross)"
            line = "dashed: $w/h = w_t/h_t$"
        }
        let space = field.layout == .scaleAspect ? " in log coordinates" : ""
        switch overlay {
        case .arrows: return setup + "\n" + line + "; arrows: −∇L direction\(space) (\(convention.rawValue))"
        case .streamlines: return setup + "\n" + line + "; streamlines of −∇L\(space) (\(convention.rawValue))"
        case .none: return setup + "\n" + line
        }
    }

    /// A box's size for a title, `"1.5 × 0.75"` (up to 3 significant digits).
    public static func size(_ box: CentreFormBox) -> String { "\(TickFormatter.compact(box.w)) × \(TickFormatter.compact(box.h))" }
}

extension FieldLayout {
    /// The axis labels of the field's panels.
    var axisLabels: (x: String, y: String) {
        switch self {
        case .offset: return ("centre offset $\\Delta x$", "centre offset $\\Delta y$")
        case .scaleAspect: return ("scale $s = wh/(w_t h_t)$", "aspect ratio $w/h$")
        }
    }
}
