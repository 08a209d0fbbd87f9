/// A label as typeset runs: the result of `MathText.parse(_:)`, which a canvas
/// turns into its own rich-text form (Pango markup for `CairoCanvas`).
///
/// Each run has one style: italic or bold, and a stack of script levels
/// (`[.sub]` is a subscript, `[.sup, .sub]` a subscript inside a superscript).
public struct StyledText: Hashable, Sendable {
    /// A script level: subscript or superscript.
    public enum Script: Hashable, Sendable { case sub, sup }

    /// A stretch of text set in one style.
    public struct Run: Hashable, Sendable {
        public var text: String
        public var italic: Bool
        public var bold: Bool
        /// Script levels from the outermost in: empty on the baseline.
        public var scripts: [Script]

        /// A run from its text and style.
        public init(_ text: String, italic: Bool = false, bold: Bool = false, scripts: [Script] = []) {
            self.text = text
            self.italic = italic
            self.bold = bold
            self.scripts = scripts
        }

        func hasSameStyle(as other: Run) -> Bool {
            italic == other.italic && bold == other.bold && scripts == other.scripts
        }
    }

    /// The runs in reading order; neighbours never share a style.
    public private(set) var runs: [Run] = []

    /// Text with no styling.
    public init(plain text: String = "") {
        if !text.isEmpty { runs = [Run(text)] }
    }

    /// Appends `run`, merging it into the last run when their styles agree.
    public mutating func append(_ run: Run) {
        guard !run.text.isEmpty else { return }
        if let last = runs.last, last.hasSameStyle(as: run) {
            runs[runs.count - 1].text += run.text
        } else {
            runs.append(run)
        }
    }

    /// The characters without their styles, e.g. `"LIoU"` for `$L_{IoU}$`.
    public var plainText: String { runs.map(\.text).joined() }

    /// Whether any run is italic, bold or a script: false for plain text.
    public var isStyled: Bool { runs.contains { $0.italic || $0.bold || !$0.scripts.isEmpty } }
}
