import Foundation
import LossvizSweep

extension SimulationReport {
    /// What `lossviz simulate` prints without `--data`: the total l1 error
    /// E_t at a few iterations t (1, n/4, n/2, 4n/5, n) and the largest
    /// per-point final error, one line per loss, under a header line.
    public var summary: String {
        let n = simulation.iterations
        let marks = Array(Set([1, n / 4, n / 2, (n * 4) / 5, n].filter { $0 >= 1 })).sorted()
        var lines = ["\(simulation.caseCount) cases, \(convention.rawValue) gradients; E_t = total l1 error after iteration t"]
        func row(_ cells: [String]) -> String {
            cells.map { $0.padding(toLength: max(12, $0.count + 2), withPad: " ", startingAt: 0) }.joined()
        }
        lines.append(row(["loss"] + marks.map { "E_\($0)" } + ["max point final"]))
        for result in results {
            lines.append(row([result.loss] + marks.map { String(format: "%.4g", result.error[$0 - 1]) }
                + [String(format: "%.4g", result.finalErrorPerPoint.max() ?? 0)]))
        }
        return lines.joined(separator: "\n")
    }
}
