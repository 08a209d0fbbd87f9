import Synchronization

/// What recipes share while a batch of figures is made: results that are
/// expensive to compute (the full simulations) are computed once per batch.
///
/// `lossviz gallery` hands one context to every recipe, so
/// `simulation-error` and `simulation-final-error` share one run.
public final class FigureContext: Sendable {
    private let cache = Mutex<[String: any Sendable]>([:])

    /// An empty context: nothing computed yet.
    public init() {}

    /// The value stored under `key`, computing and storing it with `make` the
    /// first time. Keys name the computation and all its settings.
    public func cached<Value: Sendable>(_ key: String, _ make: () throws -> Value) rethrows -> Value {
        if let hit = cache.withLock({ $0[key] }) as? Value { return hit }
        let value = try make()
        cache.withLock { $0[key] = value }
        return value
    }
}
