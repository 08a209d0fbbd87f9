import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard input and output as lossviz uses them: a closed stream or a failed
/// write (a full disk, `> /dev/full`, a closed pipe) is an error the command
/// reports and exits 1 on, never a crash, a signal or a silent loss.
public enum StandardStreams {
    /// How messages name standard output.
    public static let outputName = "standard output"
    /// How messages name standard input.
    public static let inputName = "standard input"

    nonisolated(unsafe) private static var closed: Set<Int32> = []

    /// Call once at start-up, before any file is opened: a standard stream the
    /// caller closed (`>&-`, `<&-`) is reopened on /dev/null so that no output
    /// file can take its descriptor, and remembered as closed; a write to a
    /// closed pipe becomes an `EPIPE` error instead of the signal SIGPIPE.
    public static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            closed.insert(descriptor)
            let reopened = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
            if reopened >= 0 && reopened != descriptor { close(reopened) }
        }
    }

    /// Whether standard input was closed when the program started.
    public static var inputIsClosed: Bool { closed.contains(0) }

    /// Writes `bytes` to standard output.
    public static func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        guard !closed.contains(1) else { throw OutputError(destination: outputName, reason: "it is closed") }
        if let code = writeAll(1, bytes) { throw OutputError(destination: outputName, reason: systemReason(code)) }
    }

    /// Writes `text` to standard error if it can: a message about a failure
    /// must not fail in turn.
    public static func writeError(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = writeAll(2, UnsafeRawBufferPointer(bytes)) }
    }

    /// Writes `text` (UTF-8) to standard output.
    public static func write(_ text: String) throws(OutputError) {
        try withRawBytes(of: Array(text.utf8), write)
    }
}
