/// The values a loss parameter accepts.
public enum ParameterDomain: Hashable, Sendable, CustomStringConvertible {
    /// A finite number `>= 0`.
    case nonNegative
    /// A finite number `> 0`.
    case positive
    /// A finite number in `[lower, upper]`.
    case closedInterval(Double, Double)
    /// A number in `[0, 1]`, or negative to switch the parameter off.
    case unitIntervalOrNegative
    /// `true` or `false`.
    case flag
    /// One of the listed words.
    case choice([String])
    /// Exactly `count` finite numbers, each `> 0`.
    case positiveNumbers(count: Int)
    /// A list of finite numbers, each `>= 0` (empty allowed).
    case nonNegativeNumbers

    /// Whether `value` lies in the domain.
    public func contains(_ value: LossOptionValue) -> Bool {
        switch (self, value) {
        case let (.nonNegative, .number(x)): return x.isFinite && x >= 0
        case let (.positive, .number(x)): return x.isFinite && x > 0
        case let (.closedInterval(lower, upper), .number(x)): return x >= lower && x <= upper
        case let (.unitIntervalOrNegative, .number(x)): return x.isFinite && x <= 1
        case (.flag, .flag): return true
        case let (.choice(words), .choice(word)): return words.contains(word)
        case let (.positiveNumbers(count), .numbers(xs)): return xs.count == count && xs.allSatisfy { $0.isFinite && $0 > 0 }
        case let (.nonNegativeNumbers, .numbers(xs)): return xs.allSatisfy { $0.isFinite && $0 >= 0 }
        default: return false
        }
    }

    /// The shape of value the domain takes: `"a number"`, `"a flag"`, ...
    public var valueShape: String {
        switch self {
        case .nonNegative, .positive, .closedInterval, .unitIntervalOrNegative: return "a number"
        case .flag: return "a flag"
        case .choice: return "a word"
        case .positiveNumbers, .nonNegativeNumbers: return "a comma-separated list of numbers"
        }
    }

    /// The domain in words, e.g. `">= 0"`, `"one of iou, giou"`.
    public var description: String {
        switch self {
        case .nonNegative: return ">= 0"
        case .positive: return "> 0"
        case let .closedInterval(lower, upper): return "in [\(lower), \(upper)]"
        case .unitIntervalOrNegative: return "in [0, 1], or negative for none"
        case .flag: return "on or off"
        case let .choice(words): return "one of " + words.joined(separator: ", ")
        case let .positiveNumbers(count): return "\(count) numbers > 0"
        case .nonNegativeNumbers: return "numbers >= 0"
        }
    }
}
