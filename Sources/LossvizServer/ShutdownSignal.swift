import Dispatch
import Foundation

/// Waits for SIGINT or SIGTERM: the server stops cleanly (open requests get up
/// to two seconds) and `lossviz serve` exits 0.
///
/// `@unchecked Sendable`: both stored properties are set once in `init` and
/// never changed; the signal sources are kept only so that they stay alive.
public final class ShutdownSignal: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    private let stream: AsyncStream<Void>

    /// Starts listening for SIGINT and SIGTERM (their default action, ending
    /// the process at once, is turned off while this exists).
    public init() {
        let (stream, continuation) = AsyncStream<Void>.makeStream()
        self.stream = stream
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield() }
            source.resume()
            return source
        }
    }

    /// Returns once a signal has arrived.
    public func wait() async {
        for await _ in stream { return }
    }
}
