import ArgumentParser
import LossvizFigures
import LossvizLosses
import LossvizSweep

extension Lossviz {
    /// `lossviz field`: 2-D loss and gradient fields of box losses; the work is
    /// `FieldRequest`'s.
    struct Field: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Box-loss values and gradients over a 2-D grid of predictions.",
            discussion: """
                --over offset: a prediction of --size moves its centre by (dx, dy) from the
                --target's centre, dx and dy over --range (default -3:3).
                --over scale-aspect: a prediction centred on the target with area
                scale x target area and aspect ratio w/h = aspect, both log-spaced over
                --range (default 0.25:4).
                --resolution points per axis; --gradient picks the convention of the
                gradient arrays and of the drawn gradient (reference: iou, giou, diou,
                ciou only).

                --output draws one panel per loss (format from the extension: .png, .svg,
                .pdf; or --format, needed with --output -): the loss as a viridis heatmap
                with one colour scale for all panels, white contours at the colour bar's
                ticks, and the direction of -grad L as arrows on a 14-column sub-grid
                (--arrows, the default) or as streamlines (--streamlines); no arrow where
                the gradient vanishes, and each panel prints the share of the grid where
                it does. offset panels outline the target and dash where the boxes
                overlap; scale-aspect panels use log axes, mark the target's (1, w/h) and
                draw arrows in log coordinates.

                --data writes JSON: over, target [cx, cy, w, h], size [w, h] (offset only),
                gradient, x_name, y_name, x, y, and per loss row-major grids (grid[j][i] at
                x[i], y[j]): value, d_x and d_y (derivatives along the grid coordinates),
                d_cx, d_cy, d_w, d_h (centre-form gradient). Non-finite numbers are written as
                the strings "inf", "-inf", "nan". A document estimated above \(OutputSizeGuard.limitDescription) (7 grids
                of resolution^2 numbers per loss) is refused unless --force is given. A run
                longer than a second shows its elapsed time on standard error when that is a
                terminal. See docs/cli.md and docs/losses.md.

                Examples:
                  lossviz field iou,giou,diou,ciou --over offset --size 1.5,0.75 \\
                    --output offsets.png
                  lossviz field ciou,eiou --over scale-aspect --streamlines \\
                    --output shapes.svg
                  lossviz field iou,giou,diou,ciou --over offset --data offsets.json
                  lossviz field giou --over offset --output - --format svg > giou.svg
                  lossviz field giou --over offset --gradient reference --size 2,1 \\
                    --data giou.json
                """
        )

        @Argument(help: "Comma-separated box losses, e.g. iou,giou. \(LossNames.boxValues)",
                  completion: LossNames.completion, transform: LossNames.boxes)
        var losses: LossNames

        @Option(help: "The grid.")
        var over: FieldRequest.Grid

        @Option(parsing: .unconditional, help: "The target box cx,cy,w,h (default: 0,0,1,1).", transform: SweepArguments.box)
        var target = CentreFormBox(cx: 0, cy: 0, w: 1, h: 1)

        @Option(parsing: .unconditional, help: "offset: the prediction's size w,h (default: the target's).",
                transform: SweepArguments.size)
        var size: BoxSize?

        @Option(parsing: .unconditional, help: "The range LOWER:UPPER of both grid coordinates (default -3:3 for offset, 0.25:4 for scale-aspect).",
                transform: SweepArguments.range)
        var range: ClosedRange<Double>?

        @Option(help: "Points per axis (\(FieldRequest.resolutionLimits.lowerBound) to \(FieldRequest.resolutionLimits.upperBound)).")
        var resolution = 101

        @Option(help: "Gradient convention of the gradient arrays (reference: iou, giou, diou, ciou only).")
        var gradient: GradientConvention = .autograd

        @Flag(help: "Draw the direction of the negative gradient as arrows (the default; drawing only).")
        var arrows = false

        @Flag(help: "Draw the negative gradient as streamlines instead of arrows (drawing only).")
        var streamlines = false

        @OptionGroup(title: "Loss options")
        var options: LossOptionArguments

        @OptionGroup(title: "Output")
        var files: OutputFileOptions

        @OptionGroup(title: "Look")
        var look: FigureLookOptions

        @OptionGroup(title: "Look")
        var heading: FigureTitleOption

        /// The grids --data writes per loss: value, d_x, d_y, d_cx, d_cy, d_w, d_h.
        static let gridsPerLoss = 7

        /// Every check that needs no computation: the options together, the
        /// losses with their options and convention, and the size of --data.
        func validate() throws {
            try UsageCheck.run {
                if arrows && streamlines { throw ValidationError("give --arrows or --streamlines, not both") }
                try files.requireSome()
                let limits = FieldRequest.resolutionLimits
                guard resolution >= limits.lowerBound else {
                    throw SweepCommandError.tooSmall(option: "resolution", value: resolution, minimum: limits.lowerBound)
                }
                guard resolution <= limits.upperBound else {
                    throw SweepCommandError.tooLarge(option: "resolution", value: resolution, maximum: limits.upperBound)
                }
                if over == .scaleAspect, let range, range.lowerBound <= 0 {
                    throw ValidationError(
                        "--range of --over scale-aspect is log-spaced: both bounds must be positive, got \(range.lowerBound):\(range.upperBound)")
                }
                _ = try request()
                try files.requireModestData(numbers: losses.names.count * Self.gridsPerLoss * resolution * resolution)
            }
        }

        /// What to compute, from the options.
        func request() throws -> FieldRequest {
            let boxLosses = try SweepArguments.boxLosses(losses.names, options: options.lossOptions())
            if let missing = boxLosses.first(where: { !$0.hasGradient(gradient) }) {
                throw SimulationRequestError.noReferenceGradient(loss: missing.name)
            }
            return FieldRequest(losses: boxLosses, grid: over, target: target,
                                size: over == .offset ? size.map { ($0.w, $0.h) } : nil,
                                range: range, resolution: resolution,
                                convention: gradient, overlay: streamlines ? .streamlines : .arrows)
        }

        func run() throws {
            let request = try request()
            try ProgressBar.ticking("field") {
                let report = try request.report()
                try files.write(figure: { try look.figure(title: heading.title) { try request.figure(of: report) } },
                                json: { report.json.text })
            }
        }
    }
}

extension FieldRequest.Grid: ExpressibleByArgument {}
