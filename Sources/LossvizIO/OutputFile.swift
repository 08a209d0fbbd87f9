#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One output being written, so that a failed or interrupted run never leaves a
/// truncated file where a good one was (docs/cli.md, "Exit status"):
///
/// - `-` is standard output, written as the bytes come;
/// - a new or existing regular file is written to a temporary file beside it
///   (`.NAME.<pid>.tmp`, removed on SIGINT/SIGTERM), which `commit` renames over
///   it; an existing file's permissions are kept;
/// - a symbolic link is followed: its final target is written as above;
/// - a device, FIFO or socket is written through (it cannot be replaced);
/// - a directory is refused.
///
/// Call `commit` when everything is written, or `discard` to leave the
/// destination untouched; a file neither committed nor discarded is discarded
/// when it is released.
public final class OutputFile {
    private enum Kind {
        case standardOutput
        case through(descriptor: Int32)
        case replacing(descriptor: Int32, temporary: String, target: String, slot: Int?)
        case finished
    }

    /// The path as the user gave it (for messages).
    public let path: String
    private var kind: Kind

    /// Opens `path` for writing (see the type's description).
    public init(path: String) throws(OutputError) {
        self.path = path
        if path == "-" {
            kind = .standardOutput
            return
        }
        let target = try Self.resolveLinks(path)
        var status = stat()
        if stat(target, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                kind = try Self.openTemporary(for: target, path: path, mode: status.st_mode & 0o7777)
            case S_IFDIR:
                throw OutputError(destination: path, reason: "it is a directory")
            default:
                let descriptor = open(target, O_WRONLY | O_CLOEXEC)
                guard descriptor >= 0 else { throw OutputError(destination: path, reason: systemReason()) }
                kind = .through(descriptor: descriptor)
            }
        } else {
            kind = try Self.openTemporary(for: target, path: path, mode: nil)
        }
    }

    deinit { discard() }

    /// Writes `bytes` (to the temporary file, the device or standard output).
    public func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        switch kind {
        case .standardOutput:
            try StandardStreams.write(bytes)
        case let .through(descriptor), let .replacing(descriptor, _, _, _):
            if let code = writeAll(descriptor, bytes) { throw OutputError(destination: path, reason: systemReason(code)) }
        case .finished:
            throw OutputError(destination: path, reason: "it was already closed")
        }
    }

    /// Closes the temporary file and checks it was written in full; after this
    /// only `commit` (or `discard`) remains. A second call does nothing.
    public func finishWriting() throws(OutputError) {
        guard case let .replacing(descriptor, temporary, target, slot) = kind, descriptor >= 0 else { return }
        kind = .replacing(descriptor: -1, temporary: temporary, target: target, slot: slot)
        if close(descriptor) != 0 { throw OutputError(destination: path, reason: systemReason()) }
    }

    /// Makes the written bytes the destination's contents (renames the temporary file over it).
    public func commit() throws(OutputError) {
        try finishWriting()
        switch kind {
        case let .replacing(_, temporary, target, slot):
            guard rename(temporary, target) == 0 else { throw OutputError(destination: path, reason: systemReason()) }
            TemporaryFileRegistry.unregister(slot)
        case let .through(descriptor):
            if close(descriptor) != 0 {
                kind = .finished
                throw OutputError(destination: path, reason: systemReason())
            }
        case .standardOutput, .finished:
            break
        }
        kind = .finished
    }

    /// Leaves the destination as it was: removes the temporary file.
    public func discard() {
        switch kind {
        case let .replacing(descriptor, temporary, _, slot):
            if descriptor >= 0 { close(descriptor) }
            unlink(temporary)
            TemporaryFileRegistry.unregister(slot)
        case let .through(descriptor):
            close(descriptor)
        case .standardOutput, .finished:
            break
        }
        kind = .finished
    }

    /// A temporary file beside `target`, with `mode` (else the umask's default).
    private static func openTemporary(for target: String, path: String, mode: mode_t?) throws(OutputError) -> Kind {
        let slash = target.lastIndex(of: "/")
        let directory = slash.map { String(target[..<$0]) } ?? "."
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        let temporary = (slash == nil ? "" : directory + "/") + ".\(name).\(getpid()).tmp"
        try AtomicFile.requireDirectory(directory.isEmpty ? "/" : directory, for: path)
        let slot = TemporaryFileRegistry.register(temporary)
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            let reason = systemReason()
            TemporaryFileRegistry.unregister(slot)
            throw OutputError(destination: path, reason: reason)
        }
        if let mode, fchmod(descriptor, mode) != 0 {
            let reason = systemReason()
            close(descriptor)
            unlink(temporary)
            TemporaryFileRegistry.unregister(slot)
            throw OutputError(destination: path, reason: reason)
        }
        return .replacing(descriptor: descriptor, temporary: temporary, target: target, slot: slot)
    }

    /// `path` with symbolic links followed to the final target (which need not exist).
    private static func resolveLinks(_ path: String) throws(OutputError) -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { return current }
            let link = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if link.hasPrefix("/") {
                current = link
            } else if let slash = current.lastIndex(of: "/") {
                current = String(current[...slash]) + link
            } else {
                current = link
            }
        }
        throw OutputError(destination: path, reason: "too many levels of symbolic links")
    }
}
