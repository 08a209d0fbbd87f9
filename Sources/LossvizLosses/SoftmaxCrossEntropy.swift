#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `softmax(z)_j = e^{z_j - m} / sum_k e^{z_k - m}` with `m` the largest logit,
/// and `ln sum_j e^{z_j}`; no exponential overflows.
@usableFromInline
func softmax(_ logits: [Double]) -> (probabilities: [Double], logSumExp: Double) {
    let largest = logits.max() ?? 0
    let exponentials = logits.map { exp($0 - largest) }
    let total = exponentials.reduce(0, +)
    return (exponentials.map { $0 / total }, largest + log(total))
}

/// Softmax cross-entropy `L = logsumexp(z) - z_i`, `dL/dz_j = softmax(z)_j - [j = i]`.
@usableFromInline
func softmaxCrossEntropy(label: Int, logits: [Double]) -> MultiClassLossEvaluation {
    var (gradient, logSumExp) = softmax(logits)
    gradient[label] -= 1
    return MultiClassLossEvaluation(value: logSumExp - logits[label], gradient: gradient)
}
