/// The figures `lossviz list figures` prints, one `(name, summary)` each.
///
/// This is the hook the Figures module's registry plugs into when it lands;
/// until then there are no figures and the listing is empty.
enum FigureListing {
    static let entries: [(name: String, summary: String)] = []
}
