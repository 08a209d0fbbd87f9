import LossvizPlot

/// Why a figure could not be rendered or written.
public enum RenderError: Error, CustomStringConvertible, Equatable {
    /// The file extension names no supported format.
    case unknownFormat(extension: String, path: String)
    /// The file extension names no animation format.
    case unknownAnimationFormat(extension: String, path: String)
    /// Cairo reported an error status.
    case cairo(operation: String, status: String)
    /// The figure itself cannot be drawn.
    case plot(PlotError)

    public var description: String {
        switch self {
        case .unknownFormat(let ext, let path):
            let known = OutputFormat.allCases.map { "." + $0.rawValue }.joined(separator: ", ")
            return "cannot write \(path): unknown extension \"\(ext.isEmpty ? "(none)" : "." + ext)\"; use one of \(known)"
        case .unknownAnimationFormat(let ext, let path):
            return "cannot write \(path): unknown extension \"\(ext.isEmpty ? "(none)" : "." + ext)\" for an animation; use .svg or .gif"
        case .cairo(let operation, let status):
            return "cairo failed in \(operation): \(status)"
        case .plot(let error):
            return error.description
        }
    }
}
