import Foundation

/// A file format CairoCanvas can write, chosen by file extension.
public enum OutputFormat: String, CaseIterable, Sendable {
    case png
    case svg
    case pdf

    /// The format of `url`'s extension (case-insensitive).
    public init(url: URL) throws(RenderError) {
        let ext = url.pathExtension.lowercased()
        guard let format = OutputFormat(rawValue: ext) else {
            throw .unknownFormat(extension: url.pathExtension, path: url.path)
        }
        self = format
    }
}
