import Foundation
import LossvizLosses
import LossvizTestSupport
import Testing

/// Classification losses at extreme logits, and the input errors of the
/// multi-class losses. Tolerances: 1e-12 relative unless stated.
@Suite struct ClassificationTests {
    static func close(_ a: Double, _ b: Double, _ relative: Double = 1e-12) -> Bool {
        a.isApproximatelyEqual(to: b, absoluteTolerance: 1e-300, relativeTolerance: relative)
    }

    @Test func binaryCrossEntropyIsFiniteAndExactAtExtremeLogits() {
        let bce = BinaryCrossEntropyLoss()
        #expect(Self.close(bce.evaluate(logit: -1000, target: 1).value, 1000))
        #expect(Self.close(bce.evaluate(logit: -1000, target: 1).derivative, -1))
        #expect(Self.close(bce.evaluate(logit: 1000, target: 0).value, 1000))
        #expect(abs(bce.evaluate(logit: 1000, target: 1).value) < 1e-300)
        // ln(1 + e^-40) = e^-40 to double precision: the tiny loss keeps its digits.
        #expect(Self.close(bce.evaluate(logit: 40, target: 1).value, exp(-40)))
        #expect(Self.close(bce.evaluate(logit: 40, target: 1).derivative, -exp(-40) / (1 + exp(-40))))
    }

    @Test func focalLossIsFiniteAtExtremeLogitsForEveryGamma() {
        for gamma in [0, 0.25, 0.5, 1, 2, 5] {
            for logit in [-1000.0, -40, 40, 1000] {
                for target in [0.0, 0.5, 1] {
                    let result = SigmoidFocalLoss(alpha: 0.25, gamma: gamma).evaluate(logit: logit, target: target)
                    #expect(result.value.isFinite && result.derivative.isFinite, "gamma \(gamma), z \(logit), t \(target): \(result)")
                }
            }
        }
        // Confidently wrong: (1 - p_t) = 1, the loss is alpha_t times the BCE.
        let wrong = SigmoidFocalLoss().evaluate(logit: -1000, target: 1)
        #expect(Self.close(wrong.value, 250))
        #expect(Self.close(wrong.derivative, -0.25))
    }

    @Test func focalLossWithGammaZeroAndNoAlphaIsBinaryCrossEntropy() {
        for logit in stride(from: -6.0, through: 6, by: 0.75) {
            for target in [0.0, 0.3, 1] {
                let focal = SigmoidFocalLoss(alpha: -1, gamma: 0).evaluate(logit: logit, target: target)
                let bce = BinaryCrossEntropyLoss().evaluate(logit: logit, target: target)
                #expect(Self.close(focal.value, bce.value) && Self.close(focal.derivative, bce.derivative))
            }
        }
    }

    @Test func crossEntropyOfEqualLogitsIsLogOfTheClassCount() throws {
        let result = try CrossEntropyLoss().evaluate(label: 2, logits: [3, 3, 3, 3])
        #expect(Self.close(result.value, log(4)))
        #expect(Self.close(result.gradient[2], -0.75) && Self.close(result.gradient[0], 0.25))
        let extreme = try CrossEntropyLoss().evaluate(label: 1, logits: [1000, -1000])
        #expect(Self.close(extreme.value, 2000))
    }

    @Test func seesawWithoutCountsOrCompensationIsCrossEntropy() throws {
        let logits = [0.3, -1.2, 2.5, 0.0]
        let seesaw = try SeesawLoss(q: 0).evaluate(label: 1, logits: logits)
        let ce = try CrossEntropyLoss().evaluate(label: 1, logits: logits)
        #expect(Self.close(seesaw.value, ce.value))
        #expect(zip(seesaw.gradient, ce.gradient).allSatisfy { Self.close($0, $1) })
    }

    @Test func seesawMitigatesHeadClassNegativesOfATailClass() throws {
        // True class 2 is the tail (1 sample); head classes' negatives weigh (N_j/N_i)^p only
        // when N_j < N_i, so for a tail label the mitigation factor is 1 ...
        let loss = SeesawLoss(q: 0, classCounts: [100, 10, 1])
        let tailFactors = try loss.factors(label: 2, logits: [0, 0, 0])
        #expect(tailFactors.allSatisfy { Self.close($0, 1) })
        // ... and for a head label the tail classes' negatives shrink: (10/100)^0.8, (1/100)^0.8.
        let headFactors = try loss.factors(label: 0, logits: [0, 0, 0])
        #expect(Self.close(headFactors[1], pow(0.1, 0.8)) && Self.close(headFactors[2], pow(0.01, 0.8)))
    }

    @Test func multiClassInputErrorsAreTyped() {
        #expect(throws: ClassificationInputError.labelOutOfRange(label: 3, classCount: 3)) {
            try CrossEntropyLoss().evaluate(label: 3, logits: [0, 1, 2])
        }
        #expect(throws: ClassificationInputError.labelOutOfRange(label: -1, classCount: 2)) {
            try SeesawLoss().evaluate(label: -1, logits: [0, 1])
        }
        #expect(throws: ClassificationInputError.noClasses) { try CrossEntropyLoss().evaluate(label: 0, logits: []) }
        #expect(throws: ClassificationInputError.classCountMismatch(expected: 3, actual: 2)) {
            try SeesawLoss(classCounts: [1, 2, 3]).evaluate(label: 0, logits: [0, 1])
        }
    }

    @Test func focalL1GradientPeaksAtOneOverEBeta() {
        for beta in [0.4, 0.6, 0.9] {
            let loss = FocalL1Loss(alpha: 1, beta: beta)
            let peak = 1 / (exp(1) * beta)
            let atPeak = loss.evaluate(peak).derivative
            #expect(loss.evaluate(peak * 0.98).derivative < atPeak && loss.evaluate(min(peak * 1.02, 1)).derivative < atPeak)
            // Continuous at x = 1 in value and slope.
            let below = loss.evaluate(1), above = loss.evaluate(1 + 1e-12)
            #expect(below.value.isApproximatelyEqual(to: above.value, absoluteTolerance: 1e-11) && below.derivative.isApproximatelyEqual(to: above.derivative, absoluteTolerance: 1e-11))
        }
    }
}
