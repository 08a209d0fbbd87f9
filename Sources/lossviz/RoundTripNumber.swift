/// How `lossviz eval` writes numbers: the shortest decimal that reads back as
/// the same `Double` (Swift's `description`: `0.5`, `1e-07`, `1234.0`), `inf`
/// and `-inf` for infinities, `nan` for an undefined value.
enum RoundTripNumber {
    static func format(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        return value.description
    }
}
