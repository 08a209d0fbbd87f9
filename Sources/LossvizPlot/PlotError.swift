/// What can go wrong when drawing a figure: data that cannot be drawn, named
/// with the panel and mark it came from.
public enum PlotError: Error, CustomStringConvertible, Equatable {
    /// Mark data that cannot be drawn (mismatched lengths, bad grid, ...).
    case invalidData(String)
    /// A figure setting that cannot be honoured (zero size, empty grid, ...).
    case invalidFigure(String)

    public var description: String {
        switch self {
        case .invalidData(let message): return "invalid plot data: \(message)"
        case .invalidFigure(let message): return "invalid figure: \(message)"
        }
    }
}
