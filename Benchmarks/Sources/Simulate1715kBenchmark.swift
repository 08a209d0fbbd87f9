import Foundation
import Losses
import Sweep

/// `simulate-1715k`: the DIoU paper's full protocol (1,715,000 cases x 200
/// iterations) for IoU, GIoU, DIoU and CIoU with reference gradients, all cores.
/// `LOSSVIZ_SIM_POINTS=N` runs N anchor centres instead of 5000 (and says so);
/// `LOSSVIZ_SIM_THREADS=N` sets the worker count (default: all cores).
/// Besides the time it reports the cost per case-step and the error checkpoints
/// of SIMULATION.md section 2 (iterations 1, 50, 100, 160, 200).
func simulate1715kBenchmark() throws -> BenchmarkResult {
    let points = ProcessInfo.processInfo.environment["LOSSVIZ_SIM_POINTS"].flatMap(Int.init) ?? 5000
    let simulation = SimulationProtocol.diou1715k(points: points)
    let simulator = RegressionSimulator(
        threads: ProcessInfo.processInfo.environment["LOSSVIZ_SIM_THREADS"].flatMap(Int.init)
            ?? ProcessInfo.processInfo.activeProcessorCount)
    var results: [SimulationResult] = []
    var perLoss: [(String, String)] = []
    let seconds = try wallTime {
        for loss in ReferenceLoss.allCases {
            let lossSeconds = try wallTime {
                results.append(try simulator.run(simulation, direction: ReferenceDirection(loss)))
            }
            perLoss.append(("\(loss.rawValue)_seconds", String(format: "%.3f", lossSeconds)))
        }
    }
    let caseSteps = Double(simulation.caseCount * simulation.iterations * results.count)
    var extra: [(String, String)] = [
        ("cases", "\(simulation.caseCount)"),
        ("threads", "\(simulator.threads)"),
        ("ns_per_case_step", String(format: "%.2f", seconds / caseSteps * 1e9)),
    ]
    extra += perLoss
    for result in results {
        let marks = [1, 50, 100, 160, 200].filter { $0 <= result.error.count }
            .map { String(format: "%.4g", result.error[$0 - 1]) }.joined(separator: "/")
        extra.append(("\(result.loss)_E1/50/100/160/200", marks))
        extra.append(("\(result.loss)_max_point_final", String(format: "%.4g", result.finalErrorPerPoint.max() ?? 0)))
    }
    return BenchmarkResult(seconds: seconds, extra: extra)
}
