import Foundation
import LossvizTestSupport
import Testing

/// `lossviz field --output` end to end: it draws PNG and SVG, `--data` written
/// alongside keeps its documented keys, and bad input gives one line on standard
/// error, a non-zero status and no file.
@Suite struct FieldCommandTests {

    @Test func drawsAPNGAndWritesTheDocumentedData() throws {
        let directory = try temporaryDirectory("field")
        let figure = directory.appendingPathComponent("fields.png"), data = directory.appendingPathComponent("fields.json")
        let run = try LossvizBinary.run(["field", "iou,giou", "--over", "offset", "--size", "1.5,0.75",
                                         "--resolution", "21", "--output", figure.path, "--data", data.path])
        #expect(run.status == 0, "\(run.standardError)")
        let png = try Data(contentsOf: figure)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.count > 10_000)
        let document = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: data)) as? [String: Any])
        #expect(Set(document.keys) == ["over", "target", "size", "gradient", "x_name", "y_name", "x", "y", "losses"])
        #expect(document["size"] as? [Double] == [1.5, 0.75])
        let losses = try #require(document["losses"] as? [String: [String: Any]])
        #expect(Set(losses.keys) == ["iou", "giou"])
        #expect(Set(losses["giou"]?.keys ?? [:].keys) == ["value", "d_x", "d_y", "d_cx", "d_cy", "d_w", "d_h"])
        #expect((losses["iou"]?["value"] as? [[Double]])?.count == 21)
    }

    @Test func drawsStreamlinesOverScaleAndAspectAsSVG() throws {
        let directory = try temporaryDirectory("field")
        let figure = directory.appendingPathComponent("shapes.svg")
        let run = try LossvizBinary.run(["field", "ciou,eiou", "--over", "scale-aspect", "--target", "0,0,2,1",
                                         "--range", "0.25:8", "--resolution", "31", "--streamlines", "--output", figure.path])
        #expect(run.status == 0, "\(run.standardError)")
        let svg = try String(contentsOf: figure, encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("</svg>"))
    }

    @Test(arguments: [
        (["field", "nope", "--over", "offset"], "unknown loss 'nope'"),
        (["field", "giou,l2", "--over", "offset"], "l2 is not a box loss"),
        (["field", "siou", "--over", "offset", "--gradient", "reference"], "siou has no reference gradient"),
        (["field", "giou", "--over", "offset", "--arrows", "--streamlines"], "not both"),
        (["field", "giou", "--over", "offset", "--size", "1,-1"], "'--size <size>'"),
    ])
    func badInputIsOneLineAndNoFile(arguments: [String], message: String) throws {
        let directory = try temporaryDirectory("field")
        let figure = directory.appendingPathComponent("out.png")
        let run = try LossvizBinary.run(arguments + ["--resolution", "5", "--output", figure.path])
        #expect(run.status == 64)
        #expect(run.standardError.contains(message), "\(run.standardError)")
        #expect(run.standardError.split(separator: "\n").count == 1, "\(run.standardError)")
        #expect(run.standardError.hasPrefix("lossviz: error: "), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: figure.path))
    }

    @Test func unknownExtensionOrNoOutputIsRefused() throws {
        let directory = try temporaryDirectory("field")
        let figure = directory.appendingPathComponent("out.gif")
        let wrong = try LossvizBinary.run(["field", "giou", "--over", "offset", "--output", figure.path])
        #expect(wrong.status != 0)
        #expect(wrong.standardError.contains(".gif"))
        #expect(!FileManager.default.fileExists(atPath: figure.path))
        let nothing = try LossvizBinary.run(["field", "giou", "--over", "offset"])
        #expect(nothing.status != 0)
        #expect(nothing.standardError.contains("nothing to write"))
    }
}
