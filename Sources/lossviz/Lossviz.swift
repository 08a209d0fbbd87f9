import ArgumentParser
import LossvizIO

/// The `lossviz` command: the losses of object detection, made visible.
@main
struct Lossviz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lossviz",
        abstract: "The losses of object detection, made visible: values, gradients, sweeps, simulations and figures.",
        version: "0.1.0",
        subcommands: [List.self, Eval.self, Simulate.self, Curve.self, Field.self, FigureCommand.self, GalleryCommand.self]
    )

    /// Runs the command line, after making closed standard streams and broken
    /// pipes errors the commands report rather than crashes or signals.
    static func main() {
        StandardStreams.prepare()
        main(nil)
    }
}
