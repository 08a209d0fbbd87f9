/// Why CSV input cannot be read: the source (a path or "standard input"), the
/// line and column (1-based; column = field number) when the content is at
/// fault, and what is wrong.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A path, or "standard input".
    public var source: String
    /// The line (1-based) of the fault; nil when the source itself cannot be read.
    public var line: Int?
    /// The field number (1-based) of the fault, when one field is at fault.
    public var column: Int?
    /// What is wrong.
    public var problem: String

    /// An error at `line` and `column` of `source`, or about the whole source when `line` is nil.
    public init(source: String, line: Int?, column: Int? = nil, problem: String) {
        self.source = source
        self.line = line
        self.column = column
        self.problem = problem
    }

    public var description: String {
        guard let line else {
            return source == StandardStreams.inputName ? "cannot read \(source): \(problem)" : "cannot read '\(source)': \(problem)"
        }
        return "\(source), line \(line)" + (column.map { ", column \($0)" } ?? "") + ": \(problem)"
    }
}
