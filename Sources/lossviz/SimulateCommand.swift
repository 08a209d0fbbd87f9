import ArgumentParser
import LossvizCairo
import LossvizFigures
import Foundation
import LossvizLosses
import LossvizIO
import LossvizSweep

/// `lossviz simulate`: the DIoU paper's box-regression simulation for any box loss.
struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the box-regression simulation (SIMULATION.md) for several losses.",
        discussion: """
            The diou-1715k preset is the DIoU paper's protocol: 7 targets of area 1 at
            (10, 10) with aspect ratios 1:4 ... 4:1; anchors at --points centres drawn
            uniformly in the disc of radius 3 (seeded SplitMix64) or read from --anchors;
            7 scales x 7 shapes per target (343 cases per point, 1,715,000 in all);
            --iterations updates B <- B - eta (2 - IoU) dL/dB with eta 0.1 / 0.01 / 0.001
            for the first 80 % / next 10 % / last 10 % of the iterations (1-160 / 161-180 /
            181-200 for 200).

            --gradient reference (default) uses the DIoU authors' hand-derived update
            directions (iou, giou, diou, ciou only); autograd uses each loss's true
            gradient and works for every box loss.

            --data writes JSON: preset, gradient, cases, points, seed (null with
            --anchors), iterations, steps (eta per iteration), optimiser, initial_error,
            anchor_centres {x, y}, and per loss
            {error: [E_1 ... E_n], final_error_per_point: [...]}, where E_t is the l1
            error summed over all cases after update t and final_error_per_point sums
            each point's 343 final errors. Without --data a summary table goes to
            standard output. --output draws the error curves E_t of every loss (linear and
            log axes, as the gallery's simulation-error figure), format by extension
            (.png, .svg, .pdf). A progress bar shows on standard error when it is a terminal.

            Examples:
              lossviz simulate --data sim.json --output sim.png
              lossviz simulate --losses giou,diou,eiou,siou --gradient autograd --data auto.json
              lossviz simulate --points 500 --seed 7 --iterations 100 --data small.json
              lossviz simulate --anchors centres.csv --losses diou --data mine.json
              lossviz simulate --losses siou,wiou --gradient autograd --optimiser adam --step 0.01 --points 200 --output adam.png
            """
    )

    @Option(help: "The simulation protocol (only diou-1715k).")
    var preset = SimulationSettings.diou1715kName

    @Option(help: "Comma-separated box losses.")
    var losses = "iou,giou,diou,ciou"

    @Option(help: "Gradient convention: reference (the authors' directions) or autograd.")
    var gradient: GradientConvention = .reference

    @Option(help: "Number of random anchor centres (default 5000, at most 100000).")
    var points: Int?

    @Option(help: "Seed of the anchor draw.")
    var seed: UInt64 = SimulationSettings.defaultSeed

    @Option(help: "CSV file of anchor centres with header x,y (replaces the random draw; at most 100000 rows, |x|, |y| <= 1e50).")
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

    @Option(help: "Worker threads (default: all cores).")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup(title: "Output")
    var files: OutputFileOptions

    @OptionGroup(title: "Look")
    var look: FigureLookOptions

    @OptionGroup(title: "Look")
    var heading: FigureTitleOption

    func run() throws {
        guard preset == SimulationSettings.diou1715kName else { throw SweepCommandError.unknownPreset(preset) }
        guard iterations >= 1 else { throw SweepCommandError.tooSmall(option: "iterations", value: iterations, minimum: 1) }
        guard iterations <= Self.maximumIterations else {
            throw SweepCommandError.tooLarge(option: "iterations", value: iterations, maximum: Self.maximumIterations)
        }
        guard threads >= 1 else { throw SweepCommandError.tooSmall(option: "threads", value: threads, minimum: 1) }
        let names = SweepArguments.names(losses)
        _ = try SimulationReport.resolve(losses: names, convention: gradient)

        guard radius > 0, radius.isFinite else { throw OptionError("--radius must be a positive number, got \(radius)") }
        if let step { guard step > 0, step.isFinite else { throw OptionError("--step must be a positive number, got \(step)") } }
        var simulation: SimulationSettings
        if let anchors {
            guard points == nil else { throw SweepCommandError.pointsWithAnchors }
            let reader: CSVReader
            do { reader = try CSVReader(path: anchors) } catch { throw AnchorFileError.input(error) }
            let centres = try AnchorCentreFile.read(reader)
            simulation = .diou1715k(anchorCentres: centres, iterations: iterations)
        } else {
            let count = points ?? 5000
            guard count >= 1 else { throw SweepCommandError.tooSmall(option: "points", value: count, minimum: 1) }
            guard count <= Self.maximumPoints else {
                throw SweepCommandError.tooLarge(option: "points", value: count, maximum: Self.maximumPoints)
            }
            simulation = .diou1715k(points: count, seed: seed, radius: radius, iterations: iterations)
        }
        if let step { simulation.schedule = .constant(step) }
        simulation.optimiser = optimiser.optimiser

        let bar = ProgressBar(label: "simulate")
        let report = try SimulationReport.run(
            losses: names, convention: gradient, simulation: simulation, seed: anchors == nil ? seed : nil,
            simulator: RegressionSimulator(threads: threads)
        ) { done, total in bar.update(done: done, total: total) }
        bar.finish()

        try files.write(figure: { try look.figure(title: heading.title) { SimulationErrorChart.figure(of: report) } },
                        json: { report.json.text })
        if files.data != "-" { try StandardStreams.write(Self.summary(report) + "\n") }
    }

    /// The errors at a few iterations and the largest per-point final error, one line per loss.
    static func summary(_ report: SimulationReport) -> String {
        let n = report.simulation.iterations
        let marks = Array(Set([1, n / 4, n / 2, (n * 4) / 5, n].filter { $0 >= 1 })).sorted()
        var lines = ["\(report.simulation.caseCount) cases, \(report.convention.rawValue) gradients; E_t = total l1 error after iteration t"]
        func row(_ cells: [String]) -> String {
            cells.map { $0.padding(toLength: max(12, $0.count + 2), withPad: " ", startingAt: 0) }.joined()
        }
        lines.append(row(["loss"] + marks.map { "E_\($0)" } + ["max point final"]))
        for result in report.results {
            lines.append(row([result.loss] + marks.map { String(format: "%.4g", result.error[$0 - 1]) }
                + [String(format: "%.4g", result.finalErrorPerPoint.max() ?? 0)]))
        }
        return lines.joined(separator: "\n")
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
