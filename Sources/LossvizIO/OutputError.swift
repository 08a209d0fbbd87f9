import Foundation

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

/// Calls `body` with the raw bytes of `bytes`, keeping `body`'s typed error
/// (the standard `withUnsafeBytes` rethrows it as `any Error`).
func withRawBytes(of bytes: some ContiguousBytes, _ body: (UnsafeRawBufferPointer) throws(OutputError) -> Void) throws(OutputError) {
    var failure: OutputError?
    bytes.withUnsafeBytes { raw in
        do throws(OutputError) { try body(raw) } catch { failure = error }
    }
    if let failure { throw failure }
}
