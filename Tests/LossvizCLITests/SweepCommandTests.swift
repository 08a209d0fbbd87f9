import Foundation
import LossvizTestSupport
import Testing

/// `lossviz simulate`, `curve` and `field` end to end: the `--data` JSON layout,
/// byte-identical output for the same command, and bad input rejected with one
/// line on standard error, a non-zero status and no output file.
@Suite struct SweepCommandTests {

    static func json(_ url: URL) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test func simulateWritesTheDocumentedLayout() throws {
        let directory = try temporaryDirectory("sweep")
        let path = directory.appendingPathComponent("sim.json")
        let run = try LossvizBinary.run(["simulate", "--points", "2", "--iterations", "6", "--data", path.path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("686 cases"))
        let document = try Self.json(path)
        #expect(document["preset"] as? String == "diou-1715k")
        #expect(document["gradient"] as? String == "reference")
        #expect(document["cases"] as? Int == 686)
        #expect(document["iterations"] as? Int == 6)
        #expect(document["seed"] as? Int == 1)
        #expect((document["initial_error"] as? Double ?? 0) > 0)
        let losses = try #require(document["losses"] as? [String: Any])
        #expect(Set(losses.keys) == ["iou", "giou", "diou", "ciou"])
        let giou = try #require(losses["giou"] as? [String: Any])
        #expect((giou["error"] as? [Double])?.count == 6)
        #expect((giou["final_error_per_point"] as? [Double])?.count == 2)
        let centres = try #require(document["anchor_centres"] as? [String: Any])
        #expect((centres["x"] as? [Double])?.count == 2)
    }

    @Test func sameCommandSameBytes() throws {
        let directory = try temporaryDirectory("sweep")
        let a = directory.appendingPathComponent("a.json"), b = directory.appendingPathComponent("b.json")
        for (path, threads) in [(a, "1"), (b, "2")] {
            let run = try LossvizBinary.run(["simulate", "--points", "3", "--iterations", "5", "--seed", "9",
                                             "--losses", "giou,eiou", "--gradient", "autograd",
                                             "--threads", threads, "--data", path.path])
            #expect(run.status == 0, "\(run.standardError)")
        }
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test func simulateReadsAnchors() throws {
        let directory = try temporaryDirectory("sweep")
        let anchors = directory.appendingPathComponent("centres.csv")
        try "x,y\n10.5,11\n8,9.5\n7.5,10\n".write(to: anchors, atomically: true, encoding: .utf8)
        let run = try LossvizBinary.run(["simulate", "--anchors", anchors.path, "--iterations", "3",
                                         "--losses", "diou", "--data", "-"])
        #expect(run.status == 0, "\(run.standardError)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(document["cases"] as? Int == 3 * 343)
        #expect(document["seed"] is NSNull)
    }

    @Test(arguments: [
        (["simulate", "--points", "0"], "--points is 0"),
        (["simulate", "--iterations", "0"], "--iterations is 0"),
        (["simulate", "--losses", "eiou"], "eiou has no reference gradient"),
        (["simulate", "--losses", "nope"], "unknown loss 'nope'"),
        (["simulate", "--losses", "l1", "--gradient", "autograd"], "l1 is not a box loss"),
        (["simulate", "--preset", "other"], "unknown preset 'other'"),
        (["simulate", "--anchors", "/nonexistent/centres.csv"], "cannot read '/nonexistent/centres.csv'"),
        (["curve", "unitbox"], "no 1-D curve"),
        (["curve", "l1", "--range", "2:1"], "The value '2:1' is invalid for '--range <range>': not a range"),
        (["field", "l1", "--over", "offset"], "l1 is not a box loss"),
        (["field", "siou", "--over", "offset", "--gradient", "reference"], "siou has no reference gradient"),
        (["field", "giou", "--over", "scale-aspect", "--range", "-1:2"], "both bounds must be positive"),
        // Counts whose arrays cannot be allocated used to abort the process.
        (["simulate", "--points", "1", "--iterations", "100000000000"], "--iterations is 100000000000; it must be at most 1000000"),
        (["simulate", "--points", "1000000000"], "--points is 1000000000; it must be at most 100000"),
        (["curve", "l1", "--samples", "10000000000"], "--samples is 10000000000; it must be at most 1000000"),
        (["field", "giou", "--over", "offset", "--resolution", "100000"], "--resolution is 100000; it must be at most 1001"),
    ])
    func badInputIsOneLineAndNoFile(arguments: [String], message: String) throws {
        let directory = try temporaryDirectory("sweep")
        let path = directory.appendingPathComponent("out.json")
        let run = try LossvizBinary.run(arguments + ["--data", path.path])
        #expect(run.status != 0)
        #expect(run.standardError.contains(message), "\(run.standardError)")
        #expect(run.standardError.split(separator: "\n").count == 1, "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: path.path))
    }

    /// A --data whose directory is missing used to fail only after --output had
    /// been written, leaving a figure behind from a failed run.
    @Test(arguments: [
        ["curve", "l1"],
        ["field", "giou", "--over", "offset", "--resolution", "5"],
        ["figure", "focal-loss"],
    ])
    func missingDataDirectoryWritesNoFigure(arguments: [String]) throws {
        let directory = try temporaryDirectory("sweep")
        let figure = directory.appendingPathComponent("out.png")
        let run = try LossvizBinary.run(arguments + ["--output", figure.path, "--data", "/nonexistent/out.json"])
        #expect(run.status != 0)
        #expect(run.standardError.contains("directory /nonexistent does not exist"), "\(run.standardError)")
        #expect(run.standardError.split(separator: "\n").count == 1, "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: figure.path))
    }

    @Test func badAnchorFileNamesLineAndColumn() throws {
        let directory = try temporaryDirectory("sweep")
        let anchors = directory.appendingPathComponent("bad.csv")
        try "x,y\n1,2\n3,oops\n".write(to: anchors, atomically: true, encoding: .utf8)
        let run = try LossvizBinary.run(["simulate", "--anchors", anchors.path, "--data", "-"])
        #expect(run.status != 0)
        #expect(run.standardError.contains("bad.csv, line 3, column 2 (y): 'oops'"), "\(run.standardError)")
    }

    @Test func curveAndFieldData() throws {
        let curve = try LossvizBinary.run(["curve", "l1,giou", "--range", "-2:2", "--samples", "5", "--data", "-"])
        #expect(curve.status == 0, "\(curve.standardError)")
        let curveDocument = try #require(JSONSerialization.jsonObject(with: Data(curve.standardOutput.utf8)) as? [String: Any])
        #expect((curveDocument["x"] as? [Double])?.count == 5)
        let curveLosses = try #require(curveDocument["losses"] as? [String: [String: Any]])
        #expect(curveLosses["giou"]?["reference_derivative"] != nil)
        #expect(curveLosses["l1"]?["reference_derivative"] == nil)

        let field = try LossvizBinary.run(["field", "diou,eiou", "--over", "offset", "--resolution", "4", "--data", "-"])
        #expect(field.status == 0, "\(field.standardError)")
        let fieldDocument = try #require(JSONSerialization.jsonObject(with: Data(field.standardOutput.utf8)) as? [String: Any])
        #expect(fieldDocument["x_name"] as? String == "dx")
        let fieldLosses = try #require(fieldDocument["losses"] as? [String: [String: Any]])
        let value = try #require(fieldLosses["eiou"]?["value"] as? [[Double]])
        #expect(value.count == 4 && value.allSatisfy { $0.count == 4 })
    }
}
