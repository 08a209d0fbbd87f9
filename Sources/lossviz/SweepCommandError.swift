/// Why `lossviz simulate`, `curve`, `field` or `animate` cannot do what it was
/// asked; every case is a usage error (exit 64).
enum SweepCommandError: Error, Equatable, CustomStringConvertible {
    case unknownPreset(String)
    case pointsWithAnchors
    case tooSmall(option: String, value: Int, minimum: Int)
    case tooLarge(option: String, value: Int, maximum: Int)
    case notA(expected: String)
    case badRange
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
        case let .notA(expected):
            return "not \(expected)"
        case .badRange:
            return "not a range; give LOWER:UPPER with finite numbers and LOWER < UPPER, e.g. -3:3"
        case let .optionForNoLoss(option, losses):
            return "option --\(option) applies to none of \(losses.joined(separator: ", ")); see `lossviz eval --help` for the loss options"
        case let .notABoxLoss(loss):
            return "\(loss) is not a box loss; this command takes box (IoU-family) losses, see `lossviz list losses --details`"
        }
    }
}
