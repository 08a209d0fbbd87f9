import Foundation
import LossvizLosses
import LossvizPlot
import LossvizSweep

/// `simulation-final-error`: where in the disc of anchor centres each loss leaves
/// error behind: per anchor centre, the sum of its 343 cases' final l1 errors
/// after the 200 iterations of the DIoU simulation (Zheng et al. AAAI 2020,
/// Fig. 4; docs/simulation.md sections 1-2), reference gradients.
struct SimulationFinalErrorFigure: FigureRecipe {
    let name = "simulation-final-error"
    let summary = "Final error per anchor centre over the simulation's disc: IoU fails wherever the boxes do not overlap, GIoU along the axes, DIoU and CIoU nowhere (DIoU paper Fig. 4)"
    var caption: String {
        """
        Each panel is the sum of the final l1 errors `|x − xₜ| + |y − yₜ| + |w − wₜ| + |h − hₜ|` of the \
        343 cases (7 targets × 7 anchor scales × 7 anchor aspect ratios) of each of the 5,000 anchor \
        centres of the DIoU simulation (docs/simulation.md; the same run as `simulation-error`) after 200 \
        iterations with the DIoU authors' gradients (`reference`), drawn as a surface over the disc of \
        centres as in the paper's Fig. 4: the centres are drawn at random, so the per-centre sums are \
        interpolated linearly on the Delaunay triangulation of the centres onto a \(Self.gridPoints) × \
        \(Self.gridPoints) grid and masked to the disc; one logarithmic viridis scale for all four panels. \
        The outlines are the 7 targets, all centred at (10, 10). IoU loss has no gradient while the boxes are \
        disjoint, so it leaves its anchors unmoved everywhere except in a basin around the targets, where \
        most anchors overlap them. GIoU reaches the targets from the diagonals but leaves large errors in \
        the sectors around the horizontal and vertical axes through the target (the ridges of the paper's \
        surface plot), where its hand-derived gradient widens the box instead of moving it. DIoU and CIoU leave small errors everywhere (the paper's Fig. 4: \
        up to about 2000 for IoU, 1100 for GIoU, below 1 for DIoU).
        """
    }
    let dataKeys = """
        - `cases_per_point`: 343; `iterations`: 200; `convention`: `reference`.
        - `centres`: `x` and `y` of the anchor centres, in point order.
        - `final_error_per_point.<loss>` (iou, giou, diou, ciou): the summed final error of each point.
        - `summary.<loss>`: `minimum`, `median` and `maximum` of those sums.
        """

    /// The runs (the gallery's by default; tests pass smaller ones).
    var runs = SimulationRuns.gallery

    /// Grid points per axis of the interpolated surface: about 50 per unit of the radius-3 disc.
    static let gridPoints = 301

    struct Summary: Encodable {
        var minimum: Double
        var median: Double
        var maximum: Double

        init(_ values: [Double]) {
            let sorted = values.sorted()
            minimum = sorted.first ?? .nan
            maximum = sorted.last ?? .nan
            median = sorted.isEmpty ? .nan : sorted.count % 2 == 1 ? sorted[sorted.count / 2]
                : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
    }

    struct Centres: Encodable {
        var x: [Double]
        var y: [Double]
    }

    struct Numbers: Encodable {
        var casesPerPoint: Int
        var iterations: Int
        var convention: String
        var centres: Centres
        var finalErrorPerPoint: [String: [Double]]
        var summary: [String: Summary]

        enum CodingKeys: String, CodingKey {
            case iterations, convention, centres, summary
            case casesPerPoint = "cases_per_point"
            case finalErrorPerPoint = "final_error_per_point"
        }
    }

    func make(in context: FigureContext) throws -> FigureProduct {
        let simulation = runs.reference
        let results = try runs.referenceResults(in: context)
        let x = simulation.anchorCentres.map(\.x), y = simulation.anchorCentres.map(\.y)
        let positive = results.flatMap(\.finalErrorPerPoint).filter { $0 > 0 && $0.isFinite }
        let limits = (positive.min() ?? 1e-3)...max(positive.max() ?? 1, (positive.min() ?? 1e-3) * 10)
        let summaries = results.map { Summary($0.finalErrorPerPoint) }

        // The view: the disc of centres with a small margin.
        let xs = x + simulation.targets.flatMap { [$0.cx - $0.w / 2, $0.cx + $0.w / 2] }
        let ys = y + simulation.targets.flatMap { [$0.cy - $0.h / 2, $0.cy + $0.h / 2] }
        let margin = 0.15
        let xLimits = ((xs.min() ?? 0) - margin)...((xs.max() ?? 1) + margin)
        let yLimits = ((ys.min() ?? 0) - margin)...((ys.max() ?? 1) + margin)

        let triangulation = DelaunayTriangulation(simulation.anchorCentres.map { Point($0.x, $0.y) })
        let centre = SimulationSetupFigure.discCentre, radius = SimulationSetupFigure.discRadius
        let gridX = Grid2D.linspace(centre.x - radius, centre.x + radius, count: Self.gridPoints)
        let gridY = Grid2D.linspace(centre.y - radius, centre.y + radius, count: Self.gridPoints)
        let surfaces = results.map { result in
            TriangulatedSurface(triangulation, values: result.finalErrorPerPoint, xs: gridX, ys: gridY) { x, y in
                (x - centre.x) * (x - centre.x) + (y - centre.y) * (y - centre.y) <= radius * radius
            }
        }

        var figure = Figure(width: 8.6, height: 8)
        figure.grid(rows: 2, columns: 2)
        figure.panelLetters = true
        for (index, result) in results.enumerated() {
            var axes = figure[index].panel
            axes.heatmap(surfaces[index].grid, colorMap: .viridis, norm: .log, limits: limits)
            // The targets, black on a white casing so they show on any colour.
            for (stroke, width) in [(Color.white, 2.0), (Color.black, 0.7)] {
                for target in simulation.targets {
                    let box = target.box
                    axes.rectangle(x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, stroke: stroke, width: width)
                }
            }
            let summary = summaries[index]
            axes.title = String(format: "%@: median %@, max %@", LossDisplayName.of(result.loss),
                                Self.compact(summary.median), Self.compact(summary.maximum))
            axes.aspect = .equal
            axes.xLimits = xLimits
            axes.yLimits = yLimits
            axes.xLabel = "anchor centre x"
            axes.yLabel = "anchor centre y"
            if index % 2 == 1 { axes.colorBar(label: "final error per centre (sum of \(simulation.casesPerPoint) cases)") }
            figure[index].panel = axes
        }
        figure.title = "Final error after \(simulation.iterations) iterations by anchor centre (reference gradients)"

        let numbers = Numbers(
            casesPerPoint: simulation.casesPerPoint, iterations: simulation.iterations,
            convention: GradientConvention.reference.rawValue, centres: Centres(x: x, y: y),
            finalErrorPerPoint: Dictionary(uniqueKeysWithValues: results.map { ($0.loss, $0.finalErrorPerPoint) }),
            summary: Dictionary(uniqueKeysWithValues: zip(results.map(\.loss), summaries).map { ($0, $1) }))
        return FigureProduct(figure: figure, data: numbers)
    }

    /// A value as a reader would write it: whole numbers from 100 to 10⁶, three
    /// significant digits below, an exponent outside.
    static func compact(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude >= 100 && magnitude < 1e6 { return String(format: "%.0f", value) }
        if magnitude >= 0.001 && magnitude < 100 { return String(format: "%.3g", value) }
        return String(format: "%.2e", value)
    }
}
