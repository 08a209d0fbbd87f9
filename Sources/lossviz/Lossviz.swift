import ArgumentParser
import Foundation
import LossvizIO

/// The `lossviz` command: the losses of object detection, made visible.
@main
struct Lossviz: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lossviz",
        abstract: "The losses of object detection, made visible: values, gradients, sweeps, simulations and figures.",
        version: "0.1.0",
        subcommands: [List.self, Eval.self, Simulate.self, Curve.self, Field.self, FigureCommand.self, GalleryCommand.self, Serve.self, Animate.self]
    )

    /// Runs the command line, after making closed standard streams and broken
    /// pipes errors the commands report rather than crashes or signals. Help
    /// and version text go through `StandardStreams` too, so that output lost
    /// to a full disk or a closed pipe is never an exit status 0.
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
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                do {
                    if !message.isEmpty { try StandardStreams.write(message + "\n") }
                } catch {
                    StandardStreams.writeError("Error: \(error)\n")
                    Foundation.exit(ExitCode.failure.rawValue)
                }
            } else {
                StandardStreams.writeError(message + "\n")
            }
            Foundation.exit(code.rawValue)
        }
    }
}
