import LossvizSweep

/// Anchor centres read from CSV with the header `x,y` (docs/cli.md, `simulate --anchors`)
/// through `CSVReader`, so the file follows the same rules as `eval` input.
///
/// One centre per record after the header; the columns may appear in either
/// order and extra columns are an error (they would be ignored silently
/// otherwise). Every value must be a number of magnitude at most
/// `maximumCoordinate`, and there may be at most `maximumCentres` rows (as for
/// `--points`).
public enum AnchorCentreFile {
    /// The most centres a file may hold (the cap of `--points`).
    public static let maximumCentres = 100_000
    /// The largest coordinate magnitude: the simulation squares distances of
    /// squared sizes, which stay finite below this.
    public static let maximumCoordinate = 1e50

    /// The centres `reader` holds, in file order.
    public static func read(_ reader: CSVReader) throws(AnchorFileError) -> [AnchorCentre] {
        func next() throws(AnchorFileError) -> Bool {
            do throws(CSVError) { return try reader.next() } catch { throw .input(error) }
        }
        guard try next() else { throw .empty(file: reader.source) }
        let names = (0..<reader.fieldCount).map(reader.text)
        guard names.count == 2, let xColumn = names.firstIndex(of: "x"), let yColumn = names.firstIndex(of: "y") else {
            throw .badHeader(file: reader.source, line: reader.line, header: names.joined(separator: ","))
        }
        var centres: [AnchorCentre] = []
        while try next() {
            guard reader.fieldCount == 2 else {
                throw .wrongFieldCount(file: reader.source, line: reader.line, count: reader.fieldCount)
            }
            guard centres.count < maximumCentres else {
                throw .tooManyRows(file: reader.source, line: reader.line, maximum: maximumCentres)
            }
            var values = [0.0, 0.0]
            for (index, column) in [xColumn, yColumn].enumerated() {
                guard let value = reader.number(column), value.isFinite, abs(value) <= maximumCoordinate else {
                    throw .badValue(file: reader.source, line: reader.line, column: column + 1, name: names[column], text: reader.text(column))
                }
                values[index] = value
            }
            centres.append(AnchorCentre(x: values[0], y: values[1]))
        }
        guard !centres.isEmpty else { throw .noRows(file: reader.source) }
        return centres
    }

    /// The centres of CSV `text`; `source` names it in errors.
    public static func parse(_ text: String, source: String) throws(AnchorFileError) -> [AnchorCentre] {
        try read(CSVReader(bytes: Array(text.utf8), source: source))
    }
}

/// What is wrong with an anchor-centre CSV file.
public enum AnchorFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file has no lines at all.
    case empty(file: String)
    /// The first line is not the header `x,y` (in either order).
    case badHeader(file: String, line: Int, header: String)
    /// A line does not have exactly two fields.
    case wrongFieldCount(file: String, line: Int, count: Int)
    /// There are more rows than `AnchorCentreFile.maximumCentres`.
    case tooManyRows(file: String, line: Int, maximum: Int)
    /// A field is not a finite number of magnitude at most `AnchorCentreFile.maximumCoordinate`.
    case badValue(file: String, line: Int, column: Int, name: String, text: String)
    /// There is a header but no centre.
    case noRows(file: String)
    /// The CSV is malformed or cannot be read.
    case input(CSVError)

    public var description: String {
        switch self {
        case let .empty(file):
            return "\(file): the file is empty; expected a header line 'x,y' and one anchor centre per line"
        case let .badHeader(file, line, header):
            return "\(file), line \(line): header is \(FieldText.quoted(header)); expected the two columns 'x,y'"
        case let .wrongFieldCount(file, line, count):
            return "\(file), line \(line): \(count) fields; expected 2 (x,y)"
        case let .tooManyRows(file, line, maximum):
            return "\(file), line \(line): more than \(maximum) anchor centres (the most --points allows too)"
        case let .badValue(file, line, column, name, text):
            return "\(file), line \(line), column \(column) (\(name)): \(FieldText.quoted(text)) is not a number of magnitude at most 1e50"
        case let .noRows(file):
            return "\(file): no anchor centres after the header; expected at least one line 'x,y'"
        case let .input(error):
            return error.description
        }
    }
}
