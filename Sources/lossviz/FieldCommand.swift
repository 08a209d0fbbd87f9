import ArgumentParser
import LossvizCairo
import LossvizFigures
import Foundation
import LossvizLosses
import LossvizIO
import LossvizSweep

/// `lossviz field`: 2-D loss and gradient fields of box losses.
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
            .pdf): the loss as a viridis heatmap with one colour scale for all panels,
            white contours at the colour bar's ticks, and the direction of -grad L as
            arrows on a 14-column sub-grid (--arrows, the default) or as streamlines
            (--streamlines); no arrow where the gradient vanishes, and each panel
            prints the share of the grid where it does. offset panels outline the
            target and dash where the boxes overlap; scale-aspect panels use log axes,
            mark the target's (1, w/h) and draw arrows in log coordinates.

            --data writes JSON: over, target [cx, cy, w, h], size [w, h] (offset only),
            gradient, x_name, y_name, x, y, and per loss row-major grids (grid[j][i] at
            x[i], y[j]): value, d_x and d_y (derivatives along the grid coordinates),
            d_cx, d_cy, d_w, d_h (centre-form gradient). Non-finite numbers are
            written as the strings "inf", "-inf", "nan".

            Examples:
              lossviz field iou,giou,diou,ciou --over offset --size 1.5,0.75 --output offsets.png
              lossviz field ciou,eiou --over scale-aspect --streamlines --output shapes.svg
              lossviz field iou,giou,diou,ciou --over offset --data offsets.json
              lossviz field ciou,eiou --over scale-aspect --resolution 121 --data shapes.json
              lossviz field giou --over offset --gradient reference --size 2,1 --data giou.json
            """
    )

    @Argument(help: "Comma-separated box losses.")
    var losses: String

    @Option(help: "The grid: offset or scale-aspect.")
    var over: FieldRequest.Grid

    @Option(parsing: .unconditional, help: "The target box cx,cy,w,h.")
    var target = "0,0,1,1"

    @Option(parsing: .unconditional, help: "offset: the prediction's size w,h (default: the target's).")
    var size: String?

    @Option(parsing: .unconditional, help: "The range LOWER:UPPER of both grid coordinates.")
    var range: String?

    @Option(help: "Points per axis (2 to 1001).")
    var resolution = 101

    @Option(help: "Gradient convention of the gradient arrays: autograd or reference.")
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

    func validate() throws {
        if arrows && streamlines { throw OptionError("give --arrows or --streamlines, not both") }
        try files.requireSome()
    }

    func run() throws {
        let limits = FieldRequest.resolutionLimits
        guard resolution >= limits.lowerBound else {
            throw SweepCommandError.tooSmall(option: "resolution", value: resolution, minimum: limits.lowerBound)
        }
        guard resolution <= limits.upperBound else {
            throw SweepCommandError.tooLarge(option: "resolution", value: resolution, maximum: limits.upperBound)
        }
        let names = SweepArguments.names(losses)
        let boxLosses = try SweepArguments.losses(names, options: options.lossOptions()).map { loss throws in
            guard case let .box(box) = loss else { throw SweepCommandError.notABoxLoss(loss: loss.name) }
            return box
        }
        let targetBox = try SweepArguments.box(target, option: "target")
        let predictionSize = try size.map { text throws(SweepCommandError) in try SweepArguments.size(text, option: "size") }
        let bounds = try range.map { text throws(SweepCommandError) in try SweepArguments.range(text, option: "range") }
        let request = FieldRequest(losses: boxLosses, grid: over, target: targetBox,
                                   size: over == .offset ? predictionSize : nil,
                                   range: bounds.map { $0.lower...$0.upper }, resolution: resolution,
                                   convention: gradient, overlay: streamlines ? .streamlines : .arrows)
        let report = try request.report()
        try files.write(figure: { try look.figure(title: heading.title) { try request.figure(of: report) } },
                        json: { report.json.text })
    }
}

extension FieldRequest.Grid: ExpressibleByArgument {}
