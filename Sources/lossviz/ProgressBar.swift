import Foundation
import LossvizIO

/// A one-line progress bar on standard error, drawn only when standard error is
/// a terminal (so logs and pipes stay clean), redrawn at most 10 times a second.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let lock = NSLock()
    private var lastDraw = 0.0
    private let start = Date()

    init(label: String) {
        self.label = label
        enabled = isatty(STDERR_FILENO) == 1
    }

    /// Shows `done` of `total`.
    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        let elapsed = Date().timeIntervalSince(start)
        guard elapsed - lastDraw >= 0.1 || done == total else { return }
        lastDraw = elapsed
        let fraction = Double(done) / Double(total)
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let line = "\r\(label) [\(bar)] " + String(format: "%5.1f%% %6.1fs", fraction * 100, elapsed)
        StandardStreams.writeError(line)
    }

    /// Ends the bar's line.
    func finish() {
        guard enabled else { return }
        StandardStreams.writeError("\n")
    }
}
