import ArgumentParser
import LossvizFigures
import Foundation
import LossvizIO

extension Lossviz {
    /// `lossviz gallery`: regenerates every figure and Gallery/README.md; the work
    /// is `Gallery`'s.
    struct GalleryCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gallery",
            abstract: "Regenerate every figure of the catalogue and the gallery's README.",
            discussion: """
                Writes each figure as NAME.png and NAME.svg (or the --formats given) and a
                README.md with the picture, caption and regenerating command of each.
                Output is deterministic. --check regenerates into a temporary folder and
                fails, naming the figures, if the folder's files differ. See docs/figures.md.

                Examples:
                  swift run -c release lossviz gallery
                  lossviz gallery --output-dir /tmp/gallery --formats png,svg,pdf
                  lossviz gallery --check
                """
        )

        @Option(name: .customLong("output-dir"), help: "The gallery folder.", completion: .directory)
        var outputDirectory = "Gallery"

        @Option(help: "Comma-separated formats: png, svg, pdf.")
        var formats = "png,svg"

        @Flag(help: "Do not write: fail if the folder is out of date.")
        var check = false

        @OptionGroup(title: "Look")
        var look: FigureLookOptions

        func validate() throws {
            _ = try UsageCheck.run { try Gallery.formats(from: formats) }
        }

        func run() throws {
            let gallery = Gallery(formats: try Gallery.formats(from: formats), palette: look.lossPalette, restyle: look.restyle())
            let directory = URL(fileURLWithPath: outputDirectory)
            let report = ProgressLine()
            if check {
                try gallery.check(against: directory, progress: report.callAsFunction)
                report.finish("gallery in \(outputDirectory) is up to date (\(gallery.recipes.count) figures)")
            } else {
                try gallery.write(to: directory, progress: report.callAsFunction)
                report.finish("wrote \(gallery.recipes.count) figures to \(outputDirectory)")
            }
        }
    }
}

/// Tells standard error which figure is being made: rewritten in place on a
/// terminal, one line per figure otherwise.
private struct ProgressLine {
    let isTerminal = isatty(STDERR_FILENO) != 0

    func callAsFunction(_ name: String) {
        let line = isTerminal ? "\r\u{1B}[2K  \(name)" : "  \(name)\n"
        StandardStreams.writeError(line)
    }

    func finish(_ message: String) {
        StandardStreams.writeError(((isTerminal ? "\r\u{1B}[2K" : "") + message + "\n"))
    }
}
