import Foundation

/// Runs a command-line tool the tests need (rsvg-convert, pdfinfo, xmllint).
enum ExternalTool {
    struct Missing: Error, CustomStringConvertible {
        var name: String
        var description: String {
            "\(name) is not installed; install it (apt-get install librsvg2-bin poppler-utils libxml2-utils) to run this test"
        }
    }

    /// The tool's path on PATH, nil if absent.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `name` with `arguments`; returns exit status and standard output.
    static func run(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        guard let path = find(name) else { throw Missing(name: name) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

