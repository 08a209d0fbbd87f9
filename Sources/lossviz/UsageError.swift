import ArgumentParser
import Foundation

/// A usage error reported as CLI.md asks: one line on standard error naming
/// the option and what it accepts, and exit status 64 (EX_USAGE), without
/// argument-parser's usage block.
enum UsageError {
    /// Prints `message` and returns the exit code to throw.
    static func report(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("Error: \(message)\n".utf8))
        return ExitCode(64)
    }
}
