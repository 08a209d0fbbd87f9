import LossvizLosses
import LossvizPlot
import LossvizSweep

/// One loss-field picture as `lossviz field` and the explorer's `/api/field`
/// ask for it: which losses, over which grid, around which target. Both call
/// `report()` for the numbers and `figure(of:)` for the panels, so the command
/// line and the server draw the same pixels.
public struct FieldRequest: Sendable {
    /// The two grids of `--over`.
    public enum Grid: String, CaseIterable, Sendable {
        /// The prediction's centre offset `(dx, dy)` from the target's centre.
        case offset
        /// The prediction's area factor and aspect ratio, centred on the target.
        case scaleAspect = "scale-aspect"
    }

    /// The box losses, one panel each.
    public var losses: [ConfiguredBoxLoss]
    /// The grid.
    public var grid: Grid
    /// The target box.
    public var target: CentreFormBox
    /// `offset`: the prediction's size (nil: the target's).
    public var size: (w: Double, h: Double)?
    /// Both grid coordinates' range (nil: -3...3 for offset, 0.25...4 for scale-aspect).
    public var range: ClosedRange<Double>?
    /// Points per axis, in `resolutionLimits`.
    public var resolution: Int
    /// The gradient convention of the arrays and of the drawn gradient.
    public var convention: GradientConvention
    /// How the negative gradient is drawn.
    public var overlay: GradientOverlay
    /// A point of the grid to mark in every panel (the explorer's current
    /// prediction), nil for none.
    public var marker: (x: Double, y: Double)?

    /// The accepted points per axis: 1001 x 1001 grids of seven arrays are 56 MB
    /// per loss; a larger count used to abort on allocation instead of failing with a message.
    public static let resolutionLimits = 2...1001

    /// A request; see the properties.
    public init(losses: [ConfiguredBoxLoss], grid: Grid, target: CentreFormBox, size: (w: Double, h: Double)? = nil,
                range: ClosedRange<Double>? = nil, resolution: Int = 101, convention: GradientConvention = .autograd,
                overlay: GradientOverlay = .arrows) {
        self.losses = losses
        self.grid = grid
        self.target = target
        self.size = size
        self.range = range
        self.resolution = resolution
        self.convention = convention
        self.overlay = overlay
    }

    /// The range used when none is given.
    public static func defaultRange(of grid: Grid) -> ClosedRange<Double> {
        switch grid {
        case .offset: return -3...3
        case .scaleAspect: return 0.25...4
        }
    }

    /// Every loss's field on the grid (linear axes for offset, logarithmic for scale-aspect).
    /// - Throws: `SweepError` for a bad grid or box, `SimulationRequestError` for a
    ///   reference gradient asked of a loss without one.
    public func report() throws -> FieldReport {
        let bounds = range ?? Self.defaultRange(of: grid)
        let layout: FieldLayout
        let axis: SweepAxis
        switch grid {
        case .offset:
            let predictionSize = size ?? (w: target.w, h: target.h)
            layout = .offset(width: predictionSize.w, height: predictionSize.h)
            axis = try SweepAxis.linear(from: bounds.lowerBound, to: bounds.upperBound, count: resolution)
        case .scaleAspect:
            layout = .scaleAspect
            axis = try SweepAxis.logarithmic(from: bounds.lowerBound, to: bounds.upperBound, count: resolution)
        }
        return try FieldReport(losses: losses, convention: convention, target: target, layout: layout, x: axis, y: axis)
    }

    /// The panels of `report` (from `report()`): heatmaps with one colour scale,
    /// contours and the negative gradient, titled with the setup.
    /// - Throws: `FieldPanelsError`.
    public func figure(of report: FieldReport) throws -> Figure {
        let panels = try FieldPanels(fields: report.fields, losses: losses, convention: convention, overlay: overlay)
        var figure = panels.figure(title: panels.title)
        if let marker {
            for index in figure.panels.indices where !figure.panels[index].marks.isEmpty {
                figure.panels[index].scatter(x: [marker.x], y: [marker.y], color: Color(hex: 0xd62728), marker: .circle,
                                             size: 9, edge: .white)
            }
        }
        return figure
    }
}
