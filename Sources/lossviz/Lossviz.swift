import ArgumentParser

/// The `lossviz` command: the losses of object detection, made visible.
@main
struct Lossviz: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lossviz",
        abstract: "The losses of object detection, made visible: values, gradients, sweeps, simulations and figures.",
        version: "0.1.0",
        subcommands: [List.self, Eval.self, Simulate.self, Curve.self, Field.self, FigureCommand.self, GalleryCommand.self, Serve.self, Animate.self]
    )
}
