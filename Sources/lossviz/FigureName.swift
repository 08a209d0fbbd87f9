import ArgumentParser
import LossvizFigures

/// The name of a figure of the catalogue (`lossviz figure NAME`) or of an
/// animated figure (`lossviz animate NAME`), checked while parsing.
enum FigureName {
    /// `text` if it names a figure of `FigureCatalog`.
    static func still(_ text: String) throws -> String {
        guard FigureCatalog.names.contains(text) else {
            throw UnknownNameError(kind: "figure", kinds: "figures", name: text, known: FigureCatalog.names, listing: "lossviz list figures")
        }
        return text
    }

    /// `text` if it names a figure of `AnimatedFigureCatalog`.
    static func animated(_ text: String) throws -> String {
        guard AnimatedFigureCatalog.names.contains(text) else {
            throw UnknownNameError(kind: "animated figure", kinds: "animated figures", name: text, known: AnimatedFigureCatalog.names,
                                   listing: "lossviz list figures --animated")
        }
        return text
    }
}
