/// Anchor centres read from CSV text with the header `x,y` (CLI.md, `simulate --anchors`).
///
/// One centre per line after the header; blank lines are skipped; the columns may
/// appear in either order and extra columns are an error (they would be ignored
/// silently otherwise). Every value must be a finite decimal number.
public enum AnchorCentreFile {
    /// The centres of `text`, in file order; `source` names the file in errors.
    public static func parse(_ text: String, source: String) throws(AnchorFileError) -> [AnchorCentre] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
            .map { (number: $0.offset + 1, text: $0.element.trimmingWhitespace) }
            .filter { !$0.text.isEmpty }[...]
        guard let header = lines.popFirst() else { throw .empty(file: source) }
        let names = header.text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace }
        guard names.count == 2, let xColumn = names.firstIndex(of: "x"), let yColumn = names.firstIndex(of: "y") else {
            throw .badHeader(file: source, header: header.text)
        }
        var centres: [AnchorCentre] = []
        for line in lines {
            let fields = line.text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace }
            guard fields.count == 2 else {
                throw .wrongFieldCount(file: source, line: line.number, count: fields.count)
            }
            var values = [0.0, 0.0]
            for (index, column) in [xColumn, yColumn].enumerated() {
                guard let value = Double(fields[column]), value.isFinite else {
                    throw .badValue(file: source, line: line.number, column: names[column], text: fields[column])
                }
                values[index] = value
            }
            centres.append(AnchorCentre(x: values[0], y: values[1]))
        }
        guard !centres.isEmpty else { throw .noRows(file: source) }
        return centres
    }
}

/// What is wrong with an anchor-centre CSV file.
public enum AnchorFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file has no lines at all.
    case empty(file: String)
    /// The first line is not the header `x,y` (in either order).
    case badHeader(file: String, header: String)
    /// A line does not have exactly two fields.
    case wrongFieldCount(file: String, line: Int, count: Int)
    /// A field is not a finite number.
    case badValue(file: String, line: Int, column: String, text: String)
    /// There is a header but no centre.
    case noRows(file: String)

    public var description: String {
        switch self {
        case let .empty(file):
            return "\(file): the file is empty; expected a header line 'x,y' and one anchor centre per line"
        case let .badHeader(file, header):
            return "\(file):1: header is '\(header)'; expected the two columns 'x,y'"
        case let .wrongFieldCount(file, line, count):
            return "\(file):\(line): \(count) fields; expected 2 (x,y)"
        case let .badValue(file, line, column, text):
            return "\(file):\(line): column \(column) is '\(text)'; expected a finite number"
        case let .noRows(file):
            return "\(file): no anchor centres after the header; expected at least one line 'x,y'"
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and carriage returns.
    fileprivate var trimmingWhitespace: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice.removeLast() }
        return String(slice)
    }
}
