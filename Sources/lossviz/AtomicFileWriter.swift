import CairoCanvas
import Foundation

/// Writes a command's text output so that a failed or interrupted run never
/// leaves a truncated file (through `AtomicFile`: a temporary file in the
/// destination's directory, renamed over it). The path `-` means standard output.
enum AtomicFileWriter {
    static func write(_ text: String, to path: String) throws(EvalInputError) {
        let data = Data(text.utf8)
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try AtomicFile.write(data, to: URL(fileURLWithPath: path))
        } catch let .unwritable(_, reason) {
            throw .unwritableOutput(path: path, reason: reason)
        } catch {
            throw .unwritableOutput(path: path, reason: error.description)
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
