/// How a batch of per-pair losses becomes the result, as torch's `reduction`
/// argument (torchvision.ops.{generalized,distance,complete}_box_iou_loss):
/// `none` keeps one loss per pair; `sum` is `sum_i L_i`, whose gradient for
/// pair `i` is `dL_i`; `mean` is `(1/n) sum_i L_i`, whose gradient is `dL_i/n`.
/// On an empty batch `sum` and `mean` are 0, as torchvision returns
/// `0.0 * loss.sum()` rather than the NaN of an empty `mean()`.
public enum BatchReduction: String, CaseIterable, Hashable, Sendable {
    /// One loss per pair.
    case none
    /// The sum of the losses.
    case sum
    /// The mean of the losses (0 for no pairs).
    case mean
}
