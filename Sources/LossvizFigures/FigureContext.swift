import Synchronization

/// What recipes share while a batch of figures is made: results that are
/// expensive to compute (the full simulations) are computed once per batch.
///
/// `lossviz gallery` hands one context to every recipe, so
/// `simulation-error` and `simulation-final-error` share one run.
public final class FigureContext: Sendable {
    private let cache = Mutex<[String: any Sendable]>([:])

    /// How far a long computation of a recipe is (the simulations):
    /// `(stage, done, total)`, called from worker threads, one call at a time
    /// per computation. `lossviz figure` draws it as a progress bar.
    public typealias Progress = @Sendable (_ stage: String, _ done: Int, _ total: Int) -> Void

    /// Where recipes report the progress of long computations (nil: nowhere).
    public let progress: Progress?

    /// An empty context: nothing computed yet; `progress` hears how far the
    /// long computations are.
    public init(progress: Progress? = nil) {
        self.progress = progress
    }

    /// The value stored under `key`, computing and storing it with `make` the
    /// first time. Keys name the computation and all its settings.
    public func cached<Value: Sendable>(_ key: String, _ make: () throws -> Value) rethrows -> Value {
        if let hit = cache.withLock({ $0[key] }) as? Value { return hit }
        let value = try make()
        cache.withLock { $0[key] = value }
        return value
    }
}
