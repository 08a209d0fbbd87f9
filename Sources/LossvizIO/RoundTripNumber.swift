/// How lossviz writes numbers: the shortest decimal that reads back as the
/// same `Double` (Swift's `description`: `0.5`, `1e-07`, `1234.0`), `inf` and
/// `-inf` for infinities, `nan` for an undefined value.
public enum RoundTripNumber {
    /// `value` as text.
    public static func format(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        return value.description
    }

    /// Appends the bytes of `format(value)` to `bytes`.
    public static func append(_ value: Double, to bytes: inout [UInt8]) {
        var text = format(value)
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }
}
