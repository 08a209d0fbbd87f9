import ArgumentParser
import LossvizCairo
import LossvizFigures
import Foundation
import LossvizPlot

/// `lossviz figure NAME --output FILE`: draws one figure of the catalogue.
struct FigureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figure",
        abstract: "Draw one figure of the catalogue (see `lossviz list figures`).",
        discussion: """
            The format follows the extension of --output: .png, .svg or .pdf. --data
            writes the numbers the figure shows (values printed on it, curves, final
            boxes) as JSON; Gallery/README.md documents each figure's keys. Both files
            are written atomically: a failed run leaves no half-written file.

            Examples:
              lossviz figure giou-degenerates --output giou-degenerates.png
              lossviz figure focal-loss --output focal.pdf --data focal.json
              lossviz figure loss-fields --output fields.png --dpi 300
            """
    )

    @Argument(help: "The figure's name, e.g. giou-degenerates.")
    var name: String

    @OptionGroup(title: "Output")
    var files: OutputFileOptions

    @OptionGroup(title: "Look")
    var look: FigureLookOptions

    @OptionGroup(title: "Look")
    var heading: FigureTitleOption

    func validate() throws {
        try files.requireSome()
    }

    func run() throws {
        let recipe = try FigureCatalog.recipe(named: name)
        let product = try Gallery.make(recipe, in: FigureContext(), palette: look.lossPalette)
        try files.write(figure: { try look.figure(title: heading.title) { product.figure } },
                        json: { String(decoding: try FigureData.json(of: product, figure: name), as: UTF8.self) })
    }
}
