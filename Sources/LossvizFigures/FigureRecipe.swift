import LossvizPlot

/// One figure of the catalogue (docs/figures.md): how to compute its numbers and draw them.
///
/// A recipe asks `Losses` and `Sweep` for numbers and builds a `Plot.Figure`;
/// it never types a number that it could compute. The same recipe serves
/// `lossviz figure`, `lossviz gallery` and `lossviz list figures`.
public protocol FigureRecipe: Sendable {
    /// The stable name, e.g. `"giou-degenerates"`.
    var name: String { get }
    /// One line for `lossviz list figures`.
    var summary: String { get }
    /// The caption for `Gallery/README.md` (Markdown): what the figure shows,
    /// the formula, the setup, and what to notice.
    var caption: String { get }
    /// What the keys of the figure's `--data` JSON mean (Markdown, one bullet per key).
    var dataKeys: String { get }
    /// Computes the numbers and builds the figure.
    func make(in context: FigureContext) throws -> FigureProduct
}

/// A built figure and the numbers it shows.
public struct FigureProduct: Sendable {
    /// The figure, ready to render.
    public var figure: Figure
    /// The numbers drawn on the figure (values printed on it, curves, final
    /// boxes), written by `--data` as JSON.
    public var data: any Encodable & Sendable

    /// A product from its figure and the numbers it shows.
    public init(figure: Figure, data: any Encodable & Sendable) {
        self.figure = figure
        self.data = data
    }
}
