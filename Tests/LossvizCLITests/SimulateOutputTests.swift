import Foundation
import Testing

/// `lossviz simulate --output`: draws the error curves of the run it made.
@Suite struct SimulateOutputTests {
    @Test func drawsTheErrorCurves() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lossviz-simulate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let figure = directory.appendingPathComponent("error.svg")
        let run = try LossvizBinary.run(["simulate", "--points", "1", "--iterations", "5", "--losses", "giou,diou",
                                         "--output", figure.path])
        #expect(run.status == 0, "\(run.standardError)")
        let svg = try String(contentsOf: figure, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.contains("<svg"))
    }

    /// A name without a known extension fails at once, before the run, and writes nothing.
    @Test func rejectsAnUnknownFormatBeforeRunning() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lossviz-simulate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let figure = directory.appendingPathComponent("error.gif")
        let run = try LossvizBinary.run(["simulate", "--output", figure.path])
        #expect(run.status != 0)
        #expect(run.standardError.contains("gif"))
        #expect(!FileManager.default.fileExists(atPath: figure.path))
    }
}
