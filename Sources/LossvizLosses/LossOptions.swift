/// Parameter values chosen for a loss, by parameter name; parameters left out
/// take their defaults.
public struct LossOptions: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    /// The chosen values, by parameter name.
    public var values: [String: LossOptionValue]

    /// Options with the given values.
    public init(_ values: [String: LossOptionValue] = [:]) {
        self.values = values
    }

    /// Options from a literal such as `["gamma": .number(2)]`.
    public init(dictionaryLiteral elements: (String, LossOptionValue)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The value chosen for `name`, if any.
    public subscript(name: String) -> LossOptionValue? {
        get { values[name] }
        set { values[name] = newValue }
    }
}
