import Foundation
@testable import LossvizFigures
import LossvizLosses
import LossvizPlot
import Testing

/// The explorer page draws target and prediction in the colours of every
/// figure (`BoxColors`), not in black.
@Suite struct ExplorerPageBoxColoursTests {
    static func hex(_ color: Color) -> String {
        "#" + [color.red, color.green, color.blue].map { String(format: "%02x", Int(($0 * 255).rounded())) }.joined()
    }

    @Test func pageBoxColoursAreBoxColors() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/LossvizServer/Page/explorer.js")
        let text = try String(contentsOf: script, encoding: .utf8)
        let fill = BoxColors.targetFill
        let rgba = "rgba(\(Int((fill.red * 255).rounded())),\(Int((fill.green * 255).rounded())),"
            + "\(Int((fill.blue * 255).rounded())),\(fill.alpha))"
        #expect(text.contains("const boxColours = { target: \"\(Self.hex(BoxColors.target))\", targetFill: \"\(rgba)\", "
            + "prediction: \"\(Self.hex(BoxColors.prediction))\" };"))
        let page = script.deletingLastPathComponent()
        let css = try String(contentsOf: page.appendingPathComponent("explorer.css"), encoding: .utf8)
        #expect(css.contains(".prediction-box { color: \(Self.hex(BoxColors.prediction));"))
        #expect(css.contains(".target-box { color: \(Self.hex(BoxColors.target));"))
        let html = try String(contentsOf: page.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("<span class=\"prediction-box\">prediction</span>"))
        // Every box is drawn through them.
        #expect(text.contains("rect(state.pred, boxColours.prediction") && text.contains("rect(state.target, boxColours.target"))
    }

    @Test func exportedViewDrawsThePredictionInBoxColors() {
        let view = ExplorerViewFigure(target: Box(x1: 0, y1: 0, x2: 1, y2: 1), prediction: Box(x1: 0.5, y1: 0, x2: 1.5, y2: 1),
                                      losses: [], convention: .autograd)
        let strokes = view.figure().axes.marks.compactMap { mark -> Color? in
            if case let .rectangle(r) = mark, r.label == "prediction" { return r.stroke } else { return nil }
        }
        #expect(strokes == [BoxColors.prediction])
    }
}
