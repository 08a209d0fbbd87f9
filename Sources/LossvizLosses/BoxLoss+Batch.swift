import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension BoxLoss {
    /// The loss of every pair `(predictions[i], targets[i])` and its gradient with
    /// respect to each prediction, reduced as torch's `reduction` argument does
    /// (`BatchReduction`; torchvision.ops.complete_box_iou_loss and friends).
    ///
    /// The losses with a lane gradient (`LaneDifferentiableBoxLoss`: iou, giou,
    /// diou, ciou, eiou, siou), also inside a `ConfiguredBoxLoss`, run four pairs
    /// per SIMD instruction on their lane form (`LaneBoxPairGeometry` on the
    /// corners, `laneEvaluation`); every other loss runs `evaluate(prediction:target:)`
    /// pair by pair. Both agree with the single-pair API to rounding (the lane
    /// forms differ in operation order and use Cephes' `atan`/`exp`; `BatchTests`
    /// pins each loss). The pairs are split into chunks of `batchChunkSize`,
    /// striped over `threads` threads; each chunk's sum is formed in the same
    /// order whatever the thread count, so the results do not depend on it.
    ///
    /// - Parameters:
    ///   - predictions: the predicted boxes.
    ///   - targets: the target boxes, one per prediction.
    ///   - reduction: `none` (one value per pair), `sum` or `mean`; the gradient of
    ///     `mean` is `dL_i/n` (as `dL_i * (1/n)`, within an ulp). An empty batch gives no values for `none` and 0 for
    ///     `sum` and `mean` (as torchvision), with no gradients.
    ///   - threads: how many threads share the chunks (default: one per core).
    /// - Throws: `BoxBatchError` when the batches differ in length or `threads < 1`.
    public func evaluate(
        predictions: BoxBatch, targets: BoxBatch, reduction: BatchReduction = .none,
        threads: Int = BoxBatch.onlineProcessorCount
    ) throws(BoxBatchError) -> BoxLossBatchEvaluation {
        guard predictions.count == targets.count else {
            throw .pairCountsDiffer(predictions: predictions.count, targets: targets.count)
        }
        guard threads >= 1 else { throw .threadCountNotPositive(threads) }
        let count = predictions.count
        let kernel = batchKernel(for: self)
        let gradientScale = reduction == .mean && count > 0 ? 1 / Double(count) : 1
        var values = [Double](repeating: 0, count: count)
        var gradients = BoxGradientBatch(zeros: count)
        let chunkCount = (count + batchChunkSize - 1) / batchChunkSize
        var chunkSums = [Double](repeating: 0, count: chunkCount)
        withBatchBuffers(predictions, targets, &values, &gradients, &chunkSums) { buffers in
            let workers = min(threads, chunkCount)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for chunk in stride(from: worker, to: chunkCount, by: workers) {
                    let range = chunk * batchChunkSize..<min(count, (chunk + 1) * batchChunkSize)
                    buffers.chunkSums[chunk] = kernel(buffers, range, gradientScale)
                }
            }
        }
        switch reduction {
        case .none:
            return BoxLossBatchEvaluation(values: values, gradients: gradients)
        case .sum:
            return BoxLossBatchEvaluation(values: [chunkSums.reduce(0, +)], gradients: gradients)
        case .mean:
            let mean = count == 0 ? 0 : chunkSums.reduce(0, +) / Double(count)
            return BoxLossBatchEvaluation(values: [mean], gradients: gradients)
        }
    }

    /// `evaluate(predictions:targets:reduction:threads:)` on arrays of boxes.
    public func evaluate(
        predictions: [Box], targets: [Box], reduction: BatchReduction = .none,
        threads: Int = BoxBatch.onlineProcessorCount
    ) throws(BoxBatchError) -> BoxLossBatchEvaluation {
        try evaluate(predictions: BoxBatch(predictions), targets: BoxBatch(targets), reduction: reduction, threads: threads)
    }
}

extension BoxBatch {
    /// The processors online (`sysconf(_SC_NPROCESSORS_ONLN)`), at least 1: the
    /// batch API's default thread count.
    public static var onlineProcessorCount: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
}

/// Pairs per chunk of the batch API: large enough that a chunk's thread hand-off
/// is negligible, small enough (16384 pairs, 1.7 MB of inputs and outputs) that
/// two cores stay busy on a modest batch.
let batchChunkSize = 16_384
