import ArgumentParser

/// Usage errors (docs/cli.md, "Exit status"): a mistake in how lossviz was called
/// gets exit status 64 (EX_USAGE) and one line naming the option and what it
/// accepts; a failure while running gets 1.
///
/// argument-parser gives status 64 to its own parse errors and to
/// `ValidationError`, whether thrown by `validate()` or `run()`, and status 1
/// to every other error. The commands' `validate()` therefore runs its checks
/// through `UsageCheck.run`, which turns whatever a library check throws
/// (`LossOptionError`, `SweepError`, ...) into a `ValidationError` with the
/// same message.
enum UsageCheck {
    /// Runs `check`; any error it throws becomes a usage error with the same message.
    static func run<T>(_ check: () throws -> T) throws -> T {
        do {
            return try check()
        } catch let error as ValidationError {
            throw error
        } catch {
            throw ValidationError(String(describing: error))
        }
    }
}
