import ArgumentParser
import LossvizLosses

/// Every loss parameter of the catalogue as a command-line option, named as in
/// docs/losses.md. Only the options given reach the loss; the loss rejects options
/// it does not have and values outside their domain, naming the option.
struct LossOptionArguments: ParsableArguments {
    @Option(parsing: .unconditional, help: LossOptionHelp.text("eps", "Small constant of the loss (box losses: added to the union, c^2, the enclosing area)."))
    var eps: Double?

    @Option(parsing: .unconditional, help: LossOptionHelp.text("gamma", "Focusing exponent."))
    var gamma: Double?

    @Option(parsing: .unconditional, help: LossOptionHelp.text("alpha", "Weight or focusing parameter alpha."))
    var alpha: Double?

    @Option(parsing: .unconditional, help: LossOptionHelp.text("beta", "Width of the quadratic zone (smooth-l1) or focus (focal-l1)."))
    var beta: Double?

    @Option(parsing: .unconditional, help: LossOptionHelp.text("delta", "Huber threshold, or Wise-IoU v3 focusing parameter."))
    var delta: Double?

    @Option(parsing: .unconditional, help: LossOptionHelp.text("theta", "SIoU shape-cost exponent."))
    var theta: Double?

    @Option(parsing: .unconditional, help: LossOptionHelp.text("ratio", "Inner-IoU auxiliary box scale."))
    var ratio: Double?

    @Flag(name: .customLong("alpha-gate"), help: LossOptionHelp.text("alpha-gate", "CIoU: alpha = 0 when IoU <= 0.5."))
    var alphaGate = false

    @Flag(help: LossOptionHelp.text("half", "L2: use x^2/2."))
    var half = false

    @Option(name: .customLong("a"), parsing: .unconditional, help: LossOptionHelp.text("a", "Alpha-IoU power."))
    var power: Double?

    @Option(parsing: .unconditional, help: LossOptionHelp.text("penalty", "Alpha-IoU penalty: iou, giou, diou (rho^2a/c^2a) or ciou."))
    var penalty: String?

    @Option(parsing: .unconditional, help: LossOptionHelp.text("variant", "Wise-IoU: v1, v2 or v3."))
    var variant: String?

    @Option(name: .customLong("running-mean"), parsing: .unconditional, help: LossOptionHelp.text("running-mean", "Wise-IoU v2, v3: running mean of 1 - IoU."))
    var runningMean: Double?

    @Option(name: .customLong("image-size"), parsing: .unconditional, help: LossOptionHelp.text("image-size", "MPDIoU image size W,H, e.g. 640,480."))
    var imageSize: String?

    @Option(name: .customLong("d"), parsing: .unconditional, help: LossOptionHelp.text("d", "Focaler-IoU lower IoU bound."))
    var lower: Double?

    @Option(name: .customLong("u"), parsing: .unconditional, help: LossOptionHelp.text("u", "Focaler-IoU upper IoU bound."))
    var upper: Double?

    @Option(parsing: .unconditional, help: LossOptionHelp.text("scale", "Shape-IoU scale factor."))
    var scale: Double?

    @Option(name: .customLong("p"), parsing: .unconditional, help: LossOptionHelp.text("p", "Seesaw mitigation exponent."))
    var p: Double?

    @Option(name: .customLong("q"), parsing: .unconditional, help: LossOptionHelp.text("q", "Seesaw compensation exponent."))
    var q: Double?

    @Option(name: .customLong("class-counts"), parsing: .unconditional, help: LossOptionHelp.text("class-counts", "Seesaw training samples per class, e.g. 100,10,1."))
    var classCounts: String?

    /// The options given on the command line, by parameter name.
    func lossOptions() throws -> LossOptions {
        var options = LossOptions()
        let numbers: [(String, Double?)] = [
            ("eps", eps), ("gamma", gamma), ("alpha", alpha), ("beta", beta), ("delta", delta), ("theta", theta),
            ("ratio", ratio), ("a", power), ("running-mean", runningMean), ("d", lower), ("u", upper),
            ("scale", scale), ("p", p), ("q", q),
        ]
        for case let (name, value?) in numbers {
            options[name] = .number(value)
        }
        if alphaGate { options["alpha-gate"] = .flag(true) }
        if half { options["half"] = .flag(true) }
        if let penalty { options["penalty"] = .choice(penalty) }
        if let variant { options["variant"] = .choice(variant) }
        if let imageSize { options["image-size"] = .numbers(try Self.list(imageSize, option: "image-size")) }
        if let classCounts { options["class-counts"] = .numbers(try Self.list(classCounts, option: "class-counts")) }
        return options
    }

    /// The comma-separated numbers of `text`.
    static func list(_ text: String, option: String) throws -> [Double] {
        if text.isEmpty { return [] }
        return try text.split(separator: ",", omittingEmptySubsequences: false).map { field in
            let trimmed = field.trimmingCharacters(in: .whitespaces)
            guard let value = Double(trimmed) else {
                throw ValidationError("--\(option): '\(trimmed)' is not a number; give comma-separated numbers, e.g. 100,10,1")
            }
            return value
        }
    }
}

/// Help lines for loss options: what the option means and which losses take
/// it with which default (losses sharing a default are listed together).
enum LossOptionHelp {
    static func text(_ name: String, _ summary: String) -> ArgumentHelp {
        var groups: [(losses: [String], defaultValue: String)] = []
        for descriptor in LossCatalogue.descriptors {
            guard let parameter = descriptor.parameter(named: name) else { continue }
            let defaultValue = parameter.defaultValue.description.isEmpty ? "none" : parameter.defaultValue.description
            if let last = groups.last, last.defaultValue == defaultValue {
                groups[groups.count - 1].losses.append(descriptor.name)
            } else {
                groups.append(([descriptor.name], defaultValue))
            }
        }
        let users = groups.map { "\($0.losses.joined(separator: ", ")) (default \($0.defaultValue))" }
        return ArgumentHelp("\(summary) Used by: \(users.joined(separator: "; ")).")
    }
}
