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
            let bar = ProgressBar(label: "gallery")
            let total = gallery.recipes.count + gallery.animations.count
            var done = 0
            let next = { (name: String) in
                bar.update(done: done, total: total, stage: name)
                done += 1
            }
            bar.start()
            let summary = try bar.finishing {
                if check {
                    try gallery.check(against: directory, progress: next)
                    return "gallery in \(outputDirectory) is up to date (\(gallery.recipes.count) figures)"
                }
                try gallery.write(to: directory, progress: next)
                return "wrote \(gallery.recipes.count) figures to \(outputDirectory)"
            }
            StandardStreams.writeError(summary + "\n")
        }
    }
}
