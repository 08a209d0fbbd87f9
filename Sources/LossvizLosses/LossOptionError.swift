/// Why a loss cannot be built from a name and options.
public enum LossOptionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No loss has this name.
    case unknownLoss(name: String, known: [String])
    /// The loss has no parameter of this name.
    case unknownOption(loss: String, option: String, known: [String])
    /// The value is of the wrong shape (e.g. a list for a number).
    case wrongShape(loss: String, option: String, expected: String)
    /// The value lies outside the parameter's domain.
    case outOfDomain(loss: String, option: String, value: LossOptionValue, domain: ParameterDomain)
    /// Several values are each valid but not together.
    case inconsistent(loss: String, options: [String], reason: String)
    /// The loss exists but is not of the kind asked for.
    case wrongKind(loss: String, kind: LossKind, expected: LossKind)

    /// The message, naming what is wrong and what to do.
    public var description: String {
        switch self {
        case let .unknownLoss(name, known):
            return "unknown loss '\(name)'; the losses are: \(known.joined(separator: ", "))"
        case let .unknownOption(loss, option, known):
            let options = known.isEmpty ? "it has no options" : "its options are " + known.map { "--\($0)" }.joined(separator: ", ")
            return "option --\(option) does not apply to \(loss); \(options)"
        case let .wrongShape(loss, option, expected):
            return "option --\(option) of \(loss) takes \(expected)"
        case let .outOfDomain(loss, option, value, domain):
            return "option --\(option) of \(loss) is \(value) but must be \(domain)"
        case let .inconsistent(loss, options, reason):
            return "options \(options.map { "--\($0)" }.joined(separator: " and ")) of \(loss): \(reason)"
        case let .wrongKind(loss, kind, expected):
            return "\(loss) is \(kind.withArticle) loss, not \(expected.withArticle) loss"
        }
    }
}
