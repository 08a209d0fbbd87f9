import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files lossviz is writing, removed if SIGINT, SIGTERM or SIGHUP
/// ends the program (then the signal is raised again, so the shell sees the
/// usual 130 or 143). The handler only calls `unlink`, which is safe in a signal
/// handler; the paths live in a fixed table of C strings it can read.
enum TemporaryFileRegistry {
    static let capacity = 256
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { signal(signalNumber, removeTemporaryFilesAndDie) }
        return slots
    }()
    private static let lock = NSLock()

    /// Remembers `path` until `unregister`; returns its slot (nil when the table is full,
    /// in which case the file is simply not cleaned up on a signal).
    static func register(_ path: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard let slot = (0..<capacity).first(where: { slots[$0] == nil }) else { return nil }
        slots[slot] = strdup(path)
        return slot
    }

    /// Forgets the path in `slot` (after it was renamed or removed).
    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        defer { lock.unlock() }
        let path = slots[slot]
        slots[slot] = nil
        free(path)
    }

    fileprivate static func removeAll() {
        for slot in 0..<capacity { if let path = slots[slot] { unlink(path) } }
    }
}

private func removeTemporaryFilesAndDie(_ signalNumber: Int32) {
    TemporaryFileRegistry.removeAll()
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
