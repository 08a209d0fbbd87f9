import Testing
@testable import LossvizPlot

/// The label math syntax: what each construct becomes, and the errors.
@Suite struct MathTextTests {
    func runs(_ label: String) throws -> [StyledText.Run] { try MathText.parse(label).runs }

    @Test func plainTextIsOneUnstyledRun() throws {
        #expect(try runs("IoU loss") == [StyledText.Run("IoU loss")])
        #expect(!(try MathText.parse("a_b^c \\x").isStyled))
        #expect(try MathText.parse("price \\$5").plainText == "price $5")
    }

    @Test func subscriptWordIsUprightAfterItalicVariable() throws {
        #expect(try runs("$L_{IoU}$") == [StyledText.Run("L", italic: true), StyledText.Run("IoU", scripts: [.sub])])
    }

    @Test func singleLetterScriptsAreItalicAndNest() throws {
        #expect(try runs("$p_t^{\\gamma}$") == [
            StyledText.Run("p", italic: true), StyledText.Run("t", italic: true, scripts: [.sub]),
            StyledText.Run("γ", italic: true, scripts: [.sup]),
        ])
        #expect(try runs("$e^{x_i}$") == [
            StyledText.Run("e", italic: true), StyledText.Run("x", italic: true, scripts: [.sup]),
            StyledText.Run("i", italic: true, scripts: [.sup, .sub]),
        ])
    }

    @Test func minusSpacingAndGreek() throws {
        let text = try MathText.parse("$(1 - p_t)^{-\\gamma}$").plainText
        #expect(text == "(1\u{2005}−\u{2005}pt)−γ")
        #expect(try MathText.parse("$\\rho^2/c^2$").plainText == "ρ2/c2")
        #expect(try MathText.parse("$a = b$").plainText == "a\u{2004}=\u{2004}b")
        #expect(try MathText.parse("$\\Delta x \\le \\infty$").plainText == "Δx\u{2004}≤\u{2004}∞")
    }

    @Test func commandsWithArguments() throws {
        #expect(try MathText.parse("$\\mathrm{IoU}^{\\gamma}$").runs.first == StyledText.Run("IoU"))
        #expect(try MathText.parse("$\\frac{a+b}{2}$").plainText == "(a\u{2005}+\u{2005}b)/2")
        #expect(try MathText.parse("$\\tilde{x}_t$").plainText == "x\u{0303}t")
        #expect(try MathText.parse("$\\text{if } x$").plainText == "if x")
        #expect(try MathText.parse("$\\log x$").runs.first == StyledText.Run("log\u{2009}"))
        #expect(try MathText.parse("$\\mathbf{v}$").runs == [StyledText.Run("v", bold: true)])
    }

    @Test func textAroundMathKeepsItsSpaces() throws {
        #expect(try MathText.parse("loss $L$ (a b)").plainText == "loss L (a b)")
    }

    @Test(arguments: [
        ("$x", "unbalanced '$'", 1),
        ("$L_{IoU$", "unbalanced '{'", 4),
        ("$a}$", "unbalanced '}'", 3),
        ("$x_$", "'_' has nothing to lower", 3),
        ("$x^$", "'^' has nothing to raise", 3),
        ("$\\foo$", "unknown command '\\foo'", 2),
        ("$\\frac{a}$", "'\\frac' needs an argument", 2),
    ])
    func errorsNameTheProblemAndPosition(label: String, reason: String, position: Int) {
        let error = MathText.problem(in: label)
        #expect(error?.reason.hasPrefix(reason) == true, "\(label): \(String(describing: error))")
        #expect(error?.position == position, "\(label): \(String(describing: error))")
    }

    @Test func unparsableLabelsDrawAsWritten() {
        #expect(MathText.plainText("$L_{IoU") == "$L_{IoU")
        #expect(MathText.plainText("no math") == "no math")
    }
}
