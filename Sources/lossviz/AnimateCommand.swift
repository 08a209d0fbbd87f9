import ArgumentParser
import LossvizCairo
import LossvizFigures
import Foundation
import LossvizLosses
import LossvizIO
import LossvizSweep

extension Lossviz {
    /// `lossviz animate`: a box regression that moves, as an animated SVG or GIF;
    /// the work is `RegressionAnimation`'s.
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
                .gif plays in slide software (giflib, one shared palette); --format names it
                for --output - (standard output). Long regressions are sampled to at most
                --max-frames frames, denser at the start; the last frame holds 1.5 s before
                the loop restarts. The bytes depend only on the options.

                --data writes JSON: iterations, step, anchor and target [cx, cy, w, h],
                frames (the iteration shown by each frame), and per loss its convention,
                boxes [[cx, cy, w, h], ...] (every iteration, the start first) and error
                (the l1 error after each update).

                Examples:
                  lossviz animate giou-vs-diou-regression --output giou-vs-diou.svg
                  lossviz animate ciou-aspect-drift --output drift.gif
                  lossviz animate --losses giou,diou,ciou --anchor 7,7,2,2 \\
                    --target 10,10,1,1 --iterations 200 --output run.gif
                  lossviz animate --losses iou,giou --gradient reference \\
                    --anchor 8,10,1,1 --output run.svg --data run.json
                  lossviz animate ciou-aspect-drift --output - --format gif > drift.gif
                """
        )

        @Argument(help: "An animated figure, or give --losses. (values: \(AnimatedFigureCatalog.names.joined(separator: ", ")))",
                  completion: .list(AnimatedFigureCatalog.names), transform: FigureName.animated)
        var name: String?

        @Option(help: "Comma-separated box losses to regress (instead of NAME; 1 to 6). \(LossNames.boxValues)", completion: LossNames.completion,
                transform: LossNames.boxes)
        var losses: LossNames?

        @Option(parsing: .unconditional, help: "The start box cx,cy,w,h (with --losses; default: 7,7,2,2).", transform: SweepArguments.box)
        var anchor = CentreFormBox(cx: 7, cy: 7, w: 2, h: 2)

        @Option(parsing: .unconditional, help: "The target box cx,cy,w,h (with --losses; default: 10,10,1,1).", transform: SweepArguments.box)
        var target = CentreFormBox(cx: 10, cy: 10, w: 1, h: 1)

        @Option(help: "Updates (with --losses; 1 to 10000).")
        var iterations = 200

        @Option(help: "The constant step of the update (with --losses).")
        var step = 0.1

        @Option(help: "Gradient convention (with --losses).")
        var gradient: GradientConvention = .autograd

        @Option(help: "Frames per second (1 to 50).")
        var fps = 20.0

        @Option(name: .customLong("max-frames"), help: "The most frames (2 to 400).")
        var maximumFrames = 80

        @Option(help: "Animation to write (.svg or .gif), or - for standard output (with --format).",
                completion: .file(extensions: AnimationFormat.allCases.map(\.rawValue)))
        var output: String?

        @Option(help: "Format of --output when its extension cannot say (required with --output -).")
        var format: AnimationFormat?

        @Option(help: "Raster resolution of a GIF, in dots per inch (10 to 600).")
        var dpi: Double = 80

        @Option(help: "JSON file for the boxes and errors, or - for standard output.", completion: .file(extensions: ["json"]))
        var data: String?

        func validate() throws {
            try UsageCheck.run {
                if (name == nil) == (losses == nil) { throw ValidationError("give an animated figure NAME or --losses, not both or neither") }
                guard output != nil || data != nil else {
                    throw ValidationError("nothing to write: give --output FILE (.svg, .gif) and/or --data FILE.json")
                }
                if output == "-" && data == "-" {
                    throw ValidationError("--output - and --data - both write standard output; send one of them to a file")
                }
                guard fps >= 1, fps <= 50 else { throw ValidationError("--fps must be from 1 to 50, got \(fps)") }
                guard (2...400).contains(maximumFrames) else { throw ValidationError("--max-frames must be from 2 to 400, got \(maximumFrames)") }
                guard (1...10_000).contains(iterations) else { throw ValidationError("--iterations must be from 1 to 10000, got \(iterations)") }
                guard step > 0, step.isFinite else { throw ValidationError("--step must be a positive number, got \(step)") }
                guard dpi >= 10, dpi <= 600 else { throw ValidationError("--dpi must be from 10 to 600, got \(dpi)") }
                if output != nil { _ = try outputFormat() }
                if let losses {
                    guard losses.names.count <= 6 else { throw ValidationError("--losses must name 1 to 6 box losses") }
                    if gradient == .reference, let missing = losses.names.first(where: { ReferenceLoss(rawValue: $0) == nil }) {
                        throw SimulationRequestError.noReferenceGradient(loss: missing)
                    }
                }
            }
            try OutputFileOptions.requireDirectories(of: [output, data])
        }

        /// The format of `--output`: `--format`, else the file's extension (the
        /// two may not disagree).
        func outputFormat() throws -> AnimationFormat {
            try OutputFileOptions.format(format, of: output, byExtension: AnimationFormat.init(url:))
        }

        func run() throws {
            var animation = try name.map { try AnimatedFigureCatalog.entry(named: $0).animation } ?? custom()
            animation.framesPerSecond = fps
            animation.maximumFrames = maximumFrames
            var files: [(path: String, bytes: Data)] = []
            try ProgressBar.ticking("animate") {
                let trajectories = try animation.trajectories()
                if let output {
                    let frames = animation.frameIterations.map { animation.frame(at: $0, of: trajectories) }
                    files.append((output, try CairoRenderer.renderAnimation(frames, durations: animation.frameDurations,
                                                                           format: try outputFormat(), dpi: dpi)))
                }
                if let data { files.append((data, Data((animation.json(of: trajectories).text + "\n").utf8))) }
            }
            try AtomicFile.write(files)
        }

        /// The animation of --losses, --anchor, --target, --iterations, --step, --gradient.
        func custom() throws -> RegressionAnimation {
            let runs = try (losses?.names ?? []).map { name throws in
                RegressionAnimation.Run(loss: try LossCatalogue.boxLoss(name), convention: gradient)
            }
            return RegressionAnimation(runs: runs, anchor: anchor, target: target, iterations: iterations, step: step)
        }
    }
}

extension AnimationFormat: ExpressibleByArgument {}
