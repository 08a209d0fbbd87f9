// lossviz-bench: the lossviz side of each benchmark in Benchmarks/.
// `Benchmarks/run NAME` runs this with NAME and the peer of the same name in
// Benchmarks/peers/, then prints both timings and their ratio.
// Each benchmark prints one line `seconds=<wall time> [key=value ...]`.
import Foundation

/// The benchmarks by name: each does its work and returns what it measured.
let benchmarks: [String: () throws -> BenchmarkResult] = [
    "batch-box-losses": batchBoxLossesBenchmark,
    "ciou-gradient": ciouGradientBenchmark,
    "field-png": fieldPNGBenchmark,
    "plot-heatmap": plotHeatmapBenchmark,
    "simulate-1715k": simulate1715kBenchmark,
]

let arguments = CommandLine.arguments.dropFirst()
guard let name = arguments.first, let run = benchmarks[name] else {
    let known = benchmarks.keys.sorted().joined(separator: ", ")
    FileHandle.standardError.write(Data("usage: lossviz-bench NAME   (NAME one of: \(known))\n".utf8))
    exit(2)
}
do {
    print(try run().line)
} catch {
    FileHandle.standardError.write(Data("lossviz-bench \(name): \(error)\n".utf8))
    exit(1)
}
