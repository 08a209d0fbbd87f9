/// One parameter of a loss: its name (the CLI option `--name`), what it means,
/// its default and the values it accepts.
public struct LossParameter: Hashable, Sendable {
    /// The parameter's name as docs/losses.md and the CLI spell it, e.g. `"gamma"`.
    public let name: String
    /// One line saying what it does.
    public let summary: String
    /// The value used when none is given.
    public let defaultValue: LossOptionValue
    /// The values it accepts.
    public let domain: ParameterDomain

    /// A parameter with its name, meaning, default and domain.
    public init(name: String, summary: String, defaultValue: LossOptionValue, domain: ParameterDomain) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
        self.domain = domain
    }
}
