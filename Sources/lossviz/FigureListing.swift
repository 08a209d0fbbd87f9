import LossvizFigures

/// The figures `lossviz list figures` prints, one `(name, summary)` each,
/// straight from the Figures registry.
enum FigureListing {
    static var entries: [(name: String, summary: String)] {
        FigureCatalog.all.map { ($0.name, $0.summary) }
    }
}
