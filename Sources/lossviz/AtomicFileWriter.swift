import Foundation

/// Writes command output so that a failed or interrupted run never leaves a
/// truncated file: the bytes go to a temporary file in the destination's
/// directory, which is then renamed over the destination (atomic on POSIX).
/// The path `-` means standard output.
enum AtomicFileWriter {
    static func write(_ text: String, to path: String) throws(EvalInputError) {
        let data = Data(text.utf8)
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        let destination = URL(fileURLWithPath: path)
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            throw .unwritableOutput(path: path, reason: Self.reason(error))
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritableOutput(path: path, reason: reason)
        }
    }

    /// The system's words for a file error, without Foundation's wrapping.
    static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(code)))
        }
        return error.localizedDescription
    }
}
