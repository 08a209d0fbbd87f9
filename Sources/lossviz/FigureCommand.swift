import ArgumentParser
import CairoCanvas
import Figures
import Foundation

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

    @Option(help: "The file to draw into (.png, .svg or .pdf).")
    var output: String?

    @Option(help: "Raster resolution for PNG output, in dots per inch.")
    var dpi: Double = 150

    @Option(help: "Also write the figure's numbers to this JSON file (- for standard output).")
    var data: String?

    func validate() throws {
        guard output != nil || data != nil else {
            throw ValidationError("nothing to write: give --output FILE (.png, .svg, .pdf) and/or --data FILE.json")
        }
        guard dpi > 0, dpi <= 2400 else { throw ValidationError("--dpi must be in (0, 2400], got \(dpi)") }
        if let output {
            do { _ = try OutputFormat(url: URL(fileURLWithPath: output)) } catch { throw ValidationError(error.description) }
        }
    }

    func run() throws {
        let recipe = try FigureCatalog.recipe(named: name)
        let product = try Gallery.make(recipe, in: FigureContext())
        if let output {
            try CairoRenderer.write(product.figure, to: URL(fileURLWithPath: output), dpi: dpi)
        }
        if data == "-" {
            FileHandle.standardOutput.write(try FigureData.json(of: product, figure: name))
        } else if let data {
            try FigureData.write(product, figure: name, to: URL(fileURLWithPath: data))
        }
    }
}
