/// The known name nearest to a mistyped one, for "did you mean `giou`?".
///
/// Nearness is the Levenshtein edit distance (insertions, deletions and
/// substitutions, each costing 1; Levenshtein 1966), computed row by row in
/// O(|a| |b|) time. A name is suggested only when it is within a third of the
/// typed name's length (at least 1, at most 3 edits), so that `gio` gives
/// `giou` but `xyz` gives nothing.
enum ClosestName {
    /// The name of `known` closest to `name`, or nil if none is near.
    static func suggestion(for name: String, among known: [String]) -> String? {
        let typed = name.lowercased()
        let limit = min(3, max(1, typed.count / 3))
        let scored = known.map { (name: $0, distance: distance(typed, $0.lowercased())) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit else { return nil }
        return best.name
    }

    /// The Levenshtein distance between `a` and `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }
}
