import ArgumentParser
import LossvizCairo
import LossvizFigures
import Foundation
import LossvizLosses
import LossvizIO
import LossvizSweep

extension Lossviz {
    /// `lossviz simulate`: the DIoU paper's box-regression simulation for any box
    /// loss; the work is `SimulationReport`'s.
    struct Simulate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the box-regression simulation (docs/simulation.md) for several losses.",
            discussion: """
                The diou-1715k preset is the DIoU paper's protocol: 7 targets of area 1 at
                (10, 10) with aspect ratios 1:4 ... 4:1; anchors at --points centres drawn
                uniformly in the disc of radius 3 (seeded SplitMix64) or read from --anchors
                (a CSV file with header x,y, or - for standard input);
                7 scales x 7 shapes per target (343 cases per point, 1,715,000 in all);
                --iterations updates B <- B - eta (2 - IoU) dL/dB with eta 0.1 / 0.01 / 0.001
                for the first 80 % / next 10 % / last 10 % of the iterations (1-160 / 161-180 /
                181-200 for 200).

                --gradient reference (default) uses the DIoU authors' hand-derived update
                directions (iou, giou, diou, ciou only); autograd uses each loss's true
                gradient and works for every box loss.

                --data writes JSON: preset, gradient, cases, points, seed (null with
                --anchors), iterations, steps (eta per iteration), optimiser, initial_error,
                anchor_centres {x, y}, and per loss {error: [E_1 ... E_n],
                final_error_per_point: [...]}, where E_t is the l1 error summed over all cases
                after update t and final_error_per_point sums each point's 343 final errors.
                Without --data a summary table goes to standard output. --output draws the
                error curves E_t of every loss (linear and log axes, as the gallery's
                simulation-error figure), format by extension (.png, .svg, .pdf; or --format,
                needed with --output -). A progress bar shows on standard error when it is a
                terminal. A --data document estimated above \(OutputSizeGuard.limitDescription) is refused unless --force
                is given. See docs/simulation.md and docs/cli.md.

                Examples:
                  lossviz simulate --data sim.json --output sim.png
                  lossviz simulate --losses giou,diou,eiou,siou --gradient autograd \\
                    --data auto.json
                  lossviz simulate --points 500 --seed 7 --iterations 100 --data small.json
                  lossviz simulate --anchors centres.csv --losses diou --data mine.json
                  printf 'x,y\\n9,9\\n11,10\\n' | lossviz simulate --anchors - --data two.json
                  lossviz simulate --losses siou,wiou --gradient autograd --optimiser adam \\
                    --step 0.01 --points 200 --output adam.png
                """
        )

        @Option(help: "The simulation protocol (only \(SimulationSettings.diou1715kName)).")
        var preset = SimulationSettings.diou1715kName

        @Option(help: "Comma-separated box losses (default: iou,giou,diou,ciou). \(LossNames.boxValues)", completion: LossNames.completion, transform: LossNames.boxes)
        var losses = LossNames(names: ["iou", "giou", "diou", "ciou"])

        @Option(help: "Gradient convention: reference (the authors' directions) or autograd.")
        var gradient: GradientConvention = .reference

        @Option(help: "Number of random anchor centres (default \(Self.defaultPoints), at most \(Self.maximumPoints)).")
        var points: Int?

        @Option(help: "Seed of the anchor draw.")
        var seed: UInt64 = SimulationSettings.defaultSeed

        @Option(help: "CSV file of anchor centres with header x,y, or - for standard input (replaces the random draw; at most 100000 rows, |x|, |y| <= 1e50).",
                completion: .file(extensions: ["csv"]))
        var anchors: String?

        @Option(help: "Radius of the disc of random anchor centres about (10, 10).")
        var radius = 3.0

        @Option(help: "A constant step eta instead of the schedule 0.1 / 0.01 / 0.001.")
        var step: Double?

        @Option(help: "Optimiser: sgd (the paper's plain steps) or adam (as in the SIoU and Wise-IoU papers).")
        var optimiser: OptimiserChoice = .sgd

        @Option(help: "Number of updates per case (1 to 1000000).")
        var iterations = 200

        /// The most updates per case and random anchor centres (343 cases each):
        /// larger counts used to abort on allocation instead of failing with a message.
        static let maximumIterations = 1_000_000
        static let maximumPoints = 100_000

        @Option(help: ArgumentHelp("Worker threads (default: all cores).", valueName: "n"))
        var threads: Int?

        @OptionGroup(title: "Output")
        var files: OutputFileOptions

        @OptionGroup(title: "Look")
        var look: FigureLookOptions

        @OptionGroup(title: "Look")
        var heading: FigureTitleOption

        /// Every check that needs neither the anchor file nor computation.
        func validate() throws {
            try UsageCheck.run {
                guard preset == SimulationSettings.diou1715kName else { throw SweepCommandError.unknownPreset(preset) }
                guard iterations >= 1 else { throw SweepCommandError.tooSmall(option: "iterations", value: iterations, minimum: 1) }
                guard iterations <= Self.maximumIterations else {
                    throw SweepCommandError.tooLarge(option: "iterations", value: iterations, maximum: Self.maximumIterations)
                }
                if let threads, threads < 1 { throw SweepCommandError.tooSmall(option: "threads", value: threads, minimum: 1) }
                if gradient == .reference, let missing = losses.names.first(where: { ReferenceLoss(rawValue: $0) == nil }) {
                    throw SimulationRequestError.noReferenceGradient(loss: missing)
                }
                guard radius > 0, radius.isFinite else { throw ValidationError("--radius must be a positive number, got \(radius)") }
                if let step, !(step > 0 && step.isFinite) { throw ValidationError("--step must be a positive number, got \(step)") }
                if anchors != nil, points != nil { throw SweepCommandError.pointsWithAnchors }
                if let points {
                    guard points >= 1 else { throw SweepCommandError.tooSmall(option: "points", value: points, minimum: 1) }
                    guard points <= Self.maximumPoints else {
                        throw SweepCommandError.tooLarge(option: "points", value: points, maximum: Self.maximumPoints)
                    }
                }
                if anchors == nil { try simulation(centres: nil).validate() }
                // Per loss the errors and the final error of each point; the steps and the anchor centres.
                let pointCount = anchors == nil ? points ?? Self.defaultPoints : AnchorCentreFile.maximumCentres
                try files.requireModestData(numbers: losses.names.count * (iterations + pointCount) + iterations + 2 * pointCount)
            }
        }

        /// The number of random anchor centres without --points (the DIoU paper's).
        static let defaultPoints = 5000

        /// The protocol of the options, on `centres` when read from --anchors.
        func simulation(centres: [AnchorCentre]?) -> SimulationSettings {
            var simulation: SimulationSettings = centres.map { .diou1715k(anchorCentres: $0, iterations: iterations) }
                ?? .diou1715k(points: points ?? Self.defaultPoints, seed: seed, radius: radius, iterations: iterations)
            if let step { simulation.schedule = .constant(step) }
            simulation.optimiser = optimiser.optimiser
            return simulation
        }

        func run() throws {
            var centres: [AnchorCentre]?
            if let anchors {
                let reader: CSVReader
                do { reader = try CSVReader(path: anchors) } catch { throw AnchorFileError.input(error) }
                centres = try AnchorCentreFile.read(reader)
            }
            let boxLosses = try losses.names.map { name throws(LossOptionError) in try LossCatalogue.boxLoss(name) }
            let bar = ProgressBar(label: "simulate")
            let report = try bar.finishing {
                try SimulationReport.run(
                    losses: boxLosses, convention: gradient, simulation: simulation(centres: centres),
                    seed: anchors == nil ? seed : nil,
                    simulator: threads.map { RegressionSimulator(threads: $0) } ?? RegressionSimulator()
                ) { done, total in bar.update(done: done, total: total) }
            }

            try files.write(figure: { try look.figure(title: heading.title) { SimulationErrorChart.figure(of: report) } },
                            json: { report.json.text })
            if !files.writesStandardOutput { try StandardStreams.write(report.summary + "\n") }
        }
    }
}

/// The optimisers `--optimiser` names.
enum OptimiserChoice: String, ExpressibleByArgument, CaseIterable {
    case sgd, adam

    var optimiser: RegressionOptimiser {
        switch self {
        case .sgd: return .sgd
        case .adam: return .adamDefault
        }
    }
}
