/// A query parameter the explorer's API cannot use: missing, malformed or out
/// of its domain. The message names the parameter; the server answers 400.
public struct APIParameterError: Error, Equatable, CustomStringConvertible {
    /// The parameter's name, e.g. `"resolution"`.
    public var parameter: String
    /// What is wrong with it and what is accepted.
    public var reason: String

    /// The error for `parameter`.
    public init(_ parameter: String, _ reason: String) {
        self.parameter = parameter
        self.reason = reason
    }

    /// `parameter 'NAME' REASON`, the text of the `{"error": ...}` answer.
    public var description: String { "parameter '\(parameter)' \(reason)" }
}
