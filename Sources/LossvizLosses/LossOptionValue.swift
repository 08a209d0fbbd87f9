/// The value of one loss parameter.
public enum LossOptionValue: Hashable, Sendable, CustomStringConvertible {
    /// A real number, e.g. `gamma = 2`.
    case number(Double)
    /// An on/off switch, e.g. `alpha-gate`.
    case flag(Bool)
    /// A list of numbers, e.g. `class-counts = 100,10,1` or `image-size = 640,480`.
    case numbers([Double])
    /// One of a fixed set of words, e.g. `penalty = ciou`.
    case choice(String)

    /// The value as the CLI spells it: `2.0`, `true`, `100.0,10.0,1.0`, `ciou`.
    public var description: String {
        switch self {
        case let .number(value): return "\(value)"
        case let .flag(value): return "\(value)"
        case let .numbers(values): return values.map { "\($0)" }.joined(separator: ",")
        case let .choice(word): return word
        }
    }
}
