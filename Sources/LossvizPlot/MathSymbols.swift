/// The named symbols of `MathText`: TeX's command names and the Unicode
/// characters they stand for.
enum MathSymbols {
    /// Lower-case Greek letters, set italic like TeX's math letters.
    static let lowerGreek: [String: Character] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
        "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ",
        "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    ]

    /// Capital Greek letters that differ from Latin ones, set upright.
    static let upperGreek: [String: Character] = [
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    /// Operators, relations and other symbols, set upright.
    static let operators: [String: Character] = [
        "cdot": "·", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "ast": "∗",
        "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠", "approx": "≈",
        "sim": "∼", "propto": "∝", "equiv": "≡", "infty": "∞", "partial": "∂", "nabla": "∇",
        "sum": "∑", "prod": "∏", "int": "∫", "to": "→", "rightarrow": "→", "leftarrow": "←",
        "Rightarrow": "⇒", "in": "∈", "ell": "ℓ", "prime": "′", "circ": "∘", "ldots": "…",
        "cdots": "⋯", "vert": "|", "lvert": "|", "rvert": "|", "|": "‖", "Vert": "‖",
        "{": "{", "}": "}", "%": "%", "_": "_", "$": "$", "#": "#", "&": "&", "langle": "⟨", "rangle": "⟩",
    ]

    /// Every single-character command.
    static let symbols: [String: Character] = lowerGreek.merging(upperGreek) { a, _ in a }.merging(operators) { a, _ in a }

    /// The commands whose symbol is an italic letter.
    static let italicSymbols = Set(lowerGreek.keys).union(["ell"])

    /// Spacing commands: TeX's thin, medium and thick spaces, a word space and quads.
    static let spaces: [String: String] = [
        ",": "\u{2009}", ":": "\u{2005}", ";": "\u{2004}", " ": " ", "!": "", "quad": "\u{2003}", "qquad": "\u{2003}\u{2003}",
    ]

    /// Function names set upright, as TeX's `\log`.
    static let functionNames: Set<String> = [
        "log", "ln", "exp", "max", "min", "arctan", "arcsin", "arccos", "sin", "cos", "tan", "arg", "det", "lim", "sup", "inf", "sgn",
    ]

    /// Accents as combining characters placed after their argument.
    static let accents: [String: String] = [
        "hat": "\u{0302}", "bar": "\u{0304}", "tilde": "\u{0303}", "dot": "\u{0307}", "vec": "\u{20D7}",
    ]

    /// Binary operations: a medium space on both sides between operands.
    static let binaryOperations: Set<Character> = ["+", "−", "×", "·", "±", "∓", "∗", "÷", "∘"]

    /// Relations: a thick space on both sides.
    static let relations: Set<Character> = ["=", "<", ">", "≤", "≥", "≠", "≈", "∼", "∝", "≡", "→", "←", "⇒", "∈"]
}
