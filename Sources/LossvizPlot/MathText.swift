/// The small math syntax of figure labels, as in matplotlib's mathtext: text
/// between dollar signs is math, e.g. `"loss $L_{IoU}$"`, `"$(1 - p_t)^{\gamma}$"`,
/// `"$\rho^2/c^2$"`. Outside math, `\$` is a literal dollar sign.
///
/// Inside math:
/// - single letters are italic variables; digits and punctuation upright;
///   spaces are ignored (`\ `, `\,`, `\;`, `\quad` give space);
/// - `_x`, `^x`, `_{...}`, `^{...}` are sub- and superscripts, nested freely;
///   a script that is a word of two or more letters is upright, so
///   `L_{IoU}` reads "L" italic with an upright subscript "IoU";
/// - `\alpha` ... `\omega` and the capital Greek letters by name; operators and
///   symbols `\cdot \times \pm \le \ge \ne \approx \sim \propto \infty \partial
///   \nabla \sum \prod \sqrt \to \in \ell \ldots \|`; function names `\log \ln
///   \exp \max \min \arctan \sin \cos \tan`;
/// - `\mathrm{}`, `\text{}`, `\operatorname{}` (upright), `\mathbf{}` (bold),
///   `\mathit{}` (italic), accents `\hat{} \bar{} \tilde{} \dot{} \vec{}`,
///   `\frac{a}{b}` (set inline as a/b), `\left` and `\right` (ignored);
/// - `-` is a minus sign; `+ − × · ±` between operands and relations such as
///   `= < > ≤ ≥ ≈ →` get TeX's medium and thick spaces.
public enum MathText {
    /// The typeset runs of `label`. Throws for an unbalanced `$` or brace, a
    /// script with nothing to raise or lower, or an unknown command.
    public static func parse(_ label: String) throws(MathTextError) -> StyledText {
        var parser = MathTextParser(Array(label))
        return try parser.parseLabel()
    }

    /// The text of `label` without styling, or `label` itself when it does not
    /// parse (a canvas that cannot style text draws this).
    public static func plainText(_ label: String) -> String {
        guard label.contains("$") else { return label }
        return (try? parse(label).plainText) ?? label
    }

    /// Whether `label` parses; `nil` when it does, else what is wrong.
    public static func problem(in label: String) -> MathTextError? {
        do { _ = try parse(label); return nil } catch { return error }
    }
}

/// What is wrong with a label's math, and where (1-based character position).
public struct MathTextError: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: String
    public var position: Int

    public var description: String { "\(reason) at character \(position)" }
}

/// A recursive-descent reader of `MathText`'s syntax.
struct MathTextParser {
    let characters: [Character]
    var index = 0
    var output = StyledText()

    init(_ characters: [Character]) { self.characters = characters }

    /// How letters of the current group are set.
    enum Face { case math, roman, bold, italic }

    /// The style in force while reading a group.
    struct Context {
        var face: Face = .math
        var scripts: [StyledText.Script] = []
    }

    /// What the last emitted atom of the current group was, for TeX's spacing.
    enum AtomKind { case none, ordinary, operation }

    mutating func parseLabel() throws(MathTextError) -> StyledText {
        var plain = ""
        while index < characters.count {
            let c = characters[index]
            if c == "\\", index + 1 < characters.count, characters[index + 1] == "$" {
                plain.append("$")
                index += 2
            } else if c == "$" {
                output.append(StyledText.Run(plain))
                plain = ""
                let opening = index
                index += 1
                var last = AtomKind.none
                try parseSequence(Context(), last: &last, until: "$")
                guard index < characters.count else {
                    throw MathTextError(reason: "unbalanced '$': math opened here is never closed", position: opening + 1)
                }
                index += 1
            } else {
                plain.append(c)
                index += 1
            }
        }
        output.append(StyledText.Run(plain))
        return output
    }

    /// Reads atoms until `terminator` (not consumed) or the end.
    mutating func parseSequence(_ context: Context, last: inout AtomKind, until terminator: Character) throws(MathTextError) {
        while index < characters.count, characters[index] != terminator {
            try parseAtom(context, last: &last)
        }
    }

    /// One atom, then any scripts attached to it.
    mutating func parseAtom(_ context: Context, last: inout AtomKind) throws(MathTextError) {
        let c = characters[index]
        switch c {
        case " ", "\t", "\n":
            index += 1
        case "_", "^":
            let at = index
            index += 1
            try parseScript(c == "_" ? .sub : .sup, context, operatorAt: at)
            last = .ordinary
        case "{":
            let opening = index
            index += 1
            var inner = AtomKind.none
            try parseSequence(context, last: &inner, until: "}")
            try close("{", openedAt: opening)
            last = .ordinary
        case "}":
            throw MathTextError(reason: "unbalanced '}': nothing to close", position: index + 1)
        case "\\":
            try parseCommand(context, last: &last)
        default:
            index += 1
            emitSymbol(c, context, last: &last)
        }
    }

    /// Consumes the `}` that closes a group opened at `openedAt`.
    mutating func close(_ opening: Character, openedAt: Int) throws(MathTextError) {
        guard index < characters.count, characters[index] == "}" else {
            throw MathTextError(reason: "unbalanced '\(opening)': the brace opened here is never closed", position: openedAt + 1)
        }
        index += 1
    }

    /// The argument of `_` or `^`: a group, a command or one character.
    mutating func parseScript(_ script: StyledText.Script, _ context: Context, operatorAt: Int) throws(MathTextError) {
        while index < characters.count, characters[index] == " " { index += 1 }
        guard index < characters.count, characters[index] != "$", characters[index] != "}" else {
            throw MathTextError(reason: "'\(script == .sub ? "_" : "^")' has nothing to \(script == .sub ? "lower" : "raise")",
                                position: operatorAt + 1)
        }
        var inner = context
        inner.scripts.append(script)
        if characters[index] == "{", let word = wordGroup(at: index) {
            inner.face = context.face == .math ? .roman : context.face
            output.append(run(word, inner))
            index += word.count + 2
            return
        }
        var last = AtomKind.none
        try parseAtom(inner, last: &last)
    }

    /// The letters of a `{...}` group at `start` that holds only two or more
    /// letters (a word such as `IoU`), nil otherwise.
    func wordGroup(at start: Int) -> String? {
        var end = start + 1
        while end < characters.count, characters[end].isASCIILetter { end += 1 }
        guard end < characters.count, characters[end] == "}", end - start - 1 >= 2 else { return nil }
        return String(characters[(start + 1)..<end])
    }

    /// A backslash command and its arguments.
    mutating func parseCommand(_ context: Context, last: inout AtomKind) throws(MathTextError) {
        let start = index
        index += 1
        guard index < characters.count else {
            throw MathTextError(reason: "a lone '\\' ends the math", position: start + 1)
        }
        var name = ""
        if characters[index].isASCIILetter {
            while index < characters.count, characters[index].isASCIILetter {
                name.append(characters[index])
                index += 1
            }
        } else {
            name = String(characters[index])
            index += 1
        }
        if let space = MathSymbols.spaces[name] {
            output.append(run(space, context))
            return
        }
        if name == "left" || name == "right" { return }
        if let symbol = MathSymbols.symbols[name] {
            emitSymbol(symbol, context, last: &last, italic: MathSymbols.italicSymbols.contains(name))
            return
        }
        if MathSymbols.functionNames.contains(name) {
            var roman = context
            roman.face = .roman
            // TeX's thin space between an operator name and its argument.
            output.append(run(name + "\u{2009}", roman))
            last = .ordinary
            return
        }
        switch name {
        case "mathrm", "operatorname", "mathbf", "mathit":
            var inner = context
            inner.face = name == "mathbf" ? .bold : name == "mathit" ? .italic : .roman
            try parseGroupArgument(of: name, inner, at: start)
            last = .ordinary
        case "text":
            try parseTextArgument(context, at: start)
            last = .ordinary
        case "hat", "bar", "tilde", "dot", "vec":
            try parseGroupArgument(of: name, context, at: start)
            output.append(run(MathSymbols.accents[name] ?? "", context))
            last = .ordinary
        case "frac":
            try parseFraction(context, at: start)
            last = .ordinary
        case "sqrt":
            output.append(run("√", context))
            try parseGroupArgument(of: name, context, at: start)
            last = .ordinary
        default:
            throw MathTextError(reason: "unknown command '\\\(name)'", position: start + 1)
        }
    }

    /// A `{...}` (or single-character) argument of command `name`, set in `context`.
    mutating func parseGroupArgument(of name: String, _ context: Context, at start: Int) throws(MathTextError) {
        while index < characters.count, characters[index] == " " { index += 1 }
        guard index < characters.count, characters[index] != "$", characters[index] != "}" else {
            throw MathTextError(reason: "'\\\(name)' needs an argument", position: start + 1)
        }
        var last = AtomKind.none
        try parseAtom(context, last: &last)
    }

    /// `\text{...}`: upright, spaces kept, no math inside.
    mutating func parseTextArgument(_ context: Context, at start: Int) throws(MathTextError) {
        guard index < characters.count, characters[index] == "{" else {
            throw MathTextError(reason: "'\\text' needs a {...} argument", position: start + 1)
        }
        let opening = index
        index += 1
        var text = ""
        while index < characters.count, characters[index] != "}", characters[index] != "$" {
            text.append(characters[index])
            index += 1
        }
        try close("{", openedAt: opening)
        var roman = context
        roman.face = .roman
        output.append(run(text, roman))
    }

    /// `\frac{a}{b}` set inline as `a/b`, each part in parentheses when it is
    /// longer than one character.
    mutating func parseFraction(_ context: Context, at start: Int) throws(MathTextError) {
        for part in 0..<2 {
            var piece = MathTextParser(characters)
            piece.index = index
            try piece.parseGroupArgument(of: "frac", context, at: start)
            let needsParentheses = piece.output.plainText.count > 1
            if part == 1 { output.append(run("/", context)) }
            if needsParentheses { output.append(run("(", context)) }
            for r in piece.output.runs { output.append(r) }
            if needsParentheses { output.append(run(")", context)) }
            index = piece.index
        }
    }

    /// Emits one symbol with TeX's spacing around binary operations and relations.
    mutating func emitSymbol(_ c: Character, _ context: Context, last: inout AtomKind, italic: Bool? = nil) {
        let symbol: Character = c == "-" ? "−" : c == "*" ? "∗" : c == "'" ? "′" : c
        let onBaseline = context.scripts.isEmpty
        if MathSymbols.relations.contains(symbol) {
            let space = onBaseline && last != .none ? "\u{2004}" : ""
            output.append(run(space + String(symbol) + (onBaseline ? "\u{2004}" : ""), context))
            last = .operation
            return
        }
        if MathSymbols.binaryOperations.contains(symbol), onBaseline, last == .ordinary {
            output.append(run("\u{2005}" + String(symbol) + "\u{2005}", context))
            last = .operation
            return
        }
        var style = context
        if let italic { style.face = italic && context.face == .math ? .math : .roman }
        let letter = symbol.isLetter && (italic ?? symbol.isASCIILetter)
        output.append(run(String(symbol), style, letter: letter))
        last = symbol == "(" || symbol == "[" ? .none : .ordinary
    }

    /// A run of `text` in `context`; letters in the math face are italic.
    func run(_ text: String, _ context: Context, letter: Bool = false) -> StyledText.Run {
        let italic = context.face == .italic || (context.face == .math && letter)
        return StyledText.Run(text, italic: italic, bold: context.face == .bold, scripts: context.scripts)
    }
}

extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
}
