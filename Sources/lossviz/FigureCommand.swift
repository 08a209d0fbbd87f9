import ArgumentParser
import LossvizFigures

extension Lossviz {
    /// `lossviz figure NAME --output FILE`: draws one figure of the catalogue;
    /// the work is `Gallery.make`'s.
    struct FigureCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "figure",
            abstract: "Draw one figure of the catalogue (see `lossviz list figures`).",
            discussion: """
                The format follows the extension of --output: .png, .svg or .pdf (or
                --format, needed with --output -). --data writes the numbers the figure
                shows (values printed on it, curves, final boxes) as JSON;
                Gallery/README.md documents each figure's keys. Both files are written
                atomically: a failed run leaves no half-written file. A figure that takes
                longer than a second shows its progress on standard error when that is a
                terminal: a bar for the simulation figures (tens of seconds), the elapsed
                time for the others. See docs/figures.md.

                Examples:
                  lossviz figure giou-degenerates --output giou-degenerates.png
                  lossviz figure focal-loss --output focal.pdf --data focal.json
                  lossviz figure loss-fields --output fields.png --dpi 300
                  lossviz figure focal-loss --output - --format svg > focal.svg
                """
        )

        @Argument(help: "The figure's name, e.g. giou-degenerates (`lossviz list figures` lists them).", completion: .list(FigureCatalog.names),
                  transform: FigureName.still)
        var name: String

        @OptionGroup(title: "Output")
        var files: OutputFileOptions

        @OptionGroup(title: "Look")
        var look: FigureLookOptions

        @OptionGroup(title: "Look")
        var heading: FigureTitleOption

        func validate() throws {
            try UsageCheck.run { try files.requireSome() }
        }

        func run() throws {
            let recipe = try FigureCatalog.recipe(named: name)
            let bar = ProgressBar(label: name)
            bar.start()
            try bar.finishing {
                let context = FigureContext { stage, done, total in bar.update(done: done, total: total, stage: stage) }
                let product = try Gallery.make(recipe, in: context, palette: look.lossPalette)
                try files.write(figure: { try look.figure(title: heading.title) { product.figure } },
                                json: { String(decoding: try FigureData.json(of: product, figure: name), as: UTF8.self) })
            }
        }
    }
}
