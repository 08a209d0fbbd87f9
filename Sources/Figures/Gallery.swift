import CairoCanvas
import Foundation
import Plot

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
    /// The animated figures, each written as `.svg` and `.gif`.
    public var animations: [AnimatedFigureCatalog.Entry]

    /// Raster resolution of the gallery's GIF animations.
    public static let animationDPI: Double = 80

    /// A gallery of `recipes` (the whole catalogue by default) in `formats`,
    /// plus `animations` (all animated figures by default).
    public init(recipes: [any FigureRecipe] = FigureCatalog.all, formats: [OutputFormat] = [.png, .svg],
                animations: [AnimatedFigureCatalog.Entry] = AnimatedFigureCatalog.all) {
        self.recipes = recipes
        self.formats = formats
        self.animations = animations
    }

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
            + animations.flatMap { animation in AnimationFormat.allCases.map { Self.animationFile(animation, $0) } }
            + ["README.md"]
    }

    /// Makes every figure and writes it into `directory` (created if needed),
    /// then the README. `progress` is told each figure's name as it starts.
    public func write(to directory: URL, context: FigureContext = FigureContext(),
                      progress: (String) -> Void = { _ in }) throws(FigureError) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .render(.unwritable(path: directory.path, reason: "\(error.localizedDescription)"))
        }
        for recipe in recipes {
            progress(recipe.name)
            let product = try Self.make(recipe, in: context)
            for format in formats {
                let url = directory.appendingPathComponent("\(recipe.name).\(format.rawValue)")
                do { try CairoRenderer.write(product.figure, to: url, dpi: Self.dpi) } catch { throw .render(error) }
            }
        }
        for entry in animations {
            progress(entry.name)
            let frames: [Figure]
            do { frames = try entry.animation.frames() } catch { throw .computation(figure: entry.name, reason: "\(error)") }
            for format in AnimationFormat.allCases {
                let url = directory.appendingPathComponent(Self.animationFile(entry, format))
                do {
                    try CairoRenderer.writeAnimation(frames, durations: entry.animation.frameDurations, to: url, dpi: Self.animationDPI)
                } catch {
                    throw .render(error)
                }
            }
        }
        let readme = Data(readmeText.utf8)
        do { try AtomicFile.write(readme, to: directory.appendingPathComponent("README.md")) } catch { throw .render(error) }
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

    /// Runs `recipe`, turning any error it throws into a `FigureError` that names it.
    public static func make(_ recipe: any FigureRecipe, in context: FigureContext) throws(FigureError) -> FigureProduct {
        do {
            return try recipe.make(in: context)
        } catch let error as FigureError {
            throw error
        } catch {
            throw .computation(figure: recipe.name, reason: "\(error)")
        }
    }

    /// `Gallery/README.md`: per figure its picture, caption, data keys and command.
    public var readmeText: String {
        var text = """
        # lossviz gallery

        Every figure below is regenerated by `swift run -c release lossviz gallery`;
        every number printed on a figure is computed by lossviz when it is drawn.
        `lossviz figure NAME --output NAME.png --data NAME.json` redraws one figure
        and writes the numbers it shows.


        """
        text += recipes.map { "- [`\($0.name)`](#\($0.name)): \($0.summary)" }.joined(separator: "\n") + "\n"
        if !animations.isEmpty { text += "- [Animated figures](#animated-figures)\n" }
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
