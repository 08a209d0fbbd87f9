import Dispatch
import Foundation
import LossvizServer
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `field-png`: the explorer's `/api/field.png` for IoU, GIoU, DIoU and CIoU
/// on a 200 x 200 offset grid (the 2 x 2 panels `lossviz field` draws, 72 dpi),
/// asked over HTTP from an in-process `lossviz serve` 40 times after 3 warm-up
/// requests. Reports the 95th percentile of the answer time as `seconds`, and
/// the median. The peer computes the same four fields with torchvision's losses
/// (autograd for the arrows) and draws them with matplotlib to PNG in memory.
func fieldPNGBenchmark() throws -> BenchmarkResult {
    let stop = ShutdownSignal()
    let ready = DispatchSemaphore(value: 0)
    let address = LockedURL()
    let server = ExplorerServer(host: "127.0.0.1", port: 0)
    Task.detached {
        try? await server.run(until: stop) { url in
            address.set(url)
            ready.signal()
        }
    }
    guard ready.wait(timeout: .now() + 30) == .success, let base = address.get() else {
        throw BenchmarkError("the explorer server did not start")
    }
    let url = URL(string: base + "api/field.png?losses=iou,giou,diou,ciou&over=offset&target=0,0,1,1&size=1.5,0.75&resolution=200")!
    var times: [Double] = []
    var bytes = 0
    for index in 0 ..< 43 {
        var body = Data()
        let seconds = try wallTime { body = try get(url) }
        if index >= 3 { times.append(seconds) }
        bytes = body.count
    }
    times.sort()
    let p95 = times[Int((Double(times.count) * 0.95).rounded(.up)) - 1]
    return BenchmarkResult(seconds: p95, extra: [("median", String(times[times.count / 2])), ("requests", String(times.count)),
                                                 ("png_bytes", String(bytes))])
}

/// The body of `GET url` (status 200 required).
private func get(_ url: URL) throws -> Data {
    let done = DispatchSemaphore(value: 0)
    let result = LockedResult()
    URLSession.shared.dataTask(with: url) { data, response, error in
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        result.set(status == 200 ? data : nil)
        done.signal()
    }.resume()
    done.wait()
    guard let data = result.get() else { throw BenchmarkError("GET \(url) failed") }
    return data
}

/// A failed benchmark step.
struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A value set on one thread and read on another.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    func set(_ newValue: Value?) { lock.withLock { value = newValue } }
    func get() -> Value? { lock.withLock { value } }
}

typealias LockedURL = Locked<String>
typealias LockedResult = Locked<Data>
