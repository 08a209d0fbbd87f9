import Foundation
import LossvizLosses

/// `batch-box-losses`: GIoU, DIoU and CIoU value and autograd gradient of 10
/// million box pairs each, through the batch API.
///
/// The pairs of `ciou-gradient` (one million: target centres uniform in
/// [0, 100]^2, sides in [1, 20]; prediction centres within +-10 of the
/// target's), as a `BoxBatch` each, evaluated 10 times per loss with
/// `evaluate(predictions:targets:reduction: .none)`, which writes every value and
/// corner gradient, as torch materialises its loss and `prediction.grad`. The
/// peer (`peers/batch-box-losses.py`) runs torchvision's
/// `generalized_box_iou_loss`, `distance_box_iou_loss` and
/// `complete_box_iou_loss` with `backward()` on the same kind of pairs, float64, CPU.
/// Prints the total wall time and each loss's.
func batchBoxLossesBenchmark() throws -> BenchmarkResult {
    let pairCount = 1_000_000
    let passes = 10
    let (predictions, targets) = benchmarkBoxPairs(count: pairCount)
    let predictionBatch = BoxBatch(predictions), targetBatch = BoxBatch(targets)
    var total = 0.0
    var extra: [(String, String)] = []
    var checksum = 0.0
    for name in ["giou", "diou", "ciou"] {
        let loss = try LossCatalogue.boxLoss(name)
        var result = try loss.evaluate(predictions: predictionBatch, targets: targetBatch)  // warm-up, untimed
        let seconds = try wallTime {
            for _ in 0..<passes {
                result = try loss.evaluate(predictions: predictionBatch, targets: targetBatch)
            }
        }
        let g = result.gradients
        checksum += result.values.reduce(0, +) + g.x1.reduce(0, +) + g.y1.reduce(0, +) + g.x2.reduce(0, +) + g.y2.reduce(0, +)
        total += seconds
        extra.append(("\(name)_seconds", "\(seconds)"))
    }
    let pairsPerSecond = Double(3 * pairCount * passes) / total
    return BenchmarkResult(seconds: total, extra: extra + [("pairs_per_second", "\(Int(pairsPerSecond))"), ("checksum", "\(checksum)")])
}
