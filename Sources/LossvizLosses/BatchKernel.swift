/// The raw storage a batch evaluation reads and writes: the corners of the
/// predictions and targets, the per-pair values, the corner gradients and one
/// sum per chunk. `@unchecked Sendable`: the arrays behind the pointers outlive
/// the evaluation, inputs are only read, and each chunk writes its own disjoint
/// ranges (its pairs and its chunk sum).
struct BatchBuffers: @unchecked Sendable {
    let predictionX1, predictionY1, predictionX2, predictionY2: UnsafePointer<Double>
    let targetX1, targetY1, targetX2, targetY2: UnsafePointer<Double>
    let values: UnsafeMutablePointer<Double>
    let gradientX1, gradientY1, gradientX2, gradientY2: UnsafeMutablePointer<Double>
    let chunkSums: UnsafeMutablePointer<Double>
}

/// Evaluates the pairs of `range`, writes their values and gradients (scaled by
/// the third argument) and returns the sum of their values.
typealias BatchKernel = @Sendable (BatchBuffers, Range<Int>, Double) -> Double

/// Runs `body` with the storage of the batch's arrays (none of which may be empty
/// for `baseAddress`, so empty arrays point at a one-element placeholder).
func withBatchBuffers(
    _ predictions: BoxBatch, _ targets: BoxBatch, _ values: inout [Double],
    _ gradients: inout BoxGradientBatch, _ chunkSums: inout [Double], _ body: (BatchBuffers) -> Void
) {
    guard !predictions.isEmpty else { return }
    predictions.x1.withUnsafeBufferPointer { px1 in
    predictions.y1.withUnsafeBufferPointer { py1 in
    predictions.x2.withUnsafeBufferPointer { px2 in
    predictions.y2.withUnsafeBufferPointer { py2 in
    targets.x1.withUnsafeBufferPointer { tx1 in
    targets.y1.withUnsafeBufferPointer { ty1 in
    targets.x2.withUnsafeBufferPointer { tx2 in
    targets.y2.withUnsafeBufferPointer { ty2 in
    values.withUnsafeMutableBufferPointer { v in
    gradients.x1.withUnsafeMutableBufferPointer { gx1 in
    gradients.y1.withUnsafeMutableBufferPointer { gy1 in
    gradients.x2.withUnsafeMutableBufferPointer { gx2 in
    gradients.y2.withUnsafeMutableBufferPointer { gy2 in
    chunkSums.withUnsafeMutableBufferPointer { sums in
        body(BatchBuffers(
            predictionX1: px1.baseAddress!, predictionY1: py1.baseAddress!,
            predictionX2: px2.baseAddress!, predictionY2: py2.baseAddress!,
            targetX1: tx1.baseAddress!, targetY1: ty1.baseAddress!,
            targetX2: tx2.baseAddress!, targetY2: ty2.baseAddress!,
            values: v.baseAddress!,
            gradientX1: gx1.baseAddress!, gradientY1: gy1.baseAddress!,
            gradientX2: gx2.baseAddress!, gradientY2: gy2.baseAddress!,
            chunkSums: sums.baseAddress!
        ))
    }}}}}}}}}}}}}}
}

/// The kernel for `loss`: its lane form four pairs at a time where it has one
/// (also through `ConfiguredBoxLoss`), else its scalar `evaluate`. The cases name
/// the concrete types so that each lane kernel is specialised for its loss (a
/// call through `any LaneDifferentiableBoxLoss` would run generic SIMD code).
func batchKernel<Loss: BoxLoss>(for loss: Loss) -> BatchKernel {
    switch loss {
    case let loss as IoULoss: return { laneBatch(loss, $0, $1, $2) }
    case let loss as GeneralizedIoULoss: return { laneBatch(loss, $0, $1, $2) }
    case let loss as DistanceIoULoss: return { laneBatch(loss, $0, $1, $2) }
    case let loss as CompleteIoULoss: return { laneBatch(loss, $0, $1, $2) }
    case let loss as EfficientIoULoss: return { laneBatch(loss, $0, $1, $2) }
    case let loss as SCYLLAIoULoss: return { laneBatch(loss, $0, $1, $2) }
    case let loss as ConfiguredBoxLoss: return loss.accept(BatchKernelChoice())
    default: return { scalarBatch(loss, $0, $1, $2) }
    }
}

/// `batchKernel(for:)` on the loss a `ConfiguredBoxLoss` holds.
private struct BatchKernelChoice: BoxLossVisitor {
    func visit<Loss: BoxLoss>(_ loss: Loss) -> BatchKernel { batchKernel(for: loss) }
}

/// The pairs of `range` one by one through `evaluate(prediction:target:)`.
func scalarBatch<Loss: BoxLoss>(_ loss: Loss, _ b: BatchBuffers, _ range: Range<Int>, _ scale: Double) -> Double {
    var sum = 0.0
    for i in range {
        let e = loss.evaluate(
            prediction: Box(x1: b.predictionX1[i], y1: b.predictionY1[i], x2: b.predictionX2[i], y2: b.predictionY2[i]),
            target: Box(x1: b.targetX1[i], y1: b.targetY1[i], x2: b.targetX2[i], y2: b.targetY2[i])
        )
        b.values[i] = e.value
        b.gradientX1[i] = scale * e.gradient.x1
        b.gradientY1[i] = scale * e.gradient.y1
        b.gradientX2[i] = scale * e.gradient.x2
        b.gradientY2[i] = scale * e.gradient.y2
        sum += e.value
    }
    return sum
}

/// The pairs of `range` four at a time in `SIMD4<Double>` lanes through the
/// loss's `laneEvaluation`, the last `count % 4` one at a time in `Double` (the
/// same formulas, so no padding lanes are ever computed). The centre-form
/// gradient goes to corners as `BoxGradient(cx:cy:w:h:)` does:
/// `dL/dx1 = dL/dx/2 - dL/dw`, `dL/dx2 = dL/dx/2 + dL/dw`.
func laneBatch<Loss: LaneDifferentiableBoxLoss>(
    _ loss: Loss, _ b: BatchBuffers, _ range: Range<Int>, _ scale: Double
) -> Double {
    var sums = SIMD4<Double>(repeating: 0)
    var i = range.lowerBound
    while i + 4 <= range.upperBound {
        sums += lanePairs(loss, b, at: i, scale: SIMD4<Double>(repeating: scale))
        i += 4
    }
    var sum = sums.sum()
    while i < range.upperBound {
        sum += lanePairs(loss, b, at: i, scale: scale) as Double
        i += 1
    }
    return sum
}

/// Evaluates the `T.laneCount` pairs from `index` on, stores their values and
/// scaled corner gradients, and returns their values.
@inline(__always)
func lanePairs<Loss: LaneDifferentiableBoxLoss, T: LaneArithmetic>(
    _ loss: Loss, _ b: BatchBuffers, at index: Int, scale: T
) -> T {
    let geometry = LaneBoxPairGeometry<T>(
        x1: T.load(b.predictionX1 + index), y1: T.load(b.predictionY1 + index),
        x2: T.load(b.predictionX2 + index), y2: T.load(b.predictionY2 + index),
        targetX1: T.load(b.targetX1 + index), targetY1: T.load(b.targetY1 + index),
        targetX2: T.load(b.targetX2 + index), targetY2: T.load(b.targetY2 + index)
    )
    let evaluation = loss.laneEvaluation(geometry)
    let g = evaluation.gradient
    let half = T(broadcast: 0.5)
    let centreX = g.x * half, centreY = g.y * half
    (evaluation.value).store(to: b.values + index)
    (scale * (centreX - g.w)).store(to: b.gradientX1 + index)
    (scale * (centreY - g.h)).store(to: b.gradientY1 + index)
    (scale * (centreX + g.w)).store(to: b.gradientX2 + index)
    (scale * (centreY + g.h)).store(to: b.gradientY2 + index)
    return evaluation.value
}
