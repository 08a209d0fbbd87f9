/// What a figure file says about itself, for catalogues, search and screen
/// readers: PDF Title and Subject, SVG `<title>` and `<desc>`, PNG tEXt
/// `Title` and iTXt `Description`.
public struct FigureMetadata: Hashable, Sendable {
    /// A short name, e.g. the figure's catalogue name `giou-degenerates`.
    public var title: String?
    /// A sentence or paragraph on what the figure shows (its caption).
    public var subject: String?

    /// Metadata from its parts; both may be nil.
    public init(title: String? = nil, subject: String? = nil) {
        self.title = title
        self.subject = subject
    }
}
