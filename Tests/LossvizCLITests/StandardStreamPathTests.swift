import Foundation
import LossvizTestSupport
import Testing

/// `-` as a path (docs/cli.md, "Files and standard streams"): `--output -`
/// with `--format` writes the figure to standard output, `--anchors -` reads
/// standard input, like `--input -` and `--data -`.
@Suite struct StandardStreamPathTests {
    @Test(arguments: [
        ["curve", "l1,l2", "--samples", "11"],
        ["field", "giou", "--over", "offset", "--resolution", "5"],
        ["figure", "giou-degenerates"],
    ])
    func outputDashWritesTheFigureToStandardOutput(command: [String]) throws {
        let png = try LossvizBinary.run(command + ["--output", "-", "--format", "png"])
        #expect(png.status == 0, "\(png.standardError)")
        #expect(png.standardOutput.hasPrefix("\u{FFFD}PNG"))
        let svg = try LossvizBinary.run(command + ["--output", "-", "--format", "svg"])
        #expect(svg.status == 0 && svg.standardOutput.contains("<svg") && svg.standardOutput.contains("</svg>"))
        let pdf = try LossvizBinary.run(command + ["--output", "-", "--format", "pdf"])
        #expect(pdf.status == 0 && pdf.standardOutput.hasPrefix("%PDF"))
    }

    @Test func standardOutputGetsTheSameBytesAsAFile() throws {
        let directory = try temporaryDirectory("streams")
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try StreamsAndFilesTests.shell("""
            $L field giou,diou --over offset --resolution 9 --output - --format png > piped.png &&
            $L field giou,diou --over offset --resolution 9 --output file.png && cmp piped.png file.png
            """, in: directory)
        #expect(run.status == 0, "\(run.standardError)")
    }

    @Test func outputDashWithDataToAFileWritesBoth() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("lossviz-dash-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: data) }
        let run = try LossvizBinary.run(["curve", "l1", "--samples", "5", "--output", "-", "--format", "svg", "--data", data.path])
        #expect(run.status == 0 && run.standardOutput.contains("</svg>"), "\(run.standardError)")
        #expect(try String(contentsOf: data, encoding: .utf8).contains("\"x\""))
    }

    @Test func animateOutputDashWritesTheAnimation() throws {
        let gif = try LossvizBinary.run(["animate", "--losses", "giou", "--iterations", "4", "--max-frames", "2",
                                         "--output", "-", "--format", "gif"])
        #expect(gif.status == 0 && gif.standardOutput.hasPrefix("GIF89a"), "\(gif.standardError)")
        let none = try LossvizBinary.run(["animate", "--losses", "giou", "--output", "-"])
        #expect(none.status == 64 && none.standardError.contains("--format"))
    }

    @Test func anchorsDashReadsStandardInput() throws {
        let run = try LossvizBinary.run(["simulate", "--anchors", "-", "--losses", "diou", "--iterations", "2", "--data", "-"],
                                        input: "x,y\n9,9\n11,10.5\n")
        #expect(run.status == 0, "\(run.standardError)")
        let document = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
        let centres = document?["anchor_centres"] as? [String: Any]
        #expect(centres?["x"] as? [Double] == [9, 11] && centres?["y"] as? [Double] == [9, 10.5])
        #expect(document?["points"] as? Int == 2)
    }

    @Test func simulateWritesNoSummaryWhenTheFigureGoesToStandardOutput() throws {
        let run = try LossvizBinary.run(["simulate", "--points", "1", "--iterations", "2", "--losses", "iou",
                                         "--output", "-", "--format", "svg"])
        #expect(run.status == 0 && run.standardOutput.hasPrefix("<?xml") && !run.standardOutput.contains("cases,"))
    }
}
