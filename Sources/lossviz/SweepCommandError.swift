/// Why `lossviz simulate`, `curve` or `field` cannot do what it was asked.
enum SweepCommandError: Error, Equatable, CustomStringConvertible {
    case unknownPreset(String)
    case pointsWithAnchors
    case tooSmall(option: String, value: Int, minimum: Int)
    case tooLarge(option: String, value: Int, maximum: Int)
    case badNumbers(option: String, text: String, expected: String)
    case badRange(option: String, text: String)
    case unreadableFile(path: String, reason: String)
    case optionForNoLoss(option: String, losses: [String])
    case notABoxLoss(loss: String)

    var description: String {
        switch self {
        case let .unknownPreset(name):
            return "unknown preset '\(name)'; the presets are: diou-1715k"
        case .pointsWithAnchors:
            return "--points and --anchors both given; with --anchors the number of points is the number of rows of the file"
        case let .tooSmall(option, value, minimum):
            return "--\(option) is \(value); it must be at least \(minimum)"
        case let .tooLarge(option, value, maximum):
            return "--\(option) is \(value); it must be at most \(maximum)"
        case let .badNumbers(option, text, expected):
            return "--\(option) '\(text)' is not \(expected)"
        case let .badRange(option, text):
            return "--\(option) '\(text)' is not a range; give LOWER:UPPER with finite numbers, e.g. -3:3"
        case let .unreadableFile(path, reason):
            return "cannot read '\(path)': \(reason)"
        case let .optionForNoLoss(option, losses):
            return "option --\(option) applies to none of \(losses.joined(separator: ", ")); see `lossviz eval --help` for the loss options"
        case let .notABoxLoss(loss):
            return "\(loss) is not a box loss; fields are drawn for box (IoU-family) losses, see `lossviz list losses`"
        }
    }
}
