/// Why `lossviz eval` cannot evaluate its input; every case names where (the
/// input, its line and column) and what is wrong.
enum EvalInputError: Error, Equatable, CustomStringConvertible {
    case emptyInput(source: String)
    case fieldCount(source: String, line: Int, expected: Int, found: Int)
    case missingColumn(source: String, line: Int, name: String, expected: [String])
    case unknownColumn(source: String, line: Int, column: Int, name: String, expected: [String])
    case duplicateColumn(source: String, line: Int, column: Int, name: String)
    case invalidValue(source: String, line: Int, column: Int, name: String, text: String, reason: String)
    case classCountMismatch(source: String, line: Int, classes: Int, counts: Int)
    case unreadableInput(path: String, reason: String)
    case unwritableOutput(path: String, reason: String)
    case boxFormatNotApplicable(loss: String)
    case referenceGradientNotYetAvailable(loss: String)
    case referenceGradientUndefined(loss: String)

    var description: String {
        switch self {
        case let .emptyInput(source):
            return "\(source): no header line; the input must start with the column names"
        case let .fieldCount(source, line, expected, found):
            return "\(source), line \(line): \(found) fields but the header has \(expected) columns"
        case let .missingColumn(source, line, name, expected):
            return "\(source), line \(line): column '\(name)' is missing; the header must be \(expected.joined(separator: ","))"
        case let .unknownColumn(source, line, column, name, expected):
            return "\(source), line \(line), column \(column): unknown column '\(name)'; the header must be \(expected.joined(separator: ","))"
        case let .duplicateColumn(source, line, column, name):
            return "\(source), line \(line), column \(column): column '\(name)' appears twice"
        case let .invalidValue(source, line, column, name, text, reason):
            return "\(source), line \(line), column \(column) (\(name)): '\(text)' \(reason)"
        case let .classCountMismatch(source, line, classes, counts):
            return "\(source), line \(line): the header has \(classes) logit columns but --class-counts gives \(counts) counts"
        case let .unreadableInput(path, reason):
            return "cannot read input '\(path)': \(reason)"
        case let .unwritableOutput(path, reason):
            return "cannot write output '\(path)': \(reason)"
        case let .boxFormatNotApplicable(loss):
            return "--box-format applies to box losses only; \(loss) is not one"
        case let .referenceGradientNotYetAvailable(loss):
            return "--gradient reference for \(loss) is not yet available in this build; use --gradient autograd"
        case let .referenceGradientUndefined(loss):
            return "--gradient reference exists only for iou, giou, diou and ciou, not for \(loss); use --gradient autograd"
        }
    }
}
