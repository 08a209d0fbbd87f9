import Foundation

/// What one benchmark measured: its wall time and any derived figures.
struct BenchmarkResult {
    var seconds: Double
    var extra: [(String, String)] = []

    /// `seconds=... key=value ...`, the line `Benchmarks/run` parses.
    var line: String {
        (["seconds=\(seconds)"] + extra.map { "\($0.0)=\($0.1)" }).joined(separator: " ")
    }
}

/// Wall time of `body` in seconds, on the monotonic clock.
func wallTime(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}
