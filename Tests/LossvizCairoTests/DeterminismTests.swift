import LossvizCairo
import Foundation
import LossvizPlot
import Testing

/// The same figure gives the same bytes, in every format, however often it is
/// drawn in one process (Cairo's SVG ids are renumbered, PDF dates fixed).
@Suite struct DeterminismTests {
    @Test(arguments: OutputFormat.allCases)
    func renderingTwiceGivesIdenticalBytes(_ format: OutputFormat) throws {
        for (name, figure) in GoldenFigures.all {
            let first = try CairoRenderer.render(figure, format: format)
            let second = try CairoRenderer.render(figure, format: format)
            #expect(first == second, "\(name).\(format.rawValue) differs between two renderings")
        }
    }

    @Test func pdfCarriesNoCurrentDate() throws {
        let pdf = try CairoRenderer.render(GoldenFigures.boxDiagram, format: .pdf)
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/CreationDate (20000101000000Z)"))
    }
}
