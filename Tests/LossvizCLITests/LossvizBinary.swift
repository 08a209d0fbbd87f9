import Foundation

/// Runs the built `lossviz` executable, as a user's shell would.
///
/// The binary is looked for next to the test bundle (SwiftPM puts products and
/// the test bundle in the same directory), then in `.build/debug` of the
/// package this file belongs to; `LOSSVIZ_BINARY` overrides both.
enum LossvizBinary {
    struct Run {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    struct NotFound: Error, CustomStringConvertible {
        var searched: [String]
        var description: String { "the lossviz executable was not found; looked in \(searched.joined(separator: ", ")); run `swift build` first" }
    }

    static func location() throws -> URL {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["LOSSVIZ_BINARY"] {
            candidates.append(URL(fileURLWithPath: override))
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent("lossviz"))
            directory.deleteLastPathComponent()
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/lossviz"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }) else {
            throw NotFound(searched: candidates.map(\.path))
        }
        return found
    }

    /// Runs `lossviz arguments...` with `input` on standard input. lossviz reads
    /// all its input before it writes, and writes at most a line to standard
    /// error, so writing, then reading each pipe in turn cannot deadlock.
    static func run(_ arguments: [String], input: String = "") throws -> Run {
        let process = Process()
        process.executableURL = try location()
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        let errorData = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self)
        )
    }
}
