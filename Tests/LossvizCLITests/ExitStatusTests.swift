import Foundation
import Testing

/// docs/cli.md, "Exit status": a usage error is exit 64 and one line
/// `lossviz: error: ...` naming the option (argument-parser's Error/Help/Usage
/// block included); unknown names get "did you mean"; a failure while running
/// is exit 1 and one line.
@Suite struct ExitStatusTests {
    /// One line on standard error starting `lossviz: error:`, nothing on standard output.
    static func expectOneLine(_ run: LossvizBinary.Run, status: Int32, containing text: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.status == status, "\(run.status): \(run.standardError)", sourceLocation: sourceLocation)
        let lines = run.standardError.split(separator: "\n")
        #expect(lines.count == 1, "\(run.standardError)", sourceLocation: sourceLocation)
        #expect(lines.first?.hasPrefix("lossviz: error: ") == true, "\(run.standardError)", sourceLocation: sourceLocation)
        #expect(run.standardError.contains(text), "\(run.standardError)", sourceLocation: sourceLocation)
        #expect(run.standardOutput.isEmpty, sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        (["curve", "l1", "--dpi", "0", "--data", "-"], "--dpi"),
        (["simulate", "--points", "0"], "--points is 0"),
        (["simulate", "--iterations", "0"], "--iterations is 0"),
        (["simulate", "--iterations", "1000000"], "GiB of error sums (at most 4 GiB)"),
        (["eval", "gio"], "did you mean `giou`?"),
        (["eval", "l1", "--gamma", "2"], "--gamma"),
        (["eval", "focal", "--gamma", "-1"], "--gamma"),
        (["eval", "siou", "--gradient", "reference"], "siou"),
        (["curve", "l1", "--range", "1:-1", "--data", "-"], "'--range <range>'"),
        (["curve", "l1", "--range", "", "--data", "-"], "'--range <range>'"),
        (["curve", "smoth-l1", "--data", "-"], "did you mean `smooth-l1`?"),
        (["curve", "unitbox", "--data", "-"], "no 1-D curve"),
        (["field", "giou", "--over", "ofset", "--data", "-"], "'offset' and 'scale-aspect'"),
        (["field", "giou", "--over", "offset", "--resolution", "1", "--data", "-"], "--resolution is 1"),
        (["field", "giou", "--over", "offset", "--target", "0,0,1", "--data", "-"], "'--target <target>'"),
        (["figure", "giou-degenerate", "--data", "-"], "did you mean `giou-degenerates`?"),
        (["figure", "zzzzzz", "--data", "-"], "the figures are: "),
        (["animate", "ciou-aspect-drif", "--data", "-"], "did you mean `ciou-aspect-drift`?"),
        (["simulate", "--losses", "ciuo"], "did you mean `ciou`?"),
        (["simulate", "--preset", "coco"], "unknown preset 'coco'"),
        (["list", "colours"], "'losses' and 'figures'"),
        (["frobnicate"], "frobnicate"),
        (["eval", "l1", "--no-such-option"], "--no-such-option"),
        (["eval"], "<loss>"),
        (["curve", "l1", "--style", "neon", "--data", "-"], "--style"),
        (["serve", "--port", "70000"], "--port"),
        (["curve", "l1", "--output", "-"], "--format"),
        (["curve", "l1", "--output", "/tmp/x.png", "--format", "svg"], "--format svg but --output /tmp/x.png is .png"),
        (["animate", "--losses", "giou", "--output", "/tmp/x.gif", "--format", "svg"], "is .gif"),
        (["curve", "l1", "--output", "-", "--format", "svg", "--data", "-"], "standard output"),
    ] as [([String], String)])
    func usageErrorsAreExit64AndOneLine(arguments: [String], text: String) throws {
        Self.expectOneLine(try LossvizBinary.run(arguments), status: 64, containing: text)
    }

    @Test func runTimeFailuresAreExit1AndOneLine() throws {
        Self.expectOneLine(try LossvizBinary.run(["eval", "l1", "--input", "/nonexistent/x.csv"]), status: 1,
                           containing: "/nonexistent/x.csv")
        Self.expectOneLine(try LossvizBinary.run(["eval", "l1"], input: "x\nabc\n"), status: 1, containing: "line 2")
        Self.expectOneLine(try LossvizBinary.run(["curve", "l1", "--data", "/nonexistent/x.json"]), status: 1,
                           containing: "/nonexistent")
    }

    @Test func aNameFarFromEveryLossListsThemAll() throws {
        let run = try LossvizBinary.run(["eval", "qqqqqqqq"])
        Self.expectOneLine(run, status: 64, containing: "the losses are: iou, log-iou, giou")
    }
}
