import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole files at once through `OutputFile`: several files are all
/// written to temporary files first and renamed only when every one was
/// written, so a failure replaces none of them.
public enum AtomicFile {
    /// Writes every `(path, bytes)` pair, all or none; a path `-` is standard
    /// output, written after the files are complete and before any is renamed.
    public static func write(_ outputs: [(path: String, bytes: Data)]) throws(OutputError) {
        let ordered = outputs.filter { $0.path != "-" } + outputs.filter { $0.path == "-" }
        var files: [OutputFile] = []
        for output in ordered {
            let file = try OutputFile(path: output.path)
            files.append(file)
            try withRawBytes(of: output.bytes, file.write)
            try file.finishWriting()
        }
        for file in files { try file.commit() }
    }

    /// Writes `bytes` to `path` (`-`: standard output) atomically.
    public static func write(_ bytes: Data, to path: String) throws(OutputError) {
        try write([(path, bytes)])
    }

    /// Writes `text` (UTF-8) to `path` (`-`: standard output) atomically.
    public static func write(_ text: String, to path: String) throws(OutputError) {
        try write([(path, Data(text.utf8))])
    }

    /// Fails unless the directory `path` would be written into exists, so a
    /// command can refuse a bad destination before it computes or writes anything.
    public static func requireDirectory(of path: String) throws(OutputError) {
        guard path != "-" else { return }
        let directory = (path as NSString).deletingLastPathComponent
        try requireDirectory(directory.isEmpty ? "." : directory, for: path)
    }

    static func requireDirectory(_ directory: String, for path: String) throws(OutputError) {
        var status = stat()
        guard stat(directory, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            throw OutputError(destination: path, reason: "directory \(directory) does not exist")
        }
    }
}
