import Foundation
import LossvizLosses
import LossvizTestSupport
import Testing

/// Every analytic gradient agrees with central finite differences of the loss
/// value, `(f(x + h) - f(x - h))/2h` with `h = 1e-6` (relative to the box
/// size), to `1e-6 max(1, |g|)`. Quantities the source holds constant for the
/// gradient (CIoU's alpha, Focal-EIoU's IoU^gamma, Wise-IoU's enclosing size
/// and focusing factor) are frozen at the evaluation point in the differenced
/// function. Points are random and away from kinks (ties, |x| at 0).
@Suite struct FiniteDifferenceTests {
    static let step = 1e-6
    static let tolerance = 1e-6

    /// Random pairs: overlapping (nested or offset) and, where `disjoint`, apart.
    static func boxPairs(count: Int, disjoint: Bool, seed: UInt64) -> [(Box, Box)] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { index in
            let target = Box(
                cx: Double.random(in: -3...3, using: &generator), cy: Double.random(in: -3...3, using: &generator),
                w: Double.random(in: 0.5...3, using: &generator), h: Double.random(in: 0.5...3, using: &generator)
            )
            let reach = disjoint && index % 4 == 3 ? 6.0 : 0.45
            let prediction = Box(
                cx: target.cx + Double.random(in: -reach...reach, using: &generator) * target.width,
                cy: target.cy + Double.random(in: -reach...reach, using: &generator) * target.height,
                w: target.width * Double.random(in: 0.3...2.5, using: &generator),
                h: target.height * Double.random(in: 0.3...2.5, using: &generator)
            )
            return (prediction, target)
        }
    }

    /// The finite-difference gradient of `value` at `box`, in corner order.
    static func numericalGradient(of value: (Box) -> Double, at box: Box) -> [Double] {
        let h = step * max(box.width, box.height)
        return (0..<4).map { k in
            func shifted(_ delta: Double) -> Box {
                var corners = box.corners
                corners[k] += delta
                return Box(x1: corners[0], y1: corners[1], x2: corners[2], y2: corners[3])
            }
            return (value(shifted(h)) - value(shifted(-h))) / (2 * h)
        }
    }

    static func agree(_ analytic: Double, _ numerical: Double) -> Bool {
        analytic.isApproximatelyEqual(to: numerical, absoluteTolerance: tolerance, relativeTolerance: tolerance)
    }

    // MARK: Frozen factors

    static func iou(_ p: Box, _ t: Box, eps: Double) -> Double {
        1 - IoULoss(eps: eps).evaluate(prediction: p, target: t).value
    }

    static func aspectRatioConsistency(_ p: Box, _ t: Box) -> Double {
        4 / (Double.pi * Double.pi) * pow(atan(t.width / t.height) - atan(p.width / p.height), 2)
    }

    static func centreDistanceSquared(_ p: Box, _ t: Box) -> Double {
        pow(p.cx - t.cx, 2) + pow(p.cy - t.cy, 2)
    }

    static func enclosingDiagonalSquared(_ p: Box, _ t: Box) -> Double {
        pow(max(p.x2, t.x2) - min(p.x1, t.x1), 2) + pow(max(p.y2, t.y2) - min(p.y1, t.y1), 2)
    }

    /// The function whose gradient at `point` the loss reports: the loss value
    /// itself, or the value with the detached factors frozen at `point`.
    static func differenced(_ loss: ConfiguredBoxLoss, at point: Box, target t: Box) -> (Box) -> Double {
        switch loss {
        case let .ciou(ciou):
            let iou0 = iou(point, t, eps: ciou.eps)
            let v0 = aspectRatioConsistency(point, t)
            let alpha = ciou.alphaGate && iou0 <= 0.5 ? 0 : v0 / (1 - iou0 + v0 + ciou.eps)
            return { p in
                DistanceIoULoss(eps: ciou.eps).evaluate(prediction: p, target: t).value + alpha * aspectRatioConsistency(p, t)
            }
        case let .focalEIoU(focal):
            let weight = pow(iou(point, t, eps: focal.eps), focal.gamma)
            return { p in weight * EfficientIoULoss(eps: focal.eps).evaluate(prediction: p, target: t).value }
        case let .wiou(wise):
            let size = enclosingDiagonalSquared(point, t) + wise.eps
            let beta = (1 - iou(point, t, eps: wise.eps)) / wise.runningMean
            let focus = switch wise.version {
            case .v1: 1.0
            case .v2: pow(beta, wise.gamma)
            case .v3: beta / (wise.delta * pow(wise.alpha, beta - wise.delta))
            }
            return { p in focus * exp(centreDistanceSquared(p, t) / size) * (1 - iou(p, t, eps: wise.eps)) }
        case let .alphaIoU(power) where power.penalty == .ciou:
            let v0 = aspectRatioConsistency(point, t)
            let alpha = v0 / ((1 + power.eps) - iou(point, t, eps: power.eps) + v0)
            let distance = AlphaIoULoss(eps: power.eps, power: power.power, penalty: .diou)
            return { p in
                distance.evaluate(prediction: p, target: t).value
                    + pow(alpha * aspectRatioConsistency(p, t) + power.eps, power.power)
            }
        default:
            return { p in loss.evaluate(prediction: p, target: t).value }
        }
    }

    // MARK: Tests

    static let defaultConfigurations: [(String, LossOptions)] =
        LossCatalogue.descriptors.filter { $0.kind == .box }.map { ($0.name, LossOptions()) }

    static let variantConfigurations: [(String, LossOptions)] = [
        ("ciou", ["alpha-gate": .flag(true)]),
        ("focal-eiou", ["gamma": .number(2)]),
        ("siou", ["theta": .number(2.5)]),
        ("alpha-iou", ["penalty": .choice("giou")]),
        ("alpha-iou", ["penalty": .choice("diou")]),
        ("alpha-iou", ["penalty": .choice("ciou"), "a": .number(2)]),
        ("alpha-iou", ["penalty": .choice("diou"), "a": .number(0.5)]),
        ("wiou", ["variant": .choice("v1")]),
        ("wiou", ["variant": .choice("v2")]),
        ("wiou", ["variant": .choice("v2"), "gamma": .number(1.5), "running-mean": .number(0.3)]),
        ("wiou", ["running-mean": .number(0.3)]),
        ("mpdiou", ["image-size": .numbers([50, 30])]),
        ("inner-iou", ["ratio": .number(1.3)]),
        ("focaler-iou", ["d": .number(0.1), "u": .number(0.6)]),
        ("shape-iou", ["scale": .number(1.5)]),
        ("giou", ["eps": .number(0)]),
    ]

    static let boxConfigurations = defaultConfigurations + variantConfigurations

    @Test(arguments: boxConfigurations.indices)
    func boxLossGradient(configuration index: Int) throws {
        let (name, options) = Self.boxConfigurations[index]
        let loss = try LossCatalogue.boxLoss(name, options: options)
        let pairs = Self.boxPairs(count: 40, disjoint: name != "log-iou", seed: 7 + UInt64(index))
        for (prediction, target) in pairs {
            let analytic = loss.evaluate(prediction: prediction, target: target).gradient
            let numerical = Self.numericalGradient(of: Self.differenced(loss, at: prediction, target: target), at: prediction)
            #expect(
                zip(analytic.corners, numerical).allSatisfy { Self.agree($0, $1) },
                "\(name) \(options.values): \(prediction) vs \(target): analytic \(analytic.corners), numerical \(numerical)"
            )
        }
    }

    @Test func centreFormGradientIsTheChainRule() {
        for (prediction, target) in Self.boxPairs(count: 20, disjoint: true, seed: 99) {
            let gradient = DistanceIoULoss().evaluate(prediction: prediction, target: target).gradient
            let value = { (centreForm: [Double]) in
                DistanceIoULoss().evaluate(
                    prediction: Box(cx: centreForm[0], cy: centreForm[1], w: centreForm[2], h: centreForm[3]), target: target
                ).value
            }
            let point = prediction.centreForm
            let numerical = (0..<4).map { k in
                var up = point, down = point
                up[k] += Self.step
                down[k] -= Self.step
                return (value(up) - value(down)) / (2 * Self.step)
            }
            #expect(zip(gradient.centreForm, numerical).allSatisfy { Self.agree($0, $1) }, "\(gradient.centreForm) vs \(numerical)")
            let back = BoxGradient(cx: gradient.cx, cy: gradient.cy, w: gradient.w, h: gradient.h)
            #expect(zip(back.corners, gradient.corners).allSatisfy { abs($0 - $1) <= 1e-12 * max(1, abs($1)) })
        }
    }

    @Test func elementWiseGradients() throws {
        var generator = SeededGenerator(seed: 3)
        let configurations: [(String, LossOptions)] = [
            ("l1", [:]), ("l2", [:]), ("l2", ["half": .flag(true)]), ("smooth-l1", [:]), ("smooth-l1", ["beta": .number(0.3)]),
            ("huber", [:]), ("huber", ["delta": .number(2)]), ("focal-l1", [:]), ("focal-l1", ["alpha": .number(0.7), "beta": .number(0.8)]),
        ]
        for (name, options) in configurations {
            guard case let .elementWise(loss) = try LossCatalogue.make(name, options: options) else { continue }
            for _ in 0..<60 {
                let x = Double.random(in: -4...4, using: &generator)
                guard [0, 1, 0.3, 2].allSatisfy({ abs(abs(x) - $0) > 1e-3 }) else { continue }
                let h = Self.step
                let numerical = (loss.evaluate(x + h).value - loss.evaluate(x - h).value) / (2 * h)
                #expect(Self.agree(loss.evaluate(x).derivative, numerical), "\(name) \(options.values) at \(x)")
            }
        }
    }

    @Test func binaryClassificationGradients() throws {
        var generator = SeededGenerator(seed: 5)
        let configurations: [(String, LossOptions)] = [
            ("bce", [:]), ("focal", [:]), ("focal", ["alpha": .number(-1), "gamma": .number(0.5)]), ("focal", ["gamma": .number(5)]),
        ]
        for (name, options) in configurations {
            guard case let .binaryClassification(loss) = try LossCatalogue.make(name, options: options) else { continue }
            for _ in 0..<60 {
                let z = Double.random(in: -12...12, using: &generator)
                let t = [0, 1, Double.random(in: 0...1, using: &generator)][Int.random(in: 0..<3, using: &generator)]
                let h = Self.step
                let numerical = (loss.evaluate(logit: z + h, target: t).value - loss.evaluate(logit: z - h, target: t).value) / (2 * h)
                #expect(Self.agree(loss.evaluate(logit: z, target: t).derivative, numerical), "\(name) \(options.values) at z = \(z), t = \(t)")
            }
        }
    }

    @Test func multiClassGradients() throws {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<40 {
            let classes = Int.random(in: 2...6, using: &generator)
            let logits = (0..<classes).map { _ in Double.random(in: -5...5, using: &generator) }
            let label = Int.random(in: 0..<classes, using: &generator)
            let counts = (0..<classes).map { _ in Double(Int.random(in: 0...500, using: &generator)) }
            let seesaw = SeesawLoss(classCounts: counts)
            // Seesaw's factors are constants for the gradient: difference CE of the shifted logits.
            let factors = try seesaw.factors(label: label, logits: logits)
            let shifted = { (z: [Double]) in zip(z, factors).map { $0 + log($1) } }
            for (loss, transform) in [(CrossEntropyLoss() as any MultiClassLoss, { (z: [Double]) in z }), (seesaw, shifted)] {
                let gradient = try loss.evaluate(label: label, logits: logits).gradient
                for k in 0..<classes {
                    var up = logits, down = logits
                    up[k] += Self.step
                    down[k] -= Self.step
                    let numerical = try (CrossEntropyLoss().evaluate(label: label, logits: transform(up)).value
                        - CrossEntropyLoss().evaluate(label: label, logits: transform(down)).value) / (2 * Self.step)
                    #expect(Self.agree(gradient[k], numerical), "\(loss.name) label \(label) logits \(logits) class \(k)")
                }
            }
        }
    }

    @Test func unitBoxGradient() {
        var generator = SeededGenerator(seed: 13)
        for _ in 0..<60 {
            let values = (0..<8).map { _ in Double.random(in: 0.2...4, using: &generator) }
            let target = PixelDistances(top: values[4], bottom: values[5], left: values[6], right: values[7])
            let value = { (d: [Double]) in
                UnitBoxLoss().evaluate(prediction: PixelDistances(top: d[0], bottom: d[1], left: d[2], right: d[3]), target: target).value
            }
            let gradient = UnitBoxLoss().evaluate(
                prediction: PixelDistances(top: values[0], bottom: values[1], left: values[2], right: values[3]), target: target
            ).gradient.components
            for k in 0..<4 {
                var up = Array(values[0..<4]), down = Array(values[0..<4])
                up[k] += Self.step
                down[k] -= Self.step
                #expect(Self.agree(gradient[k], (value(up) - value(down)) / (2 * Self.step)), "unitbox \(values) component \(k)")
            }
        }
    }
}
