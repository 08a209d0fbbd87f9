import Dispatch
import Foundation

/// Runs a body over chunk indices `0 ..< chunkCount` on a fixed number of
/// worker threads (`DispatchQueue.concurrentPerform`), handing out chunks in
/// order from a shared counter.
///
/// Results stay deterministic whatever the thread count as long as each chunk
/// writes only its own slots and any reduction over chunks is done afterwards in
/// chunk order; the simulator and the fields are written that way.
struct ChunkedParallelLoop {
    /// How many chunks exist.
    var chunkCount: Int
    /// How many workers run at once (at least 1; at most `chunkCount` are used).
    var threads: Int

    /// Calls `body(chunk)` once for every chunk, then `completed(chunk)` under a lock
    /// (so `completed` may count progress without its own synchronisation).
    func run(_ body: @Sendable (Int) -> Void, completed: @Sendable (Int) -> Void = { _ in }) {
        let dispenser = ChunkDispenser(count: chunkCount)
        let workers = max(1, min(threads, chunkCount))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let chunk = dispenser.next() {
                body(chunk)
                dispenser.finish(chunk, completed)
            }
        }
    }
}

/// Hands out chunk indices in increasing order to whichever worker asks first.
private final class ChunkDispenser: @unchecked Sendable {
    private let lock = NSLock()
    private var nextChunk = 0
    private let count: Int

    init(count: Int) {
        self.count = count
    }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextChunk < count else { return nil }
        nextChunk += 1
        return nextChunk - 1
    }

    func finish(_ chunk: Int, _ completed: @Sendable (Int) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        completed(chunk)
    }
}

/// A raw buffer that parallel chunks write into, each chunk its own disjoint slots.
/// `@unchecked Sendable` because that disjointness is the callers' contract.
struct SharedDoubleBuffer: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
    let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: 0, count: max(count, 1))
    }

    /// The contents as an array; call once every writer has finished.
    func array() -> [Double] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    func deallocate() {
        base.deallocate()
    }
}
