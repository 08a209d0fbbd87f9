/// What `lossviz eval` does with input columns its loss does not read
/// (`--extra-columns`), such as the unnamed index column pandas writes.
public enum ExtraColumns: String, CaseIterable, Sendable {
    /// An unknown column is an error (the default: a misspelt name is caught).
    case error
    /// Extra columns are read and dropped.
    case ignore
    /// Extra columns are copied, in input order, before the output columns.
    case pass
}
