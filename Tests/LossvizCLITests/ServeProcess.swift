import Foundation

/// A running `lossviz serve --port 0` for a test: started on a free loopback
/// port (read from its first line of output), stopped with SIGINT.
final class ServeProcess {
    let process = Process()
    let output = Pipe()
    let errors = Pipe()
    /// The page's URL, e.g. `http://127.0.0.1:40123/`.
    let url: URL

    struct NotReady: Error, CustomStringConvertible {
        var description: String
    }

    init(arguments: [String] = []) throws {
        process.executableURL = try LossvizBinary.location()
        process.arguments = ["serve", "--port", "0"] + arguments
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var line = Data()
        let handle = output.fileHandleForReading
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let start = text.range(of: "http://"), let end = text[start.lowerBound...].firstIndex(of: " "),
              let url = URL(string: String(text[start.lowerBound ..< end])) else {
            process.terminate()
            throw NotReady(description: "lossviz serve did not print its URL; it printed '\(text)'")
        }
        self.url = url
    }

    /// The URL of `path` (with its query) on this server.
    func url(_ path: String) -> URL {
        URL(string: path, relativeTo: url)!.absoluteURL
    }

    /// Sends SIGINT and waits; returns the exit status and standard error.
    func interrupt() -> (status: Int32, standardError: String) {
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, text)
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
