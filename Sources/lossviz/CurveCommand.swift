import ArgumentParser
import LossvizCairo
import LossvizFigures
import Foundation
import LossvizLosses
import LossvizIO
import LossvizSweep

extension Lossviz {
    /// `lossviz curve`: 1-D loss curves and their derivatives; the work is
    /// `CurveReport`'s and `LossCurvePlot`'s.
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
                .svg, .pdf; or --format, needed with --output -). Infinite values (log-iou at
                IoU = 0) leave gaps, and a few near-singular derivative samples do not set the
                y range. Both files are written atomically; at least one of --output and
                --data is needed. A --data document estimated above \(OutputSizeGuard.limitDescription) is refused unless
                --force is given. See docs/cli.md and docs/losses.md.

                Examples:
                  lossviz curve l1,l2,smooth-l1,huber --range -3:3 --data losses.json
                  lossviz curve iou,giou,diou --range -3:3 --data slide.json
                  lossviz curve ciou --parameter aspect --range 0.25:4 --log --data aspect.json
                  lossviz curve focal --gamma 2 --range -6:6 --data focal.json
                  lossviz curve l1,l2,smooth-l1,huber --range -3:3 --derivative \\
                    --output losses.png
                  lossviz curve iou,giou,diou --range -3:3 --derivative \\
                    --output slide.svg --data slide.json
                  lossviz curve focal --gamma 2 --output - --format svg > focal.svg
                """
        )

        @Argument(help: "Comma-separated losses, e.g. l1,smooth-l1 or iou,giou. \(LossNames.values)",
                  completion: LossNames.completion, transform: LossNames.anyKind)
        var losses: LossNames

        @Option(parsing: .unconditional, help: "The range LOWER:UPPER of the variable (default: -3:3).", transform: SweepArguments.range)
        var range: ClosedRange<Double> = -3...3

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

        @Option(help: "Box losses: what moves.")
        var parameter: BoxSweepParameter = .offsetX

        @Option(parsing: .unconditional, help: "Box losses: the target box cx,cy,w,h (default: 0,0,1,1).", transform: SweepArguments.box)
        var target = CentreFormBox(cx: 0, cy: 0, w: 1, h: 1)

        @Option(parsing: .unconditional, help: "Box losses: the prediction's size w,h (default: the target's).",
                transform: SweepArguments.size)
        var size: BoxSize?

        @Option(name: .customLong("binary-target"), help: "bce, focal: the target in [0, 1].")
        var binaryTarget = 1.0

        @Option(help: "ce, seesaw: the number of classes (1 to 100000).")
        var classes = 2

        @OptionGroup(title: "Loss options")
        var options: LossOptionArguments

        @OptionGroup(title: "Output")
        var files: OutputFileOptions

        @OptionGroup(title: "Look")
        var look: FigureLookOptions

        @OptionGroup(title: "Look")
        var heading: FigureTitleOption

        /// Every check that needs no computation, including the losses with their
        /// options and the size of --data (the samples, and per loss at most a
        /// value, a derivative and a reference derivative per sample).
        func validate() throws {
            try UsageCheck.run {
                try files.requireSome()
                guard samples >= 2 else { throw SweepCommandError.tooSmall(option: "samples", value: samples, minimum: 2) }
                guard samples <= Self.maximumSamples else {
                    throw SweepCommandError.tooLarge(option: "samples", value: samples, maximum: Self.maximumSamples)
                }
                guard (0...1).contains(binaryTarget) else {
                    throw ValidationError("--binary-target is \(binaryTarget); it must be in [0, 1]")
                }
                guard classes >= 1 else { throw SweepCommandError.tooSmall(option: "classes", value: classes, minimum: 1) }
                guard classes <= Self.maximumClasses else {
                    throw SweepCommandError.tooLarge(option: "classes", value: classes, maximum: Self.maximumClasses)
                }
                _ = try axis()
                for loss in try SweepArguments.losses(losses.names, options: options.lossOptions()) {
                    if case .pixelDistances = loss { throw CurveRequestError.noCurve(loss: loss.name) }
                }
                try files.requireModestData(numbers: samples * (1 + losses.names.count * 3))
            }
        }

        /// The sample points.
        func axis() throws -> SweepAxis {
            log ? try SweepAxis.logarithmic(from: range.lowerBound, to: range.upperBound, count: samples)
                : try SweepAxis.linear(from: range.lowerBound, to: range.upperBound, count: samples)
        }

        func run() throws {
            let configured = try SweepArguments.losses(losses.names, options: options.lossOptions())
            let base = size.map { CentreFormBox(cx: target.cx, cy: target.cy, w: $0.w, h: $0.h) } ?? target
            try ProgressBar.ticking("curve") {
                let report = try CurveReport(
                    losses: configured, axis: try axis(), logarithmic: log,
                    box: .init(parameter: parameter, base: base, target: target),
                    binaryTarget: binaryTarget, classCount: classes)
                try files.write(figure: { try look.figure(title: heading.title) { LossCurvePlot.figure(report, derivative: derivative) } },
                                json: { report.json.text })
            }
        }
    }
}

extension BoxSweepParameter: ExpressibleByArgument {}
