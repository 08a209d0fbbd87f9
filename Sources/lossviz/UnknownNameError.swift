/// A name that is not among the ones a command knows (a loss, a figure): the
/// message suggests the nearest known name, or lists them all when none is near.
struct UnknownNameError: Error, CustomStringConvertible {
    /// What the name should have named, e.g. "loss" or "figure", and its plural.
    var kind: String
    var kinds: String
    /// The name as typed.
    var name: String
    /// Every name that would have been accepted.
    var known: [String]
    /// The command that lists the known names, e.g. "lossviz list losses".
    var listing: String

    var description: String {
        if let suggestion = ClosestName.suggestion(for: name, among: known) {
            return "unknown \(kind) '\(name)'; did you mean `\(suggestion)`? (`\(listing)` lists them)"
        }
        return "unknown \(kind) '\(name)'; the \(kinds) are: \(known.joined(separator: ", "))"
    }
}
