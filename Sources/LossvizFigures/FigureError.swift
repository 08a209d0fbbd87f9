import LossvizCairo
import LossvizIO

/// Why a figure could not be made or written.
public enum FigureError: Error, CustomStringConvertible {
    /// No figure has this name.
    case unknownFigure(String, known: [String])
    /// The figure's numbers could not be computed.
    case computation(figure: String, reason: String)
    /// Rendering failed.
    case render(RenderError)
    /// Writing a file failed.
    case output(OutputError)
    /// The `--data` JSON could not be encoded.
    case data(figure: String, reason: String)
    /// The gallery folder is out of date: these files differ from a fresh run.
    case galleryOutOfDate(figures: [String], files: [String])
    /// A gallery format other than png, svg or pdf.
    case unknownFormat(String)

    public var description: String {
        switch self {
        case let .unknownFigure(name, known):
            return "unknown figure '\(name)'; `lossviz list figures` lists them: \(known.joined(separator: ", "))"
        case let .computation(figure, reason):
            return "figure \(figure): \(reason)"
        case let .render(error):
            return error.description
        case let .output(error):
            return error.description
        case let .data(figure, reason):
            return "figure \(figure): cannot encode its data as JSON: \(reason)"
        case let .galleryOutOfDate(figures, files):
            return "the gallery is out of date for \(figures.joined(separator: ", ")) (\(files.count) file(s) differ: \(files.prefix(6).joined(separator: ", "))\(files.count > 6 ? ", ..." : "")); run `swift run -c release lossviz gallery` and commit Gallery/"
        case let .unknownFormat(format):
            return "unknown gallery format '\(format)'; use png, svg or pdf"
        }
    }
}
