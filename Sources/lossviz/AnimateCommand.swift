import ArgumentParser
import LossvizCairo
import LossvizFigures
import Foundation
import LossvizLosses
import LossvizIO
import LossvizSweep

/// `lossviz animate`: a box regression that moves, as an animated SVG or GIF.
struct Animate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Animate box regressions: boxes moving under each loss, side by side, with the error curves growing.",
        discussion: """
            NAME is an animated figure of the catalogue (`lossviz list figures
            --animated`); or give --losses (and --anchor, --target) for any
            regression. Each loss gets a panel with the target (grey), the anchor
            (dash-dot), the path of the box centre and the current box; the last panel
            draws the l1 error |B - Bt|1 against iteration as it grows; the title
            counts the iterations. The update is the simulator's: B <- B - step (2 -
            IoU) dL/dB, constant step.

            --output: .svg animates natively in browsers and on GitHub (SMIL, vector);
            .gif plays in slide software (giflib, one shared palette). Long
            regressions are sampled to at most --max-frames frames, denser at the
            start; the last frame holds 1.5 s before the loop restarts. The bytes
            depend only on the options.

            --data writes JSON: iterations, step, anchor and target [cx, cy, w, h],
            frames (the iteration shown by each frame), and per loss its convention,
            boxes [[cx, cy, w, h], ...] (every iteration, the start first) and error
            (the l1 error after each update).

            Examples:
              lossviz animate giou-vs-diou-regression --output giou-vs-diou.svg
              lossviz animate ciou-aspect-drift --output drift.gif
              lossviz animate --losses giou,diou,ciou --anchor 7,7,2,2 --target 10,10,1,1 --iterations 200 --output run.gif
              lossviz animate --losses iou,giou --gradient reference --anchor 8,10,1,1 --output run.svg --data run.json
            """
    )

    @Argument(help: "An animated figure (see `lossviz list figures --animated`); or give --losses.")
    var name: String?

    @Option(help: "Comma-separated box losses to regress (instead of NAME).")
    var losses: String?

    @Option(parsing: .unconditional, help: "The start box cx,cy,w,h (with --losses).")
    var anchor = "7,7,2,2"

    @Option(parsing: .unconditional, help: "The target box cx,cy,w,h (with --losses).")
    var target = "10,10,1,1"

    @Option(help: "Updates (with --losses; 1 to 10000).")
    var iterations = 200

    @Option(help: "The constant step of the update (with --losses).")
    var step = 0.1

    @Option(help: "Gradient convention (with --losses): autograd or reference.")
    var gradient: GradientConvention = .autograd

    @Option(help: "Frames per second (1 to 50).")
    var fps = 20.0

    @Option(name: .customLong("max-frames"), help: "The most frames (2 to 400).")
    var maximumFrames = 80

    @Option(help: "Animation to write (.svg or .gif).")
    var output: String?

    @Option(help: "Raster resolution of a GIF, in dots per inch.")
    var dpi: Double = 80

    @Option(help: "JSON file for the boxes and errors, or - for standard output.")
    var data: String?

    func validate() throws {
        if (name == nil) == (losses == nil) { throw OptionError("give an animated figure NAME or --losses, not both or neither") }
        guard output != nil || data != nil else { throw OptionError("nothing to write: give --output FILE (.svg, .gif) and/or --data FILE.json") }
        guard fps >= 1, fps <= 50 else { throw OptionError("--fps must be from 1 to 50, got \(fps)") }
        guard (2...400).contains(maximumFrames) else { throw OptionError("--max-frames must be from 2 to 400, got \(maximumFrames)") }
        guard (1...10_000).contains(iterations) else { throw OptionError("--iterations must be from 1 to 10000, got \(iterations)") }
        guard step > 0, step.isFinite else { throw OptionError("--step must be a positive number, got \(step)") }
        guard dpi >= 10, dpi <= 600 else { throw OptionError("--dpi must be from 10 to 600, got \(dpi)") }
        if let output {
            do { _ = try AnimationFormat(url: URL(fileURLWithPath: output)) } catch { throw OptionError(error.description) }
        }
        try OutputFileOptions.requireDirectories(of: [output, data])
        if let name, !AnimatedFigureCatalog.names.contains(name) {
            throw OptionError("unknown animated figure '\(name)'; the animated figures are: \(AnimatedFigureCatalog.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        var animation = try name.map { try AnimatedFigureCatalog.entry(named: $0).animation } ?? custom()
        animation.framesPerSecond = fps
        animation.maximumFrames = maximumFrames
        let trajectories = try animation.trajectories()
        var files: [(path: String, bytes: Data)] = []
        if let output {
            let frames = animation.frameIterations.map { animation.frame(at: $0, of: trajectories) }
            let format = try AnimationFormat(url: URL(fileURLWithPath: output))
            files.append((output, try CairoRenderer.renderAnimation(frames, durations: animation.frameDurations, format: format, dpi: dpi)))
        }
        if let data { files.append((data, Data((Self.json(animation, trajectories).text + "\n").utf8))) }
        try AtomicFile.write(files)
    }

    /// The animation of --losses, --anchor, --target, --iterations, --step, --gradient.
    func custom() throws -> RegressionAnimation {
        let names = SweepArguments.names(losses ?? "")
        guard !names.isEmpty, names.count <= 6 else { throw OptionError("--losses must name 1 to 6 box losses") }
        let runs = try SweepArguments.losses(names, options: LossOptions()).map { loss throws in
            guard case let .box(box) = loss else { throw SweepCommandError.notABoxLoss(loss: loss.name) }
            guard box.hasGradient(gradient) else { throw SimulationRequestError.noReferenceGradient(loss: box.name) }
            return RegressionAnimation.Run(loss: box, convention: gradient)
        }
        return RegressionAnimation(runs: runs, anchor: try SweepArguments.box(anchor, option: "anchor"),
                                   target: try SweepArguments.box(target, option: "target"),
                                   iterations: iterations, step: step)
    }

    /// The `--data` document.
    static func json(_ animation: RegressionAnimation, _ trajectories: [RegressionTrajectory]) -> JSONValue {
        func box(_ b: CentreFormBox) -> JSONValue { .numbers([b.cx, b.cy, b.w, b.h]) }
        return .object([
            ("iterations", .integer(animation.iterations)),
            ("step", .number(animation.step)),
            ("anchor", box(animation.anchor)),
            ("target", box(animation.target)),
            ("frames", .array(animation.frameIterations.map { .integer($0) })),
            ("losses", .object(zip(animation.runs, trajectories).map { run, trajectory in
                (run.loss.name, .object([
                    ("convention", .string(run.convention.rawValue)),
                    ("boxes", .array(trajectory.snapshots.map { box($0.box) })),
                    ("error", .numbers(trajectory.error)),
                ]))
            })),
        ])
    }
}
