import Foundation
import LossvizTestSupport
import Testing

/// `lossviz curve --output`: draws the curves, and bad input writes nothing.
@Suite struct CurveCommandTests {

    /// The eight bytes every PNG file starts with.
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    @Test func drawsAPNGWithTheDerivativePanelAndWritesTheData() throws {
        let directory = try temporaryDirectory("curve")
        defer { try? FileManager.default.removeItem(at: directory) }
        let figure = directory.appendingPathComponent("curves.png")
        let data = directory.appendingPathComponent("curves.json")
        let run = try LossvizBinary.run([
            "curve", "l1,l2,smooth-l1", "--range", "-3:3", "--samples", "61", "--derivative",
            "--output", figure.path, "--data", data.path, "--dpi", "50",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let bytes = try [UInt8](Data(contentsOf: figure))
        #expect(Array(bytes.prefix(8)) == Self.pngSignature)
        let document = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: data)) as? [String: Any])
        #expect((document["x"] as? [Double])?.count == 61)
    }

    @Test func drawsBoxLossCurvesAsSVG() throws {
        let directory = try temporaryDirectory("curve")
        defer { try? FileManager.default.removeItem(at: directory) }
        let figure = directory.appendingPathComponent("slide.svg")
        let run = try LossvizBinary.run(["curve", "iou,giou,log-iou", "--samples", "41", "--output", figure.path])
        #expect(run.status == 0, "\(run.standardError)")
        let text = try String(contentsOf: figure, encoding: .utf8)
        #expect(text.contains("<svg"))
    }

    @Test(arguments: [
        (["curve", "no-such-loss"], "no-such-loss"),
        (["curve", "l1", "--range", "3:-3"], "range"),
        (["curve", "unitbox"], "unitbox"),
    ])
    func badInputWritesNoFigure(arguments: [String], message: String) throws {
        let directory = try temporaryDirectory("curve")
        defer { try? FileManager.default.removeItem(at: directory) }
        let figure = directory.appendingPathComponent("curve.png")
        let run = try LossvizBinary.run(arguments + ["--output", figure.path])
        #expect(run.status != 0)
        #expect(run.standardError.contains(message), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: figure.path))
    }

    @Test func unknownOutputFormatIsRejectedBeforeAnyWork() throws {
        let directory = try temporaryDirectory("curve")
        defer { try? FileManager.default.removeItem(at: directory) }
        let figure = directory.appendingPathComponent("curve.gif")
        let run = try LossvizBinary.run(["curve", "l1", "--output", figure.path])
        #expect(run.status != 0)
        #expect(run.standardError.contains("gif"), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: figure.path))
    }

    @Test func nothingToWriteIsAnError() throws {
        let run = try LossvizBinary.run(["curve", "l1"])
        #expect(run.status != 0)
        #expect(run.standardError.contains("--output"))
    }
}
