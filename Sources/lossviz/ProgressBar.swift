import Foundation
import LossvizIO

/// Progress of a long run on standard error, drawn only when standard error
/// is a terminal (so logs and pipes stay clean), redrawn at most 10 times a
/// second and only once the run has taken a second (short runs stay silent).
///
/// With a known amount of work (`update(done:total:)`) it is a bar with the
/// share done; for work that reports no progress (a field, a figure) `start()`
/// shows the label and the elapsed time, ticking from a background thread.
/// `finish()` clears the line.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let lock = NSLock()
    private var lastDraw = 0.0
    private var drawn = false
    private var finished = false
    private let startDate = Date()
    /// Runs shorter than this draw nothing.
    private static let quietSeconds = 1.0
    private static let redrawSeconds = 0.1

    init(label: String) {
        self.label = label
        enabled = isatty(STDERR_FILENO) == 1
    }

    /// Shows `done` of `total`.
    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        let fraction = Double(done) / Double(total)
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        draw { elapsed in "\(self.label) [\(bar)] " + String(format: "%5.1f%% %6.1fs", fraction * 100, elapsed) }
    }

    /// Shows the label and the elapsed time until `finish()`, for work that
    /// does not report how far it is.
    func start() {
        guard enabled else { return }
        let thread = Thread { [self] in
            while !isFinished {
                draw { elapsed in "\(self.label) " + String(format: "%6.1fs", elapsed) }
                Thread.sleep(forTimeInterval: Self.redrawSeconds)
            }
        }
        thread.start()
    }

    /// Runs `work` with the label and elapsed time ticking on a terminal.
    static func ticking<T>(_ label: String, _ work: () throws -> T) rethrows -> T {
        let bar = ProgressBar(label: label)
        bar.start()
        return try bar.finishing(work)
    }

    /// Runs `work` (which updates this bar), then clears the bar, also when `work` throws.
    func finishing<T>(_ work: () throws -> T) rethrows -> T {
        defer { finish() }
        return try work()
    }

    /// Clears the line, if anything was drawn, and stops the ticking.
    func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        finished = true
        if drawn { StandardStreams.writeError("\r\u{1B}[2K") }
    }

    private var isFinished: Bool {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }

    private func draw(_ line: (Double) -> String) {
        lock.lock()
        defer { lock.unlock() }
        let elapsed = Date().timeIntervalSince(startDate)
        guard !finished, elapsed >= Self.quietSeconds, elapsed - lastDraw >= Self.redrawSeconds else { return }
        lastDraw = elapsed
        drawn = true
        StandardStreams.writeError("\r\u{1B}[2K" + line(elapsed))
    }
}
