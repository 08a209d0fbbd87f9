import LossvizLosses
import LossvizTestSupport
import Testing

/// The batch API (`BoxLoss.evaluate(predictions:targets:reduction:threads:)`):
/// every box loss of the catalogue gives, pair for pair, the single-pair API's
/// value and gradient; the reductions are torch's; empty and mismatched batches
/// behave as documented.
@Suite struct BatchTests {
    /// Random pairs, seeded: a quarter far apart, the rest overlapping, varied
    /// aspect ratios; 1003 pairs, so the SIMD kernels also run their 3-pair tail,
    /// and more than one chunk is not needed for agreement (see `chunksAndThreads`).
    static func randomPairs(_ count: Int, seed: UInt64) -> (predictions: [Box], targets: [Box]) {
        var generator = SeededGenerator(seed: seed)
        var predictions: [Box] = [], targets: [Box] = []
        for index in 0..<count {
            let tw = Double.random(in: 0.2...4, using: &generator), th = Double.random(in: 0.2...4, using: &generator)
            let tx = Double.random(in: -5...5, using: &generator), ty = Double.random(in: -5...5, using: &generator)
            let reach = index % 4 == 3 ? 6.0 : 0.6
            targets.append(Box(cx: tx, cy: ty, w: tw, h: th))
            predictions.append(Box(
                cx: tx + Double.random(in: -reach...reach, using: &generator) * tw,
                cy: ty + Double.random(in: -reach...reach, using: &generator) * th,
                w: tw * Double.random(in: 0.2...3, using: &generator), h: th * Double.random(in: 0.2...3, using: &generator)))
        }
        return (predictions, targets)
    }

    /// Every box loss of the catalogue, default options.
    static let boxLosses: [ConfiguredBoxLoss] = LossCatalogue.descriptors
        .filter { $0.kind == .box }
        .map { try! LossCatalogue.boxLoss($0.name) }

    /// The lane kernels reorder the arithmetic and use Cephes' `atan`/`exp`; 1e-12
    /// of the larger magnitude, or 1e-13 absolute where terms cancel, bounds that.
    static func agree(_ batch: Double, _ single: Double) -> Bool {
        batch.agreesIncludingNaN(with: single, absoluteTolerance: 1e-13, relativeTolerance: 1e-12)
    }

    /// Every number of `evaluation` as bits (so that NaN equals NaN).
    static func bits(_ evaluation: BoxLossBatchEvaluation) -> [UInt64] {
        let g = evaluation.gradients
        return (evaluation.values + g.x1 + g.y1 + g.x2 + g.y2).map(\.bitPattern)
    }

    @Test(arguments: boxLosses.map(\.name))
    func batchAgreesWithTheSinglePairAPI(name: String) throws {
        let loss = try LossCatalogue.boxLoss(name)
        let (predictions, targets) = Self.randomPairs(1003, seed: 12)
        let batch = try loss.evaluate(predictions: predictions, targets: targets)
        #expect(batch.values.count == predictions.count && batch.gradients.count == predictions.count)
        var worst = (index: -1, what: "")
        for i in predictions.indices {
            let single = loss.evaluate(prediction: predictions[i], target: targets[i])
            let pairs = [("value", batch.values[i], single.value),
                         ("dx1", batch.gradients.x1[i], single.gradient.x1), ("dy1", batch.gradients.y1[i], single.gradient.y1),
                         ("dx2", batch.gradients.x2[i], single.gradient.x2), ("dy2", batch.gradients.y2[i], single.gradient.y2)]
            for (what, b, s) in pairs where !Self.agree(b, s) {
                worst = (i, "\(what): batch \(b), single \(s)")
            }
        }
        #expect(worst.index == -1, "\(name), pair \(worst.index): \(worst.what)")
    }

    @Test(arguments: boxLosses.map(\.name))
    func theConcreteLossAndItsConfigurationGiveTheSameBits(name: String) throws {
        let configured = try LossCatalogue.boxLoss(name)
        let (predictions, targets) = Self.randomPairs(101, seed: 5)
        let viaConfiguration = try configured.evaluate(predictions: predictions, targets: targets)
        let viaConcreteType = try configured.loss.evaluate(predictions: predictions, targets: targets)
        #expect(Self.bits(viaConfiguration) == Self.bits(viaConcreteType))
    }

    @Test func chunksAndThreadsDoNotChangeTheResult() throws {
        // 40,000 pairs: three chunks, the last one partial.
        let (predictions, targets) = Self.randomPairs(40_000, seed: 99)
        let batchP = BoxBatch(predictions), batchT = BoxBatch(targets)
        for loss in [try LossCatalogue.boxLoss("ciou"), try LossCatalogue.boxLoss("wiou")] {
            for reduction in BatchReduction.allCases {
                let one = try loss.evaluate(predictions: batchP, targets: batchT, reduction: reduction, threads: 1)
                let three = try loss.evaluate(predictions: batchP, targets: batchT, reduction: reduction, threads: 3)
                #expect(Self.bits(one) == Self.bits(three), "\(loss.name) \(reduction)")
            }
        }
    }

    @Test(arguments: ["giou", "ciou", "mpdiou"])
    func reductionsAreTorchs(name: String) throws {
        let loss = try LossCatalogue.boxLoss(name)
        let (predictions, targets) = Self.randomPairs(257, seed: 3)
        let none = try loss.evaluate(predictions: predictions, targets: targets, reduction: .none)
        let sum = try loss.evaluate(predictions: predictions, targets: targets, reduction: .sum)
        let mean = try loss.evaluate(predictions: predictions, targets: targets, reduction: .mean)
        let total = none.values.reduce(0, +)
        #expect(sum.values.count == 1 && mean.values.count == 1)
        #expect(sum.value!.isApproximatelyEqual(to: total, absoluteTolerance: 0, relativeTolerance: 1e-14))
        #expect(mean.value!.isApproximatelyEqual(to: total / 257, absoluteTolerance: 0, relativeTolerance: 1e-14))
        // The sum's gradient is each pair's own; the mean's is divided by n.
        #expect(sum.gradients == none.gradients)
        for i in 0..<257 {
            for (m, n) in [(mean.gradients.x1[i], none.gradients.x1[i]), (mean.gradients.y1[i], none.gradients.y1[i]),
                           (mean.gradients.x2[i], none.gradients.x2[i]), (mean.gradients.y2[i], none.gradients.y2[i])] {
                #expect(m.isApproximatelyEqual(to: n / 257, absoluteTolerance: 0, relativeTolerance: 2 * Double.ulpOfOne))
            }
        }
    }

    @Test func anEmptyBatchHasNoPairsAndReducesToZeroAsTorchvision() throws {
        let loss = try LossCatalogue.boxLoss("diou")
        let none = try loss.evaluate(predictions: [Box](), targets: [], reduction: .none)
        #expect(none.values.isEmpty && none.gradients.count == 0)
        for reduction in [BatchReduction.sum, .mean] {
            let reduced = try loss.evaluate(predictions: [Box](), targets: [], reduction: reduction)
            #expect(reduced.values == [0] && reduced.gradients.count == 0, "\(reduction)")
        }
    }

    @Test func mismatchedBatchesAreRejected() throws {
        let loss = try LossCatalogue.boxLoss("giou")
        let box = Box(x1: 0, y1: 0, x2: 1, y2: 1)
        #expect(throws: BoxBatchError.pairCountsDiffer(predictions: 2, targets: 1)) {
            try loss.evaluate(predictions: [box, box], targets: [box])
        }
        #expect(throws: BoxBatchError.coordinateLengthsDiffer(x1: 2, y1: 2, x2: 1, y2: 2)) {
            try BoxBatch(x1: [0, 1], y1: [0, 1], x2: [1], y2: [1, 2])
        }
        #expect(throws: BoxBatchError.threadCountNotPositive(0)) {
            try loss.evaluate(predictions: [box], targets: [box], threads: 0)
        }
        #expect(BoxBatchError.pairCountsDiffer(predictions: 2, targets: 1).description
            == "2 predictions but 1 targets; a batch pairs prediction i with target i")
    }
}
