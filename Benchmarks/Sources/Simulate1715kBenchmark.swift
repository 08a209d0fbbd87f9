import Foundation
import LossvizLosses
import LossvizSweep

/// `simulate-1715k`: the DIoU paper's full protocol (1,715,000 cases x 200
/// iterations), all cores: IoU, GIoU, DIoU and CIoU with reference gradients (the
/// peer's workload, timed as `seconds`), then IoU, GIoU, DIoU, CIoU, EIoU and SIoU
/// with their autograd gradients through `run(_:autograd:)` (the gallery's path;
/// lane gradients), timed as `autograd_wall`.
///
/// Environment:
/// - `LOSSVIZ_SIM_POINTS=N` runs N anchor centres instead of 5000 (the output
///   says `points=N`; seconds are then for the smaller run, not extrapolated);
/// - `LOSSVIZ_SIM_THREADS=N` sets the worker count (default: all cores);
/// - `LOSSVIZ_SIM_GRADIENT=reference` or `=autograd` runs only that convention
///   (`seconds` is then that convention's time; only `reference` has a peer).
///
/// Besides the times it reports the cost per case-step of every run, the
/// floating-point operations per case-step of each reference direction (counted by
/// running it on `FlopCountingDouble`), and the error checkpoints of docs/simulation.md
/// section 2 (iterations 1, 50, 100, 160, 200).
func simulate1715kBenchmark() throws -> BenchmarkResult {
    let environment = ProcessInfo.processInfo.environment
    let points = environment["LOSSVIZ_SIM_POINTS"].flatMap(Int.init) ?? 5000
    let only = environment["LOSSVIZ_SIM_GRADIENT"].flatMap(GradientConvention.init(rawValue:))
    let simulation = SimulationSettings.diou1715k(points: points)
    let simulator = RegressionSimulator(
        threads: environment["LOSSVIZ_SIM_THREADS"].flatMap(Int.init) ?? ProcessInfo.processInfo.activeProcessorCount)
    let caseSteps = Double(simulation.caseCount * simulation.iterations)
    func nanoseconds(_ seconds: Double, runs: Int) -> String {
        String(format: "%.2f", seconds / (caseSteps * Double(runs)) * 1e9)
    }
    var extra: [(String, String)] = [
        ("points", "\(points)"), ("cases", "\(simulation.caseCount)"), ("threads", "\(simulator.threads)"),
    ]
    var results: [(prefix: String, result: SimulationResult)] = []
    var timed: [Double] = []

    if only != .autograd {
        var perLoss: [(String, String)] = []
        let seconds = try wallTime {
            for loss in ReferenceLoss.allCases {
                let lossSeconds = try wallTime {
                    results.append(("", try simulator.run(simulation, direction: ReferenceDirection(loss))))
                }
                let flops = referenceStepFlops(loss)
                perLoss += [
                    ("\(loss.rawValue)_wall", String(format: "%.3f", lossSeconds)),
                    ("\(loss.rawValue)_ns_per_case_step", nanoseconds(lossSeconds, runs: 1)),
                    ("\(loss.rawValue)_flops_per_case_step", "\(flops)"),
                    ("\(loss.rawValue)_gflops", String(format: "%.2f", Double(flops) * caseSteps / lossSeconds / 1e9)),
                ]
            }
        }
        timed.append(seconds)
        extra += [("reference_wall", String(format: "%.3f", seconds)),
                  ("ns_per_case_step", nanoseconds(seconds, runs: ReferenceLoss.allCases.count))] + perLoss
    }
    if only != .reference {
        let names = ["iou", "giou", "diou", "ciou", "eiou", "siou"]
        var perLoss: [(String, String)] = []
        var paperLossSeconds = 0.0
        let seconds = try wallTime {
            for name in names {
                let loss = try LossCatalogue.boxLoss(name)
                let lossSeconds = try wallTime {
                    results.append(("autograd_", try simulator.run(simulation, autograd: loss)))
                }
                if ReferenceLoss(rawValue: name) != nil { paperLossSeconds += lossSeconds }
                perLoss += [
                    ("autograd_\(name)_wall", String(format: "%.3f", lossSeconds)),
                    ("autograd_\(name)_ns_per_case_step", nanoseconds(lossSeconds, runs: 1)),
                ]
            }
        }
        timed.append(seconds)
        extra += [
            ("autograd_wall", String(format: "%.3f", seconds)),
            ("autograd_ns_per_case_step", nanoseconds(seconds, runs: names.count)),
            ("autograd_iou_giou_diou_ciou_ns_per_case_step",
             nanoseconds(paperLossSeconds, runs: ReferenceLoss.allCases.count)),
        ] + perLoss
    }
    for (prefix, result) in results {
        let marks = [1, 50, 100, 160, 200].filter { $0 <= result.error.count }
            .map { String(format: "%.4g", result.error[$0 - 1]) }.joined(separator: "/")
        extra.append(("\(prefix)\(result.loss)_E1/50/100/160/200", marks))
        extra.append(("\(prefix)\(result.loss)_max_point_final", String(format: "%.4g", result.finalErrorPerPoint.max() ?? 0)))
    }
    return BenchmarkResult(seconds: timed.first ?? 0, extra: extra)
}

/// Floating-point operations (add, subtract, multiply, divide, square root) of one
/// simulation step of `loss`: `referenceStep` (the direction and the plain IoU of
/// the `(2 - IoU)` factor) counted on `FlopCountingDouble`, plus the update
/// `x <- x - (eta (2 - IoU)) g` (2 + 8) and the l1 error with its accumulation
/// (8; absolute values are bit operations and not counted).
func referenceStepFlops(_ loss: ReferenceLoss) -> Int {
    FlopCountingDouble.count = 0
    let box = (x: FlopCountingDouble(10.4), y: FlopCountingDouble(9.3), w: FlopCountingDouble(1.2), h: FlopCountingDouble(0.8))
    let target = ReferenceTarget(x: FlopCountingDouble(10), y: FlopCountingDouble(10),
                                 w: FlopCountingDouble(1), h: FlopCountingDouble(1), aspectAngle: FlopCountingDouble(0.7))
    FlopCountingDouble.count = 0
    _ = referenceStep(loss, x: box.x, y: box.y, w: box.w, h: box.h, target: target)
    return FlopCountingDouble.count + 2 + 8 + 8
}

/// A `Double` that counts its arithmetic operations (one lane; benchmark use only).
struct FlopCountingDouble: LaneArithmetic {
    nonisolated(unsafe) static var count = 0
    var value: Double

    init(_ value: Double) { self.value = value }
    init(broadcast value: Double) { self.value = value }
    static var laneCount: Int { 1 }
    func lane(_ index: Int) -> Double { value }
    mutating func setLane(_ index: Int, to value: Double) { self.value = value }

    private static func counted(_ value: Double) -> Self {
        count += 1
        return Self(value)
    }

    static func + (a: Self, b: Self) -> Self { counted(a.value + b.value) }
    static func - (a: Self, b: Self) -> Self { counted(a.value - b.value) }
    static func * (a: Self, b: Self) -> Self { counted(a.value * b.value) }
    static func / (a: Self, b: Self) -> Self { counted(a.value / b.value) }
    static prefix func - (a: Self) -> Self { Self(-a.value) }
    static func magnitude(_ a: Self) -> Self { Self(abs(a.value)) }
    static func minimum(_ a: Self, _ b: Self) -> Self { Self(Double.minimum(a.value, b.value)) }
    static func maximum(_ a: Self, _ b: Self) -> Self { Self(Double.maximum(a.value, b.value)) }
    static func squareRoot(_ a: Self) -> Self { counted(a.value.squareRoot()) }
    static func powerOfTwo(_ n: Self) -> Self { Self(Double.powerOfTwo(n.value)) }
    static func load(_ pointer: UnsafePointer<Double>) -> Self { Self(pointer.pointee) }
    func store(to pointer: UnsafeMutablePointer<Double>) { pointer.pointee = value }
    static func isLess(_ a: Self, _ b: Self) -> Bool { a.value < b.value }
    static func select(_ condition: Bool, _ whenTrue: Self, _ whenFalse: Self) -> Self { condition ? whenTrue : whenFalse }
    static func select(_ first: Bool, _ second: Bool, _ whenBoth: Self, _ otherwise: Self) -> Self {
        first && second ? whenBoth : otherwise
    }
}
