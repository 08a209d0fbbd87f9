import ArgumentParser
import LossvizCairo
import Foundation
import LossvizFigures
import LossvizPlot

/// How a drawn figure looks, shared by every drawing command (docs/cli.md,
/// "Options shared by every command that draws"): theme, loss palette,
/// figure size, font family, transparent page.
struct FigureLookOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Theme: paper, slides or dark.", valueName: "style"),
            completion: .list(FigureTheme.allCases.map(\.rawValue)))
    var style = "paper"

    @Option(help: ArgumentHelp("Loss colours: default or colorblind (both colour-blind safe; see docs/figures.md).", valueName: "palette"),
            completion: .list(["default", "colorblind"]))
    var palette = "default"

    @Option(help: ArgumentHelp("Figure size in inches, WxH (e.g. 6.4x4.8); default: the figure's own.", valueName: "WxH"))
    var figsize: String?

    @Option(help: ArgumentHelp("Text font family (default DejaVu Sans); missing glyphs fall back to an installed font.",
                               valueName: "family"))
    var font: String?

    @Flag(help: "No background fill (PNG with alpha, SVG and PDF without a page rectangle).")
    var transparent = false

    /// Checks every value while parsing: a bad one is a usage error (exit 64).
    func validate() throws {
        try UsageCheck.run(check)
    }

    private func check() throws {
        guard FigureTheme(rawValue: style) != nil else {
            throw ValidationError("--style must be one of paper, slides, dark; got '\(style)'")
        }
        guard LossPalette.named(palette) != nil else {
            throw ValidationError("--palette must be one of default, colorblind; got '\(palette)'")
        }
        if let figsize, Self.size(figsize) == nil {
            throw ValidationError("--figsize must be WxH in inches with both in (0, 200], e.g. 6.4x4.8; got '\(figsize)'")
        }
        if let font, font.trimmingCharacters(in: .whitespaces).isEmpty || font.contains(",")
            || font.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw ValidationError("--font must name one font family (no commas or control characters); got '\(font)'")
        }
    }

    /// `text` as a figure size `WxH` in inches, nil if malformed or out of (0, 200].
    static func size(_ text: String) -> (width: Double, height: Double)? {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]),
              w > 0, h > 0, w <= 200, h <= 200 else { return nil }
        return (w, h)
    }

    /// The font family to draw with: `--font` when installed; otherwise a
    /// warning and the default family.
    var fontFamily: String? {
        guard let font else { return nil }
        if FontFamilies.isInstalled(font) { return font }
        FileHandle.standardError.write(Data(
            "warning: font family '\(font)' is not installed; using \(FontFamilies.defaultFamily)\n".utf8))
        return nil
    }

    /// The loss palette chosen.
    var lossPalette: LossPalette { LossPalette.named(palette) ?? .default }

    /// Builds a figure with `make` under the chosen palette, then gives it the
    /// chosen look and `title` (when not nil).
    func figure(title: String? = nil, _ make: () throws -> Figure) throws -> Figure {
        restyle(title: title)(try LossPalette.$current.withValue(lossPalette) { try make() })
    }

    /// The chosen theme, size, font, background and `title` (when not nil) as
    /// one function to apply to each figure. The font family is looked up (and
    /// a missing one warned about) once, here, not once per figure.
    func restyle(title: String? = nil) -> @Sendable (Figure) -> Figure {
        let theme = FigureTheme(rawValue: style) ?? .paper
        let family = fontFamily, transparent = transparent
        let size = figsize.flatMap(Self.size)
        return { original in
            var figure = original
            figure.style = theme.apply(to: figure.style)
            figure.style.fontFamily = family
            figure.style.transparent = transparent
            if let size {
                figure.width = size.width
                figure.height = size.height
            }
            if let title { figure.title = title }
            return figure
        }
    }
}

/// `--title TEXT`, for the commands that draw one figure of their own.
struct FigureTitleOption: ParsableArguments {
    @Option(help: "A title above the figure; may use $...$ math, e.g. 'GIoU $L_{GIoU}$'.")
    var title: String?

    func validate() throws {
        if let title, let problem = MathText.problem(in: title) {
            throw ValidationError("--title: \(problem)")
        }
    }
}
