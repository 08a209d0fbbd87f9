import LossvizTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import LossvizLosses

/// The authors' toy script (simple_test.m): 200 steps of
/// `B <- B + eta (2 - IoU) d(B)` with eta 0.1 / 0.01 / 0.001 for iterations
/// 1-160 / 161-180 / 181-200, returning the box after `steps` steps and the l1
/// error summed over every iteration.
private func toyRun(
    _ loss: ReferenceLoss, from start: (Double, Double, Double, Double),
    target: (Double, Double, Double, Double) = (10, 10, 1, 1), steps: Int = 200
) -> (box: (x: Double, y: Double, w: Double, h: Double), total: Double) {
    var (x, y, w, h) = start
    let (tx, ty, tw, th) = target
    var total = 0.0
    for k in 1...steps {
        let eta = k <= 160 ? 0.1 : (k <= 180 ? 0.01 : 0.001)
        let iou = referencePlainIoU(x: x, y: y, w: w, h: h, targetX: tx, targetY: ty, targetW: tw, targetH: th)
        let d = referenceAscentCentreForm(loss, x: x, y: y, w: w, h: h, targetX: tx, targetY: ty, targetW: tw, targetH: th)
        x += eta * (2 - iou) * d.x
        y += eta * (2 - iou) * d.y
        w += eta * (2 - iou) * d.w
        h += eta * (2 - iou) * d.h
        total += abs(x - tx) + abs(y - ty) + abs(w - tw) + abs(h - th)
    }
    return ((x, y, w, h), total)
}

@Suite("Reference gradients (DIoU authors' MATLAB code, docs/simulation.md section 3)")
struct ReferenceGradientTests {
    /// One step from (10.5, 11.6, 2.2, 3) towards (10, 10, 1, 1); published to 6 decimals.
    @Test func oneStepCheckValues() {
        let iou = toyRun(.iou, from: (10.5, 11.6, 2.2, 3), steps: 1).box
        #expect(iou.x.isApproximatelyEqual(to: 10.5, absoluteTolerance: 1e-6))
        #expect(iou.y.isApproximatelyEqual(to: 11.571493, absoluteTolerance: 1e-6))
        #expect(iou.w.isApproximatelyEqual(to: 2.190998, absoluteTolerance: 1e-6))
        #expect(iou.h.isApproximatelyEqual(to: 3.021905, absoluteTolerance: 1e-6))
        let diou = toyRun(.diou, from: (10.5, 11.6, 2.2, 3), steps: 1).box
        #expect(diou.x.isApproximatelyEqual(to: 10.489076, absoluteTolerance: 1e-6))
        #expect(diou.y.isApproximatelyEqual(to: 11.516533, absoluteTolerance: 1e-6))
        #expect(diou.w.isApproximatelyEqual(to: 2.195827, absoluteTolerance: 1e-6))
        #expect(diou.h.isApproximatelyEqual(to: 3.031907, absoluteTolerance: 1e-6))
    }

    /// The toy script's totals (l1 error summed over all 200 iterations), to 1e-6.
    @Test(arguments: [
        ((10.5, 11.6, 2.2, 3.0), [276.594149, 271.167630, 171.637901, 170.303452]),
        ((13.0, 13.0, 1.0, 0.5), [1300.0, 1361.164025, 135.712840, 135.028375]),
        ((7.0, 10.0, 2.0, 2.0), [1000.0, 915.206314, 189.615447, 186.742020]),
    ])
    func toyTotals(start: (Double, Double, Double, Double), expected: [Double]) {
        for (loss, value) in zip(ReferenceLoss.allCases, expected) {
            let total = toyRun(loss, from: start).total
            #expect(total.isApproximatelyEqual(to: value, absoluteTolerance: 1e-6), "\(loss) from \(start): \(total) vs \(value)")
        }
    }

    /// `referenceAscent` packs the centre-form components so that `.cx .cy .w .h` read them back.
    @Test func packedGradientReadsBackCentreForm() {
        let prediction = Box(cx: 10.5, cy: 11.6, w: 2.2, h: 3)
        let target = Box(cx: 10, cy: 10, w: 1, h: 1)
        for loss in ReferenceLoss.allCases {
            let packed = referenceAscent(loss, prediction: prediction, target: target)
            let raw = referenceAscentCentreForm(loss, x: prediction.cx, y: prediction.cy,
                                                w: prediction.width, h: prediction.height,
                                                targetX: 10, targetY: 10, targetW: 1, targetH: 1)
            #expect(packed.cx.isApproximatelyEqual(to: raw.x, absoluteTolerance: 1e-12))
            #expect(packed.cy.isApproximatelyEqual(to: raw.y, absoluteTolerance: 1e-12))
            #expect(packed.w.isApproximatelyEqual(to: raw.w, absoluteTolerance: 1e-12))
            #expect(packed.h.isApproximatelyEqual(to: raw.h, absoluteTolerance: 1e-12))
        }
    }

    /// Disjoint boxes: the IoU direction is 0 (IoU never moves), GIoU still pulls
    /// (its unclamped intersection), DIoU pulls the centre straight in.
    @Test func disjointBoxes() {
        let p = (x: 13.0, y: 13.0, w: 1.0, h: 0.5)
        func direction(_ loss: ReferenceLoss) -> (x: Double, y: Double, w: Double, h: Double) {
            referenceAscentCentreForm(loss, x: p.x, y: p.y, w: p.w, h: p.h,
                                      targetX: 10, targetY: 10, targetW: 1, targetH: 1)
        }
        let iou = direction(.iou)
        #expect(iou.x == 0 && iou.y == 0 && iou.w == 0 && iou.h == 0)
        #expect(referencePlainIoU(x: p.x, y: p.y, w: p.w, h: p.h, targetX: 10, targetY: 10, targetW: 1, targetH: 1) == 0)
        let diou = direction(.diou)
        #expect(diou.x < 0 && diou.y < 0)
        let giou = direction(.giou)
        #expect(giou.x < 0 && giou.y < 0)
    }

    /// Plain IoU of iou.m: I/U with no epsilon.
    @Test func plainIoU() {
        // (0,0,2,2) vs (1,1,3,3) in centre form: IoU = 1/7.
        let iou = referencePlainIoU(x: 1, y: 1, w: 2, h: 2, targetX: 2, targetY: 2, targetW: 2, targetH: 2)
        #expect(iou.isApproximatelyEqual(to: 1.0 / 7.0, absoluteTolerance: 1e-15))
    }
}

@Suite("Branch-free arctangent (Cephes atan)")
struct LaneArcTangentTests {
    /// Within 2 ulp of the platform's atan from 1e-8 to 1e8 (both signs), exact at 0, +-pi/2 at +-inf.
    @Test func agreesWithLibm() {
        var worst = 0.0
        var x = 1e-8
        while x < 1e8 {
            for value in [x, -x] {
                let ours = laneArcTangent(value), theirs = atan(value)
                worst = max(worst, abs(ours - theirs) / theirs.ulp.magnitude)
            }
            x *= 1.0007
        }
        #expect(worst <= 2, "largest difference \(worst) ulp")
        #expect(laneArcTangent(0.0).isZero)
        #expect(laneArcTangent(Double.infinity).isApproximatelyEqual(to: Double.pi / 2, absoluteTolerance: 1e-16))
        #expect(abs(laneArcTangent(-Double.infinity) + Double.pi / 2) < 1e-16)
        #expect(laneArcTangent(Double.nan).isNaN)
    }

    /// SIMD lanes give the bits of the scalar function.
    @Test func lanesMatchScalar() {
        for values in [SIMD4<Double>(-30, -2.5, -0.7, -0.1), SIMD4<Double>(0.3, 0.66, 1, 2.414213562373095)] {
            let lanes = laneArcTangent(values)
            for lane in 0..<4 {
                #expect(lanes[lane].bitPattern == laneArcTangent(values[lane]).bitPattern)
            }
        }
    }
}
