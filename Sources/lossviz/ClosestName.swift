/// The known name nearest to a mistyped one, for "did you mean `giou`?".
///
/// Nearness is the optimal-string-alignment edit distance: insertions,
/// deletions, substitutions and transpositions of two neighbouring characters
/// each cost 1 (Levenshtein 1966, with Damerau's transposition, 1964), so
/// `gio` and `ciuo` are both one edit from `giou` and `ciou`. A name is
/// suggested only within a third of the typed name's length (at least 1, at
/// most 3 edits), so that `xyz` gives nothing.
enum ClosestName {
    /// The name of `known` closest to `name`, or nil if none is near.
    static func suggestion(for name: String, among known: [String]) -> String? {
        let typed = name.lowercased()
        let limit = min(3, max(1, typed.count / 3))
        let scored = known.map { (name: $0, distance: distance(typed, $0.lowercased())) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit else { return nil }
        return best.name
    }

    /// The optimal-string-alignment distance between `a` and `b`, by dynamic
    /// programming over the prefixes: `d[i][j]` is the distance between the
    /// first `i` characters of `a` and the first `j` of `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var d = (0...a.count).map { i in (0...b.count).map { j in i == 0 ? j : (j == 0 ? i : 0) } }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
