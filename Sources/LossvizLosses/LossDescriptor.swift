/// A loss of the catalogue: its name, kind, one-line description, parameters,
/// and a factory that builds it from options.
public struct LossDescriptor: Sendable {
    /// The name the CLI and the figures use, e.g. `"ciou"`.
    public let name: String
    /// What the loss takes as input.
    public let kind: LossKind
    /// One line: what the loss is and where it comes from.
    public let summary: String
    /// Its parameters, in the order the help lists them.
    public let parameters: [LossParameter]
    /// Builds the loss from complete, validated options.
    let build: @Sendable (ResolvedLossOptions) throws(LossOptionError) -> ConfiguredLoss

    init(
        name: String, kind: LossKind, summary: String, parameters: [LossParameter],
        build: @escaping @Sendable (ResolvedLossOptions) throws(LossOptionError) -> ConfiguredLoss
    ) {
        self.name = name
        self.kind = kind
        self.summary = summary
        self.parameters = parameters
        self.build = build
    }

    /// The parameter called `name`, if the loss has one.
    public func parameter(named name: String) -> LossParameter? {
        parameters.first { $0.name == name }
    }

    /// The loss configured with `options`; parameters left out take their defaults.
    ///
    /// Throws `LossOptionError` naming the option when an option does not apply
    /// to this loss, has the wrong shape, or lies outside its domain.
    public func make(_ options: LossOptions = LossOptions()) throws(LossOptionError) -> ConfiguredLoss {
        var resolved: [String: LossOptionValue] = [:]
        for parameter in parameters {
            resolved[parameter.name] = parameter.defaultValue
        }
        for (option, value) in options.values.sorted(by: { $0.key < $1.key }) {
            guard let parameter = parameter(named: option) else {
                throw .unknownOption(loss: name, option: option, known: parameters.map(\.name))
            }
            guard parameter.domain.contains(value) else {
                guard Self.sameShape(value, parameter.defaultValue) else {
                    throw .wrongShape(loss: name, option: option, expected: parameter.domain.valueShape)
                }
                throw .outOfDomain(loss: name, option: option, value: value, domain: parameter.domain)
            }
            resolved[option] = value
        }
        return try build(ResolvedLossOptions(values: resolved))
    }

    private static func sameShape(_ a: LossOptionValue, _ b: LossOptionValue) -> Bool {
        switch (a, b) {
        case (.number, .number), (.flag, .flag), (.numbers, .numbers), (.choice, .choice): return true
        default: return false
        }
    }
}

/// Every parameter of a loss with a value of the right shape, for its factory.
struct ResolvedLossOptions {
    let values: [String: LossOptionValue]

    func number(_ name: String) -> Double {
        if case let .number(value)? = values[name] { return value }
        return .nan
    }

    func flag(_ name: String) -> Bool {
        if case let .flag(value)? = values[name] { return value }
        return false
    }

    func numbers(_ name: String) -> [Double] {
        if case let .numbers(values)? = values[name] { return values }
        return []
    }

    func choice(_ name: String) -> String {
        if case let .choice(word)? = values[name] { return word }
        return ""
    }
}
