/// Why output could not be written: the destination (a path, or "standard
/// output") and the system's reason.
public struct OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path, or "standard output".
    public var destination: String
    /// What went wrong, in the system's words where there are some.
    public var reason: String

    /// An error writing `destination` because of `reason`.
    public init(destination: String, reason: String) {
        self.destination = destination
        self.reason = reason
    }

    public var description: String {
        destination == StandardStreams.outputName
            ? "cannot write \(destination): \(reason)"
            : "cannot write '\(destination)': \(reason)"
    }
}
