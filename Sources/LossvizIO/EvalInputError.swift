/// Why `lossviz eval` cannot evaluate its input; every case names where (the
/// input, its line and column) and what is wrong.
public enum EvalInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input has no header line.
    case emptyInput(source: String)
    /// The header line is empty.
    case emptyHeader(source: String, line: Int)
    /// A record has another number of fields than the header.
    case fieldCount(source: String, line: Int, expected: Int, found: Int)
    /// A column the loss needs is not in the header.
    case missingColumn(source: String, line: Int, name: String, expected: [String])
    /// A header column the loss does not read (with `--extra-columns error`).
    case unknownColumn(source: String, line: Int, column: Int, name: String, expected: [String])
    /// A column the loss reads appears twice.
    case duplicateColumn(source: String, line: Int, column: Int, name: String)
    /// A value is not acceptable; `text` is the field as read.
    case invalidValue(source: String, line: Int, column: Int, name: String, text: String, reason: String)
    /// `--class-counts` gives another number of classes than the header.
    case classCountMismatch(source: String, line: Int, classes: Int, counts: Int)
    /// The CSV itself is malformed or unreadable.
    case input(CSVError)
    /// The output could not be written.
    case output(OutputError)
    /// `--box-format` was given for a loss that does not take boxes.
    case boxFormatNotApplicable(loss: String)
    /// `--gradient reference` was asked for a loss that has none.
    case referenceGradientUndefined(loss: String)

    public var description: String {
        switch self {
        case let .emptyInput(source):
            return "\(source): no header line; the input must start with the column names"
        case let .emptyHeader(source, line):
            return "\(source), line \(line): the header line is empty; the input must start with the column names"
        case let .fieldCount(source, line, expected, found):
            return "\(source), line \(line): \(found) fields but the header has \(expected) columns"
        case let .missingColumn(source, line, name, expected):
            return "\(source), line \(line): column '\(name)' is missing; the header must be \(Self.list(expected))"
        case let .unknownColumn(source, line, column, name, expected):
            return "\(source), line \(line), column \(column): unknown column \(FieldText.quoted(name)); the header must be "
                + "\(Self.list(expected)) (--extra-columns ignore or pass accepts other columns)"
        case let .duplicateColumn(source, line, column, name):
            return "\(source), line \(line), column \(column): column \(FieldText.quoted(name)) appears twice"
        case let .invalidValue(source, line, column, name, text, reason):
            return "\(source), line \(line), column \(column) (\(name)): \(FieldText.quoted(text)) \(reason)"
        case let .classCountMismatch(source, line, classes, counts):
            return "\(source), line \(line): the header has \(classes) logit columns but --class-counts gives \(counts) counts"
        case let .input(error):
            return error.description
        case let .output(error):
            return error.description
        case let .boxFormatNotApplicable(loss):
            return "--box-format applies to box losses only; \(loss) is not one"
        case let .referenceGradientUndefined(loss):
            return "--gradient reference exists only for iou, giou, diou and ciou, not for \(loss); use --gradient autograd"
        }
    }

    /// A header list as messages show it, shortened when it is long (thousands of logit columns).
    private static func list(_ names: [String]) -> String {
        names.count <= 12 ? names.joined(separator: ",") : (names.prefix(4) + ["...", names[names.count - 1]]).joined(separator: ",")
    }
}
