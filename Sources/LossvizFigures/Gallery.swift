import LossvizCairo
import Foundation
import LossvizIO
import LossvizPlot

/// The gallery: every figure of the catalogue in the chosen formats, plus a
/// `README.md` with the picture, caption and regenerating command of each.
///
/// Output is deterministic, so `check` can regenerate into a temporary folder
/// and compare bytes with what is committed.
public struct Gallery: Sendable {
    /// Raster resolution of the gallery's PNGs.
    public static let dpi: Double = 150

    /// The figures, in README order.
    public var recipes: [any FigureRecipe]
    /// The file formats each figure is written in.
    public var formats: [OutputFormat]
    /// The loss colours every figure is drawn in.
    public var palette: LossPalette
    /// Applied to every figure after its recipe made it (a theme, a font).
    public var restyle: @Sendable (Figure) -> Figure
    /// Figures also drawn in another theme, as `NAME-THEME.png`, so that the
    /// README can show the themes side by side.
    public var themeSamples: [(figure: String, theme: FigureTheme)]
    /// The animated figures, each written as `.svg` and `.gif`.
    public var animations: [AnimatedFigureCatalog.Entry]

    /// Raster resolution of the gallery's GIF animations.
    public static let animationDPI: Double = 80

    /// The theme samples of the committed gallery.
    public static let defaultThemeSamples: [(figure: String, theme: FigureTheme)] = [
        ("loss-fields", .dark), ("focal-loss", .slides),
    ]

    /// A gallery of `recipes` (the whole catalogue by default) in `formats`,
    /// plus `animations` (all animated figures by default).
    public init(recipes: [any FigureRecipe] = FigureCatalog.all, formats: [OutputFormat] = [.png, .svg],
                animations: [AnimatedFigureCatalog.Entry] = AnimatedFigureCatalog.all,
                palette: LossPalette = .default, restyle: @escaping @Sendable (Figure) -> Figure = { $0 },
                themeSamples: [(figure: String, theme: FigureTheme)] = Gallery.defaultThemeSamples) {
        self.recipes = recipes
        self.formats = formats
        self.animations = animations
        self.palette = palette
        self.restyle = restyle
        self.themeSamples = themeSamples.filter { sample in recipes.contains { $0.name == sample.figure } }
    }

    /// The file name of a theme sample.
    static func sampleName(_ figure: String, _ theme: FigureTheme) -> String { "\(figure)-\(theme.rawValue).png" }

    /// Parses a comma-separated list such as `png,svg`.
    public static func formats(from list: String) throws(FigureError) -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for item in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let format = OutputFormat(rawValue: item) else { throw .unknownFormat(item) }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw .unknownFormat(list) }
        return formats
    }

    /// The files the gallery consists of, relative to its folder.
    public var fileNames: [String] {
        recipes.flatMap { recipe in formats.map { "\(recipe.name).\($0.rawValue)" } }
            + themeSamples.map { Self.sampleName($0.figure, $0.theme) }
            + animations.flatMap { animation in AnimationFormat.allCases.map { Self.animationFile(animation, $0) } }
            + ["README.md"]
    }

    /// Makes every figure, then writes them all and the README into `directory`
    /// (created if needed) at once: if any file cannot be written, none is
    /// replaced. `progress` is told each figure's name as it starts.
    public func write(to directory: URL, context: FigureContext = FigureContext(),
                      progress: (String) -> Void = { _ in }) throws(FigureError) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .output(OutputError(destination: directory.path, reason: error.localizedDescription))
        }
        var files: [(path: String, bytes: Data)] = []
        for recipe in recipes {
            progress(recipe.name)
            let product = try Self.make(recipe, in: context, palette: palette)
            let figure = restyle(product.figure)
            for format in formats {
                let path = directory.appendingPathComponent("\(recipe.name).\(format.rawValue)").path
                do { files.append((path, try CairoRenderer.render(figure, format: format, dpi: Self.dpi))) } catch { throw .render(error) }
            }
            for sample in themeSamples where sample.figure == recipe.name {
                var themed = figure
                themed.style = sample.theme.apply(to: themed.style)
                let path = directory.appendingPathComponent(Self.sampleName(sample.figure, sample.theme)).path
                do { files.append((path, try CairoRenderer.render(themed, format: .png, dpi: Self.dpi))) } catch { throw .render(error) }
            }
        }
        for entry in animations {
            progress(entry.name)
            let frames: [Figure]
            do { frames = try entry.animation.frames() } catch { throw .computation(figure: entry.name, reason: "\(error)") }
            for format in AnimationFormat.allCases {
                let path = directory.appendingPathComponent(Self.animationFile(entry, format)).path
                do {
                    files.append((path, try CairoRenderer.renderAnimation(frames, durations: entry.animation.frameDurations,
                                                                           format: format, dpi: Self.animationDPI)))
                } catch {
                    throw .render(error)
                }
            }
        }
        files.append((directory.appendingPathComponent("README.md").path, Data(readmeText.utf8)))
        do { try AtomicFile.write(files) } catch { throw .output(error) }
    }

    /// Regenerates the gallery into a temporary folder and compares it, byte
    /// for byte, with `directory`; throws `galleryOutOfDate` naming the
    /// figures whose files differ or are missing.
    public func check(against directory: URL, context: FigureContext = FigureContext(),
                      progress: (String) -> Void = { _ in }) throws(FigureError) {
        let fresh = FileManager.default.temporaryDirectory
            .appendingPathComponent("lossviz-gallery-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fresh) }
        try write(to: fresh, context: context, progress: progress)
        var files: [String] = []
        for name in fileNames {
            let committed = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path)
            let regenerated = FileManager.default.contents(atPath: fresh.appendingPathComponent(name).path)
            if committed == nil || committed != regenerated { files.append(name) }
        }
        guard files.isEmpty else {
            let figures = (recipes.map(\.name) + animations.map(\.name)).filter { name in files.contains { $0.hasPrefix(name + ".") } }
            throw .galleryOutOfDate(figures: figures + (files.contains("README.md") ? ["README.md"] : []), files: files)
        }
    }

    /// Runs `recipe` with the losses drawn in `palette`, turning any error it
    /// throws into a `FigureError` that names it. The figure carries the
    /// recipe's name and caption as metadata.
    public static func make(_ recipe: any FigureRecipe, in context: FigureContext,
                            palette: LossPalette = .current) throws(FigureError) -> FigureProduct {
        do {
            var product = try LossPalette.$current.withValue(palette) { try recipe.make(in: context) }
            product.figure.metadata = FigureMetadata(title: recipe.name, subject: plainText(recipe.caption))
            return product
        } catch let error as FigureError {
            throw error
        } catch {
            throw .computation(figure: recipe.name, reason: "\(error)")
        }
    }

    /// `markdown` without its code and emphasis marks, on one line, for file metadata.
    static func plainText(_ markdown: String) -> String {
        markdown.replacingOccurrences(of: "`", with: "").replacingOccurrences(of: "**", with: "")
            .split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// `Gallery/README.md`: per figure its picture, caption, data keys and command.
    public var readmeText: String {
        var text = """
        # lossviz gallery

        Every figure below is regenerated by `swift run -c release lossviz gallery`;
        every number printed on a figure is computed by lossviz when it is drawn.
        `lossviz figure NAME --output NAME.png --data NAME.json` redraws one figure
        and writes the numbers it shows.

        ## Source figures

        Each figure of the seed document (figs 1-14) and each paper figure lossviz
        reproduces, and the catalogue figure that redraws it:


        """
        text += SourceFigureMap.markdownTable + "\n## Figures\n\n"
        text += recipes.map { "- [`\($0.name)`](#\($0.name)): \($0.summary)" }.joined(separator: "\n") + "\n"
        if !animations.isEmpty { text += "- [Animated figures](#animated-figures)\n" }
        if !themeSamples.isEmpty {
            text += """

            ## Themes

            Every drawing command takes `--style paper|slides|dark` (and `--palette`,
            `--figsize`, `--font`, `--transparent`). The same figures in the default
            `paper` theme and in another:

            | paper | other theme |
            |---|---|

            """
            for sample in themeSamples {
                text += "| ![\(sample.figure), paper](\(sample.figure).png) "
                    + "| ![\(sample.figure), \(sample.theme.rawValue)](\(Self.sampleName(sample.figure, sample.theme)))"
                    + " `--style \(sample.theme.rawValue)` |\n"
            }
        }
        for recipe in recipes {
            let picture = formats.contains(.png) ? "\(recipe.name).png" : "\(recipe.name).\(formats[0].rawValue)"
            text += """

            ## \(recipe.name)

            ![\(recipe.summary)](\(picture))

            \(recipe.caption.trimmingCharacters(in: .whitespacesAndNewlines))

            Regenerate: `lossviz figure \(recipe.name) --output \(recipe.name).png --data \(recipe.name).json`

            Data keys:

            \(recipe.dataKeys.trimmingCharacters(in: .whitespacesAndNewlines))

            """
        }
        if !animations.isEmpty { text += animationSection }
        return text
    }

    /// The file of an animated figure: `NAME-animated.svg` or `.gif` (the still
    /// figure of the same name keeps `NAME.svg`).
    public static func animationFile(_ entry: AnimatedFigureCatalog.Entry, _ format: AnimationFormat) -> String {
        "\(entry.name)-animated.\(format.rawValue)"
    }

    /// The README's section on the animated figures: each as SVG (plays in the
    /// browser and on GitHub) with its GIF (for slides) and its command.
    var animationSection: String {
        var text = """

        ## Animated figures

        The regression figures, moving: boxes under each loss side by side, the iteration
        counter and the l1 error curves growing with them. The `.svg` files animate in any
        browser; the `.gif` files play in slide software.

        """
        for entry in animations {
            text += """

            ### \(entry.name)

            ![\(entry.summary)](\(Self.animationFile(entry, .svg)))

            \(entry.summary). GIF: [\(Self.animationFile(entry, .gif))](\(Self.animationFile(entry, .gif))).

            Regenerate: `lossviz animate \(entry.name) --output \(Self.animationFile(entry, .svg))` (or `.gif`)

            """
        }
        return text
    }
}
