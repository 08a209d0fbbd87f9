import Foundation
import LossvizLosses
import LossvizTestSupport
import Testing

/// A prediction and a target, both in centre form `(x, y, w, h)`.
private struct CentrePair {
    var x, y, w, h: Double
    var tx, ty, tw, th: Double

    var prediction: Box { Box(cx: x, cy: y, w: w, h: h) }
    var target: Box { Box(cx: tx, cy: ty, w: tw, h: th) }
}

/// Adversarial pairs: every prediction whose corners come from a set of dyadic
/// values (exact in binary, so the corners `x -/+ w/2` are exact) against two
/// targets whose corners are in the set. They cover disjoint, touching, nested,
/// identical and crossing boxes, ties on every `min`/`max` of the intersection
/// and the enclosing box, equal widths or heights (`max(w, w_t)` ties), and
/// coinciding centres (`rho^2 = 0`).
private let adversarialPairs: [CentrePair] = {
    let values: [Double] = [-3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3]
    let sides = values.indices.flatMap { i in values.indices.filter { $0 > i }.map { (values[i], values[$0]) } }
    let targets: [(Double, Double, Double, Double)] = [(0, 0, 2, 2), (0.25, -0.5, 1.5, 3)]  // corners in `values`
    return targets.flatMap { t in
        sides.flatMap { horizontal in
            sides.map { vertical in
                CentrePair(x: (horizontal.0 + horizontal.1) / 2, y: (vertical.0 + vertical.1) / 2,
                           w: horizontal.1 - horizontal.0, h: vertical.1 - vertical.0,
                           tx: t.0, ty: t.1, tw: t.2, th: t.3)
            }
        }
    }
}()

/// Random pairs, seeded: overlapping and (a quarter) far apart, varied aspect ratios.
private let randomPairs: [CentrePair] = {
    var generator = SeededGenerator(seed: 1715)
    return (0..<2000).map { index in
        let tw = Double.random(in: 0.2...4, using: &generator), th = Double.random(in: 0.2...4, using: &generator)
        let tx = Double.random(in: -5...5, using: &generator), ty = Double.random(in: -5...5, using: &generator)
        let reach = index % 4 == 3 ? 6.0 : 0.6
        return CentrePair(
            x: tx + Double.random(in: -reach...reach, using: &generator) * tw,
            y: ty + Double.random(in: -reach...reach, using: &generator) * th,
            w: tw * Double.random(in: 0.2...3, using: &generator), h: th * Double.random(in: 0.2...3, using: &generator),
            tx: tx, ty: ty, tw: tw, th: th)
    }
}()

/// The losses with a lane gradient, in the configurations the tests cover.
private let laneLosses: [(String, any LaneDifferentiableBoxLoss)] = [
    ("iou", IoULoss()), ("iou eps 1e-3", IoULoss(eps: 1e-3)),
    ("giou", GeneralizedIoULoss()), ("giou eps 1e-3", GeneralizedIoULoss(eps: 1e-3)),
    ("diou", DistanceIoULoss()), ("diou eps 1e-3", DistanceIoULoss(eps: 1e-3)),
    ("ciou", CompleteIoULoss()), ("ciou alpha-gate", CompleteIoULoss(alphaGate: true)),
    ("ciou eps 1e-3", CompleteIoULoss(eps: 1e-3)),
    ("eiou", EfficientIoULoss()), ("eiou eps 1e-3", EfficientIoULoss(eps: 1e-3)),
    ("siou", SCYLLAIoULoss()), ("siou theta 1", SCYLLAIoULoss(theta: 1)),
    ("siou theta 2.5 (pow lane by lane)", SCYLLAIoULoss(theta: 2.5)), ("siou eps 1e-3", SCYLLAIoULoss(eps: 1e-3)),
]

/// The lane gradient for one pair, with `T = Double`.
private func scalarLaneGradient(_ loss: some LaneDifferentiableBoxLoss, _ p: CentrePair) -> [Double] {
    let target = ReferenceTarget(x: p.tx, y: p.ty, w: p.tw, h: p.th)
    let g = loss.laneGradient(LaneBoxPairGeometry(x: p.x, y: p.y, w: p.w, h: p.h, target: target))
    return [g.x, g.y, g.w, g.h]
}

/// The lane gradients of four pairs in the lanes of one `SIMD4<Double>`.
private func simdLaneGradients(_ loss: some LaneDifferentiableBoxLoss, _ pairs: ArraySlice<CentrePair>) -> [[Double]] {
    func lanes(_ value: (CentrePair) -> Double) -> SIMD4<Double> {
        var v = SIMD4<Double>(repeating: 0)
        for (lane, pair) in pairs.enumerated() { v[lane] = value(pair) }
        return v
    }
    let target = ReferenceTarget(x: lanes(\.tx), y: lanes(\.ty), w: lanes(\.tw), h: lanes(\.th))
    let g = loss.laneGradient(LaneBoxPairGeometry(x: lanes(\.x), y: lanes(\.y), w: lanes(\.w), h: lanes(\.h),
                                                  target: target))
    return (0..<pairs.count).map { [g.x[$0], g.y[$0], g.w[$0], g.h[$0]] }
}

@Suite("Lane gradients against the BoxDual losses")
struct LaneGradientTests {
    /// Every lane gradient equals the library loss's `evaluate` gradient (forward-mode
    /// duals, taken to centre form) to `1e-12 max(1, |g|)` on 2,000 random and 6,050
    /// adversarial pairs - same eps placement, same tie shares at every min/max kink,
    /// same detached alpha.
    @Test func agreesWithEvaluate() {
        let tolerance = 1e-12
        for (label, loss) in laneLosses {
            var worst = 0.0, worstPair: CentrePair?
            for pair in adversarialPairs + randomPairs {
                let expected = loss.evaluate(prediction: pair.prediction, target: pair.target).gradient.centreForm
                for (ours, theirs) in zip(scalarLaneGradient(loss, pair), expected) {
                    let excess = abs(ours - theirs) / (tolerance * max(1, abs(theirs)))
                    if !(excess <= worst) {
                        worst = excess.isNaN ? .infinity : excess
                        worstPair = pair
                    }
                }
            }
            #expect(worst <= 1, "\(label): worst difference \(worst) x tolerance at \(String(describing: worstPair))")
        }
    }

    /// The bits of `value` with -0 taken as +0 (`-0 + 0 = +0`).
    static func bitsUpToZeroSign(_ value: Double) -> UInt64 { (value + 0).bitPattern }

    /// The SIMD lanes give bit for bit the `Double` result of each lane's pair, up to
    /// the sign of zero (SIMD negation computes `0 - a`, which is +0 where `-a` is -0).
    @Test func simdLanesMatchScalar() {
        let pairs = Array(adversarialPairs.prefix(400) + randomPairs.prefix(400))
        for (label, loss) in laneLosses {
            var mismatches = 0
            for start in stride(from: 0, to: pairs.count, by: 4) {
                let group = pairs[start..<min(start + 4, pairs.count)]
                for (pair, lanes) in zip(group, simdLaneGradients(loss, group)) {
                    if lanes.map(Self.bitsUpToZeroSign) != scalarLaneGradient(loss, pair).map(Self.bitsUpToZeroSign) {
                        mismatches += 1
                    }
                }
            }
            #expect(mismatches == 0, "\(label): \(mismatches) pairs differ between SIMD4 and Double")
        }
    }

    /// `plainIoU` is bit for bit the authors' `referencePlainIoU` (the step factor's IoU).
    @Test func plainIoUIsTheReferenceOne() {
        for p in adversarialPairs + randomPairs {
            let target = ReferenceTarget(x: p.tx, y: p.ty, w: p.tw, h: p.th)
            let ours = LaneBoxPairGeometry(x: p.x, y: p.y, w: p.w, h: p.h, target: target).plainIoU
            let theirs = referencePlainIoU(x: p.x, y: p.y, w: p.w, h: p.h, target: target)
            #expect(ours.bitPattern == theirs.bitPattern, "\(p): \(ours) vs \(theirs)")
        }
    }

    /// `laneExponential` against the platform's `exp`: within 4e-16 relative
    /// where `e^x` is a normal number (random points, integers, the reduction's edges,
    /// the ends of the range), within one subnormal step below; 0 and infinity beyond
    /// the range, NaN for NaN; `e^0 = 1` exactly; the same in SIMD lanes.
    @Test func exponentialAgreesWithLibm() {
        var generator = SeededGenerator(seed: 7)
        var points = (0..<5000).map { _ in Double.random(in: -708...709.78, using: &generator) }
        points += (0..<5000).map { _ in Double.random(in: -3...1, using: &generator) }
        points += (-708...709).map(Double.init) + [-0.34657359027997264, 0.34657359027997264, 709.78, -708.39, 1e-300]
        var worst = 0.0
        for x in points {
            let expected = exp(x)
            worst = max(worst, abs(laneExponential(x) - expected) / expected)
        }
        #expect(worst <= 4e-16, "worst relative error \(worst)")
        for x in [-709.5, -720.0, -740.0, -745.0] {
            #expect(abs(laneExponential(x) - exp(x)) <= Double.leastNonzeroMagnitude, "\(x)")
        }
        #expect(laneExponential(0.0) == 1)
        #expect(laneExponential(-750.0) == 0 && laneExponential(-Double.infinity) == 0)
        #expect(laneExponential(709.79) == .infinity && laneExponential(Double.infinity) == .infinity)
        #expect(laneExponential(Double.nan).isNaN)
        let lanes = laneExponential(SIMD4<Double>(-1, 0.5, -750, 750))
        #expect(lanes[0] == laneExponential(-1.0) && lanes[1] == laneExponential(0.5))
        #expect(lanes[2] == 0 && lanes[3] == .infinity)
    }

    /// The kink slopes: `maximumSlope` is 1, 1/2, 0 for `a >, ==, < b`; `sign(0) = 0`.
    @Test func kinkSlopes() {
        #expect(Double.maximumSlope(2, 1) == 1 && Double.maximumSlope(1, 1) == 0.5 && Double.maximumSlope(0, 1) == 0)
        #expect(Double.sign(3) == 1 && Double.sign(-3) == -1 && Double.sign(0) == 0 && Double.sign(-0.0) == 0)
        let slopes = SIMD4<Double>.maximumSlope(SIMD4(2, 1, 0, -1), SIMD4(1, 1, 1, -1))
        #expect(slopes == SIMD4(1, 0.5, 0, 0.5))
    }
}
