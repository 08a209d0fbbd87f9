import ArgumentParser
import Foundation
import LossvizIO

/// The `lossviz` command: the losses of object detection, made visible.
///
/// Each subcommand is a thin front, nested in this type (`Lossviz.Field`,
/// `Lossviz.Eval`, ...): it parses and checks its options in `validate()` and
/// hands the work to a library frontend (`FieldRequest`, `LossTableEvaluator`,
/// `SimulationReport`, `Gallery`, ...).
@main
struct Lossviz: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lossviz",
        abstract: "The losses of object detection, made visible: values, gradients, sweeps, simulations and figures.",
        discussion: "Documentation: README.md and docs/cli.md (commands), docs/losses.md, docs/simulation.md, docs/figures.md.",
        version: "0.1.0",
        subcommands: [List.self, Eval.self, Simulate.self, Curve.self, Field.self, FigureCommand.self, GalleryCommand.self,
                      Serve.self, Animate.self]
    )

    /// Runs the command line, after making closed standard streams and broken
    /// pipes errors the commands report rather than crashes or signals. Help,
    /// version and completion text go through `StandardStreams` too, so that
    /// output lost to a full disk or a closed pipe is never an exit status 0.
    static func main() async {
        StandardStreams.prepare()
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            exit(reporting: error)
        }
    }

    /// Ends the process for `error` as docs/cli.md's "Exit status" asks: help,
    /// version and completion scripts on standard output with status 0; every
    /// other error as one line `lossviz: error: ...` on standard error, with
    /// status 64 for a usage error (argument-parser's own parse errors and
    /// `ValidationError`, see `UsageCheck`) and 1 for a failure while running.
    static func exit(reporting error: Error) -> Never {
        let code = exitCode(for: error)
        if code == .success {
            let text = fullMessage(for: error)
            do {
                if !text.isEmpty { try StandardStreams.write(text + "\n") }
            } catch {
                StandardStreams.writeError("lossviz: error: \(error)\n")
                Foundation.exit(ExitCode.failure.rawValue)
            }
        } else if let line = errorLine(for: error) {
            StandardStreams.writeError(line + "\n")
        }
        Foundation.exit(code.rawValue)
    }

    /// The one line that reports `error` (nil for a bare `ExitCode`, whose
    /// command has already said what went wrong): argument-parser's message
    /// without its usage block, its lines joined.
    static func errorLine(for error: Error) -> String? {
        let message = message(for: error)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
        return message.isEmpty ? nil : "lossviz: error: \(message)"
    }
}
