import Foundation
import LossvizLosses

/// `ciou-gradient`: CIoU value and autograd gradient of 10 million box pairs.
///
/// One million random pairs (target centres uniform in [0, 100]^2, sides in
/// [1, 20]; prediction centres within +-10 of the target's, so both
/// overlapping and disjoint pairs occur) are evaluated 10 times; every value
/// and gradient is written to an output buffer, as torch materialises its loss
/// and gradient tensors. The loss comes from the catalogue and runs through a
/// `BoxLossVisitor`, the path the sweeps use, split over the available cores.
/// The peer (`peers/ciou-gradient.py`) runs torchvision's `complete_box_iou_loss`
/// and `backward()` on the same kind of pairs, vectorised, in float64.
func ciouGradientBenchmark() throws -> BenchmarkResult {
    let pairCount = 1_000_000
    let passes = 10
    var generator = BenchmarkGenerator(seed: 2024)
    var predictions: [Box] = []
    var targets: [Box] = []
    predictions.reserveCapacity(pairCount)
    targets.reserveCapacity(pairCount)
    for _ in 0..<pairCount {
        let target = Box(cx: generator.uniform(0, 100), cy: generator.uniform(0, 100), w: generator.uniform(1, 20), h: generator.uniform(1, 20))
        targets.append(target)
        predictions.append(Box(
            cx: target.cx + generator.uniform(-10, 10), cy: target.cy + generator.uniform(-10, 10),
            w: generator.uniform(1, 20), h: generator.uniform(1, 20)
        ))
    }
    var results = [BoxLossEvaluation](repeating: BoxLossEvaluation(value: 0, gradient: .zero), count: pairCount)
    let loss = try LossCatalogue.boxLoss("ciou")
    let seconds = wallTime {
        for _ in 0..<passes {
            predictions.withUnsafeBufferPointer { predictions in
                targets.withUnsafeBufferPointer { targets in
                    results.withUnsafeMutableBufferPointer { results in
                        loss.accept(ParallelEvaluation(predictions: predictions, targets: targets, results: results))
                    }
                }
            }
        }
    }
    let checksum = results.reduce(0) { $0 + $1.value + $1.gradient.x1 + $1.gradient.y1 + $1.gradient.x2 + $1.gradient.y2 }
    let pairsPerSecond = Double(pairCount * passes) / seconds
    return BenchmarkResult(seconds: seconds, extra: [("pairs_per_second", "\(Int(pairsPerSecond))"), ("checksum", "\(checksum)")])
}

/// Evaluates the visited loss on every pair, one contiguous slice per core.
/// `@unchecked Sendable`: the buffers outlive the call, inputs are only read,
/// and each slice writes a disjoint range of `results`.
private struct ParallelEvaluation: BoxLossVisitor, @unchecked Sendable {
    let predictions: UnsafeBufferPointer<Box>
    let targets: UnsafeBufferPointer<Box>
    let results: UnsafeMutableBufferPointer<BoxLossEvaluation>

    func visit<Loss: BoxLoss>(_ loss: Loss) {
        let slices = ProcessInfo.processInfo.activeProcessorCount
        let count = predictions.count
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            for i in (slice * count / slices)..<((slice + 1) * count / slices) {
                results[i] = loss.evaluate(prediction: predictions[i], target: targets[i])
            }
        }
    }
}

/// SplitMix64 with uniform doubles: reproducible benchmark inputs.
struct BenchmarkGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return lower + (upper - lower) * Double(z >> 11) / Double(1 << 53)
    }
}
