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
    let (predictions, targets) = benchmarkBoxPairs(count: pairCount)
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
