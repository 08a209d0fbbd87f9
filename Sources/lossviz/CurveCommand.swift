import ArgumentParser
import LossvizCairo
import LossvizFigures
import Foundation
import LossvizLosses
import LossvizIO
import LossvizSweep

/// `lossviz curve`: 1-D loss curves and their derivatives.
struct Curve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Loss curves over one variable, with their derivatives.",
        discussion: """
            The variable depends on the loss: the residual x for element-wise losses
            (l1, l2, smooth-l1, huber, focal-l1); the logit for bce and focal (target
            --binary-target); the true class's logit for ce and seesaw (label 0, --classes
            logits, the others 0); for box losses the --parameter of the prediction
            against the --target box: offset-x / offset-y (centre offset), width, height,
            scale (area / target area, keeping the aspect ratio) or aspect (w/h, keeping
            the area), starting from a prediction of --size centred on the target.

            --data writes JSON: x (the sample points), spacing (linear or log), box
            {parameter, base, target} (boxes as [cx, cy, w, h]), binary_target, classes,
            and per loss {kind, variable, value: [...], derivative: [...]} plus
            reference_derivative for iou, giou, diou, ciou (the DIoU authors' direction).
            Non-finite numbers are written as the strings "inf", "-inf", "nan".

            --output draws the curves, each loss in its colour of every lossviz figure;
            --derivative adds a panel of dL/dx; the format follows the extension (.png,
            .svg, .pdf). Infinite values (log-iou at IoU = 0) leave gaps, and a few
            near-singular derivative samples do not set the y range. Both files are
            written atomically; at least one of --output and --data is needed.

            Examples:
              lossviz curve l1,l2,smooth-l1,huber --range -3:3 --data losses.json
              lossviz curve iou,giou,diou --range -3:3 --data slide.json
              lossviz curve ciou --parameter aspect --range 0.25:4 --log --data aspect.json
              lossviz curve focal --gamma 2 --range -6:6 --data focal.json
              lossviz curve l1,l2,smooth-l1,huber --range -3:3 --derivative --output losses.png
              lossviz curve iou,giou,diou --range -3:3 --derivative --output slide.svg --data slide.json
            """
    )

    @Argument(help: "Comma-separated losses, e.g. l1,smooth-l1 or iou,giou.")
    var losses: String

    @Option(parsing: .unconditional, help: "The range LOWER:UPPER of the variable.")
    var range = "-3:3"

    @Option(help: "Number of sample points (2 to 1000000).")
    var samples = 601

    /// The most sample points: a larger count used to abort on allocation
    /// instead of failing with a message.
    static let maximumSamples = 1_000_000
    /// The most classes of a multi-class curve: every sample holds a logit and
    /// a derivative per class, so 2,000,000,000 used to exhaust memory.
    static let maximumClasses = 100_000

    @Flag(help: "Log-spaced samples (the range must be positive).")
    var log = false

    @Flag(help: "Draw the derivative in a second panel (drawing only; --data always has it).")
    var derivative = false

    @Option(help: "Box losses: what moves - offset-x, offset-y, width, height, scale or aspect.")
    var parameter: BoxSweepParameter = .offsetX

    @Option(parsing: .unconditional, help: "Box losses: the target box cx,cy,w,h.")
    var target = "0,0,1,1"

    @Option(parsing: .unconditional, help: "Box losses: the prediction's size w,h (default: the target's).")
    var size: String?

    @Option(name: .customLong("binary-target"), help: "bce, focal: the target in [0, 1].")
    var binaryTarget = 1.0

    @Option(help: "ce, seesaw: the number of classes.")
    var classes = 2

    @OptionGroup(title: "Loss options")
    var options: LossOptionArguments

    @OptionGroup(title: "Output")
    var files: OutputFileOptions

    @OptionGroup(title: "Look")
    var look: FigureLookOptions

    @OptionGroup(title: "Look")
    var heading: FigureTitleOption

    func validate() throws {
        try files.requireSome()
    }

    func run() throws {
        guard samples >= 2 else { throw SweepCommandError.tooSmall(option: "samples", value: samples, minimum: 2) }
        guard samples <= Self.maximumSamples else {
            throw SweepCommandError.tooLarge(option: "samples", value: samples, maximum: Self.maximumSamples)
        }
        guard (0...1).contains(binaryTarget) else {
            throw SweepCommandError.badNumbers(option: "binary-target", text: "\(binaryTarget)", expected: "a number in [0, 1]")
        }
        guard classes >= 1 else { throw SweepCommandError.tooSmall(option: "classes", value: classes, minimum: 1) }
        guard classes <= Self.maximumClasses else {
            throw SweepCommandError.tooLarge(option: "classes", value: classes, maximum: Self.maximumClasses)
        }
        let configured = try SweepArguments.losses(SweepArguments.names(losses), options: options.lossOptions())
        let bounds = try SweepArguments.range(range, option: "range")
        let axis = log
            ? try SweepAxis.logarithmic(from: bounds.lower, to: bounds.upper, count: samples)
            : try SweepAxis.linear(from: bounds.lower, to: bounds.upper, count: samples)
        let targetBox = try SweepArguments.box(target, option: "target")
        let base = try size.map { text throws(SweepCommandError) in try SweepArguments.size(text, option: "size") }
            .map { CentreFormBox(cx: targetBox.cx, cy: targetBox.cy, w: $0.w, h: $0.h) } ?? targetBox
        let report = try CurveReport(
            losses: configured, axis: axis, logarithmic: log,
            box: .init(parameter: parameter, base: base, target: targetBox),
            binaryTarget: binaryTarget, classCount: classes)
        try files.write(figure: { try look.figure(title: heading.title) { LossCurvePlot.figure(report, derivative: derivative) } },
                        json: { report.json.text })
    }
}

extension BoxSweepParameter: ExpressibleByArgument {}
