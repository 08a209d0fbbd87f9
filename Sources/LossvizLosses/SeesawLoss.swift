#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `seesaw`: `L = -ln(e^{z_i} / (e^{z_i} + sum_{j != i} S_ij e^{z_j}))`, `S_ij = M_ij C_ij`.
///
/// Source: Wang et al., "Seesaw Loss for Long-Tailed Instance Segmentation",
/// CVPR 2021, Eq. 2-5, as mmdet's `seesaw_ce_loss` (mmdet/models/losses/seesaw_loss.py):
/// - mitigation `M_ij = (N_j/N_i)^p` if `N_j < N_i`, else 1, with the class
///   counts `N` clamped at 1 (`p = 0.8`);
/// - compensation `C_ij = (s_j/s_i)^q` if `s_j > s_i`, else 1, `s = softmax(z)`
///   treated as a constant and `s_i` clamped at `eps` (`q = 2`, `eps = 1e-2`);
/// - the loss is the cross-entropy of the logits `z_j + ln S_ij` (`j != i`), so
///   `dL/dz = softmax(z') - onehot(i)` with `S` constant.
/// Without class counts every class has the same count and `M = 1`.
/// (mmdet's objectness branch is not part of this loss.)
public struct SeesawLoss: MultiClassLoss {
    /// Mitigation exponent `p >= 0`.
    public var p: Double
    /// Compensation exponent `q >= 0`.
    public var q: Double
    /// Floor for the true class's score in the compensation ratio, `> 0`.
    public var eps: Double
    /// Number of training samples of each class (empty: all equal).
    public var classCounts: [Double]

    /// A seesaw loss (defaults: p 0.8, q 2, eps 1e-2, no class counts).
    public init(p: Double = 0.8, q: Double = 2, eps: Double = 1e-2, classCounts: [Double] = []) {
        self.p = p
        self.q = q
        self.eps = eps
        self.classCounts = classCounts
    }

    /// The catalogue name, `"seesaw"`.
    public var name: String { "seesaw" }

    /// The seesaw factors `S_ij` for label `i`, one per class (`S_ii = 1`).
    public func factors(label: Int, logits: [Double]) throws(ClassificationInputError) -> [Double] {
        guard !logits.isEmpty else { throw .noClasses }
        guard classCounts.isEmpty || classCounts.count == logits.count else {
            throw .classCountMismatch(expected: classCounts.count, actual: logits.count)
        }
        guard logits.indices.contains(label) else { throw .labelOutOfRange(label: label, classCount: logits.count) }
        let scores = softmax(logits).probabilities
        let ownScore = max(scores[label], eps)
        return logits.indices.map { j in
            var factor = 1.0
            if !classCounts.isEmpty {
                let ratio = max(classCounts[j], 1) / max(classCounts[label], 1)
                if ratio < 1 { factor *= pow(ratio, p) }
            }
            let scoreRatio = scores[j] / ownScore
            if scoreRatio > 1 { factor *= pow(scoreRatio, q) }
            return j == label ? 1 : factor
        }
    }

    /// Value and gradient with respect to every logit; throws for a label outside `0..<logits.count`.
    public func evaluate(label: Int, logits: [Double]) throws(ClassificationInputError) -> MultiClassLossEvaluation {
        let factors = try factors(label: label, logits: logits)
        let adjusted = zip(logits, factors).map { z, factor in z + log(factor) }
        return softmaxCrossEntropy(label: label, logits: adjusted)
    }
}
