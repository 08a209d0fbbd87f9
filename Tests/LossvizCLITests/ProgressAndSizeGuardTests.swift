import Foundation
import Testing

/// Long runs show progress on standard error only when it is a terminal (a
/// pseudo-terminal from `script` here), and a `--data` document estimated
/// above the size guard's limit is refused, before any work, unless `--force`.
@Suite struct ProgressAndSizeGuardTests {
    /// Runs `lossviz arguments` with standard output and standard error on a
    /// pseudo-terminal (util-linux `script`); returns what the terminal showed.
    static func onTerminal(_ arguments: [String]) throws -> (status: Int32, terminal: String) {
        let command = ([try LossvizBinary.location().path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["--quiet", "--return", "--command", command, "/dev/null"]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: bytes, as: UTF8.self))
    }

    static func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("lossviz-progress-\(UUID().uuidString)-\(name)")
    }

    /// A field of about three seconds in a debug build.
    static func longField(_ data: URL) -> [String] {
        ["field", "giou,diou", "--over", "offset", "--resolution", "401", "--data", data.path]
    }

    @Test func aLongFieldShowsItsElapsedTimeOnATerminalOnly() throws {
        let data = Self.temporaryFile("field.json")
        defer { try? FileManager.default.removeItem(at: data) }
        let terminal = try Self.onTerminal(Self.longField(data))
        #expect(terminal.status == 0, "\(terminal.terminal)")
        #expect(terminal.terminal.contains("\rfield") || terminal.terminal.contains("\u{1B}[2Kfield"), "\(terminal.terminal)")
        #expect(terminal.terminal.contains("s"))
        let piped = try LossvizBinary.run(Self.longField(data))
        #expect(piped.status == 0 && piped.standardError.isEmpty, "\(piped.standardError)")
    }

    @Test func simulateShowsABarOnATerminalOnly() throws {
        let data = Self.temporaryFile("simulate.json")
        defer { try? FileManager.default.removeItem(at: data) }
        let arguments = ["simulate", "--points", "6", "--losses", "giou", "--data", data.path]
        let terminal = try Self.onTerminal(arguments)
        #expect(terminal.status == 0)
        #expect(terminal.terminal.contains("simulate [#") && terminal.terminal.contains("%"), "\(terminal.terminal)")
        let piped = try LossvizBinary.run(arguments)
        #expect(piped.status == 0 && piped.standardError.isEmpty, "\(piped.standardError)")
    }

    @Test func evalOfAFileShowsTheShareReadOnATerminalOnly() throws {
        let input = Self.temporaryFile("rows.csv"), output = Self.temporaryFile("losses.csv")
        defer { for file in [input, output] { try? FileManager.default.removeItem(at: file) } }
        // 800,000 rows: about four seconds in a debug build (a bar shows after one).
        let rows = "px1,py1,px2,py2,tx1,ty1,tx2,ty2\n" + String(repeating: "0,0,2,2,1,1,3,3\n", count: 800_000)
        try Data(rows.utf8).write(to: input)
        let arguments = ["eval", "giou", "--input", input.path, "--output", output.path]
        let terminal = try Self.onTerminal(arguments)
        #expect(terminal.status == 0)
        #expect(terminal.terminal.contains("eval [#") && terminal.terminal.contains("%"), "\(terminal.terminal)")
        let piped = try LossvizBinary.run(arguments)
        #expect(piped.status == 0 && piped.standardError.isEmpty, "\(piped.standardError)")
    }

    @Test func aShortRunStaysQuietOnATerminal() throws {
        let terminal = try Self.onTerminal(["curve", "l1", "--samples", "5", "--data", "-"])
        #expect(terminal.status == 0 && !terminal.terminal.contains("\u{1B}[2K"), "\(terminal.terminal)")
    }

    @Test func aHugeFieldIsRefusedBeforeAnyWorkNamingForce() throws {
        let data = Self.temporaryFile("huge.json")
        let started = Date()
        let run = try LossvizBinary.run(["field", "iou,giou,diou,ciou,eiou,siou,wiou,alpha-iou,inner-iou", "--over", "offset",
                                         "--resolution", "1001", "--data", data.path])
        #expect(Date().timeIntervalSince(started) < 10, "the guard must act before the field is computed")
        #expect(run.status == 64, "\(run.standardError)")
        #expect(run.standardError.split(separator: "\n").count == 1)
        #expect(run.standardError.contains("--force") && run.standardError.contains("MiB"), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: data.path))
    }

    @Test func theGuardCountsTheNumbersOfACurve() throws {
        // 1,000,000 samples of five losses: about 274 MiB estimated.
        let curve = try LossvizBinary.run(["curve", "l1,l2,huber,smooth-l1,focal-l1", "--samples", "1000000", "--data", "-"])
        #expect(curve.status == 64 && curve.standardError.contains("--force"), "\(curve.standardError)")
        #expect(curve.standardOutput.isEmpty)
    }

    @Test func forceWritesADocumentAboveTheLimit() throws {
        // 1,000,000 samples of six losses: about 326 MiB estimated, refused without --force.
        let arguments = ["curve", "l1,l2,huber,smooth-l1,focal-l1,bce", "--samples", "1000000", "--data", "/dev/null"]
        let refused = try LossvizBinary.run(arguments)
        #expect(refused.status == 64 && refused.standardError.contains("--force"))
        let forced = try LossvizBinary.run(arguments + ["--force"])
        #expect(forced.status == 0, "\(forced.standardError)")
    }
}
