import ArgumentParser
import LossvizLosses

/// Loss names of the catalogue, comma-separated on the command line
/// (`iou,giou,diou`): the LOSS argument of `eval`, `curve` and `field`, and
/// `--losses` of `simulate` and `animate`. Parsing checks each name, so a typo
/// is a usage error naming the nearest loss ("did you mean `giou`?").
struct LossNames: Sendable {
    var names: [String]

    /// Completion offers the catalogue's names.
    static let completion = CompletionKind.list(LossCatalogue.names)

    /// The accepted names, for help texts: "(values: iou, log-iou, ...)".
    static let values = "(values: \(LossCatalogue.names.joined(separator: ", ")))"

    /// The box losses' names, for help texts.
    static let boxValues = "(values: \(LossCatalogue.descriptors.filter { $0.kind == .box }.map(\.name).joined(separator: ", ")))"

    /// `text` as one or more loss names of any kind.
    static func anyKind(_ text: String) throws -> LossNames {
        try parse(text, boxOnly: false)
    }

    /// `text` as one or more box (IoU-family) losses.
    static func boxes(_ text: String) throws -> LossNames {
        try parse(text, boxOnly: true)
    }

    /// `text` as exactly one loss name of any kind.
    static func single(_ text: String) throws -> String {
        let parsed = try parse(text, boxOnly: false)
        guard parsed.names.count == 1 else { throw ValidationError("give one loss, not a list") }
        return parsed.names[0]
    }

    private static func parse(_ text: String, boxOnly: Bool) throws -> LossNames {
        let names = text.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw ValidationError("no loss named; see `lossviz list losses`") }
        for name in names {
            guard let descriptor = try? LossCatalogue.descriptor(named: name) else {
                throw UnknownNameError(kind: "loss", kinds: "losses", name: name, known: LossCatalogue.names, listing: "lossviz list losses")
            }
            if boxOnly && descriptor.kind != .box { throw SweepCommandError.notABoxLoss(loss: name) }
        }
        return LossNames(names: names)
    }
}
