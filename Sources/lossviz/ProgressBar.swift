import Foundation
import LossvizIO

/// Progress of a long run on standard error, drawn only when standard error
/// is a terminal (so logs and pipes stay clean), redrawn at most 10 times a
/// second and only once the run has taken a second (short runs stay silent).
///
/// With a known amount of work (`update(done:total:stage:)`) it is a bar with
/// the share done; for work that reports no progress (a field, most figures)
/// it is the label and the elapsed time. `start()` keeps either ticking from a
/// background thread.
/// `finish()` clears the line.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let lock = NSLock()
    private var lastDraw = 0.0
    private var drawn = false
    private var finished = false
    /// The last share done that `update` reported, with its label.
    private var share: (label: String, fraction: Double)?
    private let startDate = Date()
    /// Runs shorter than this draw nothing.
    private static let quietSeconds = 1.0
    private static let redrawSeconds = 0.1

    init(label: String) {
        self.label = label
        enabled = isatty(STDERR_FILENO) == 1
    }

    /// Shows `done` of `total`, after `stage` when one is given; from then on
    /// the ticker of `start()` redraws this share with the time running.
    func update(done: Int, total: Int, stage: String? = nil) {
        guard enabled, total > 0 else { return }
        let label = stage.map { "\(self.label) (\($0))" } ?? self.label
        setShare((label, Double(done) / Double(total)))
        draw(line)
    }

    /// Keeps the line up to date until `finish()`: the label and the elapsed
    /// time for work that does not report how far it is, the last `update`'s
    /// bar with the time running for work that does.
    func start() {
        guard enabled else { return }
        let thread = Thread { [self] in
            while !isFinished {
                draw(line)
                Thread.sleep(forTimeInterval: Self.redrawSeconds)
            }
        }
        thread.start()
    }

    /// The line to draw after `elapsed` seconds: the bar of the last share
    /// reported, or the label and the time. Called by `draw`, under the lock.
    private func line(_ elapsed: Double) -> String {
        guard let share else { return "\(label) " + String(format: "%6.1fs", elapsed) }
        let width = 30
        let filled = Int(share.fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        return "\(share.label) [\(bar)] " + String(format: "%5.1f%% %6.1fs", share.fraction * 100, elapsed)
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

    private func setShare(_ share: (label: String, fraction: Double)) {
        lock.lock()
        defer { lock.unlock() }
        self.share = share
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
