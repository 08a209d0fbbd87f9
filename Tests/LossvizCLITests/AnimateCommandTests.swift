import Foundation
import LossvizTestSupport
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `lossviz animate`: GIF and SVG animations with deterministic bytes, the
/// documented `--data`, `list figures --animated`, and bad input.
@Suite struct AnimateCommandTests {

    @Test func writesAnAnimatedGIFWithTheSameBytesEachRun() throws {
        let directory = try temporaryDirectory("animate")
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = directory.appendingPathComponent("a.gif"), second = directory.appendingPathComponent("b.gif")
        let arguments = ["animate", "--losses", "giou,diou", "--anchor", "7,7,2,2", "--target", "10,10,1,1", "--iterations", "60"]
        #expect(try LossvizBinary.run(arguments + ["--output", first.path]).status == 0)
        #expect(try LossvizBinary.run(arguments + ["--output", second.path]).status == 0)
        let gif = try Data(contentsOf: first)
        #expect(gif.starts(with: Array("GIF89a".utf8)))
        #expect(String(decoding: gif, as: UTF8.self).contains("NETSCAPE2.0"), "loops")
        #expect(gif == (try Data(contentsOf: second)))
        #expect(gif.count < 2_000_000)
    }

    @Test func writesAnSVGThatAnimatesWithSMILAndParses() throws {
        let directory = try temporaryDirectory("animate")
        defer { try? FileManager.default.removeItem(at: directory) }
        let svg = directory.appendingPathComponent("drift.svg"), data = directory.appendingPathComponent("drift.json")
        let run = try LossvizBinary.run(["animate", "ciou-aspect-drift", "--output", svg.path, "--data", data.path])
        #expect(run.status == 0, "\(run.standardError)")
        let bytes = try Data(contentsOf: svg)
        let parser = XMLParser(data: bytes)
        #expect(parser.parse())
        let text = String(decoding: bytes, as: UTF8.self)
        // One group per frame (iterations 0 ... 50), each shown once per loop.
        #expect(text.components(separatedBy: "<animate attributeName=\"visibility\"").count - 1 == 51)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: data)) as? [String: Any])
        #expect(Set(document.keys) == ["iterations", "step", "anchor", "target", "frames", "losses"])
        let losses = try #require(document["losses"] as? [String: [String: Any]])
        #expect(Set(losses.keys) == ["ciou", "diou", "eiou"])
        #expect((losses["ciou"]?["boxes"] as? [[Double]])?.count == 51)
        #expect(losses["ciou"]?["convention"] as? String == "reference")
    }

    @Test func listsTheAnimatedFigures() throws {
        let run = try LossvizBinary.run(["list", "figures", "--animated"])
        #expect(run.status == 0)
        let names = run.standardOutput.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        #expect(names == ["giou-vs-diou-regression", "ciou-aspect-drift", "eiou-vs-giou-ciou"])
    }

    @Test func badInputIsOneLineExit64AndNoFile() throws {
        let directory = try temporaryDirectory("animate")
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("x.gif").path
        let cases: [[String]] = [
            ["animate", "no-such-figure", "--output", output],
            ["animate", "--losses", "giou", "--output", directory.appendingPathComponent("x.png").path],
            ["animate", "--losses", "giou", "--iterations", "0", "--output", output],
            ["animate", "--losses", "giou", "--fps", "500", "--output", output],
            ["animate", "--losses", "giou", "--anchor", "1,2,3", "--output", output],
            ["animate", "--losses", "l1", "--output", output],
            ["animate", "--losses", "eiou", "--gradient", "reference", "--output", output],
            ["animate", "ciou-aspect-drift", "--losses", "giou", "--output", output],
            ["animate", "ciou-aspect-drift"],
        ]
        for arguments in cases {
            let run = try LossvizBinary.run(arguments)
            #expect(run.status != 0, "\(arguments)")
            #expect(run.standardError.split(separator: "\n").count == 1, "\(arguments): \(run.standardError)")
            #expect(!FileManager.default.fileExists(atPath: output), "\(arguments)")
        }
    }
}
