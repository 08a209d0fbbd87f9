import Foundation
import Testing

/// The manual pages committed in docs/man are what argument-parser's
/// generate-manual makes of the current command definitions, with the
/// committed pages' date. The tool is the one the `generate-manual` plugin
/// runs; `swift build --product generate-manual` builds it beside lossviz
/// (.ci/run does).
@Suite struct ManualPageTests {
    static let manualDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/man")

    /// The `.Dd` date of a committed page, as generate-manual's `--date` takes it.
    static func date(of page: String) throws -> String {
        let line = try #require(page.split(separator: "\n").first { $0.hasPrefix(".Dd ") })
        let reader = DateFormatter()
        reader.locale = Locale(identifier: "en_US_POSIX")
        reader.timeZone = TimeZone(identifier: "UTC")
        reader.dateFormat = "MMMM d, yyyy"
        let date = try #require(reader.date(from: String(line.dropFirst(4))), "\(line)")
        let writer = ISO8601DateFormatter()
        writer.formatOptions = [.withFullDate]
        return writer.string(from: date)
    }

    static func pages(in directory: URL) throws -> [String: String] {
        var pages: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".1") {
            pages[name] = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        }
        return pages
    }

    @Test func committedPagesAreCurrent() throws {
        let committed = try Self.pages(in: Self.manualDirectory)
        let main = try #require(committed["lossviz.1"], "docs/man/lossviz.1 is missing")
        let lossviz = try LossvizBinary.location()
        let tool = lossviz.deletingLastPathComponent().appendingPathComponent("generate-manual")
        try #require(FileManager.default.isExecutableFile(atPath: tool.path), "\(tool.path) was not built; run `swift build --product generate-manual`")

        let output = FileManager.default.temporaryDirectory.appendingPathComponent("lossviz-man-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = tool
        process.arguments = [lossviz.path, "--multi-page", "--date", try Self.date(of: main), "--output-directory", output.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let generated = try Self.pages(in: output)
        #expect(Set(generated.keys) == Set(committed.keys), "pages: generated \(generated.keys.sorted()), committed \(committed.keys.sorted())")
        for (name, text) in generated.sorted(by: { $0.key < $1.key }) {
            let current = committed[name] == text
            #expect(current, "docs/man/\(name) is out of date; regenerate it as docs/man/README.md says")
        }
    }
}
