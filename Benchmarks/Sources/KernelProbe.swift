import Foundation
import Losses

/// Temporary probe: raw throughput of the reference direction kernel.
func kernelProbe() throws -> BenchmarkResult {
    let n = 1 << 16
    var xs = [Double](repeating: 0, count: n), ys = xs, ws = xs, hs = xs
    var generator = SystemRandomNumberGenerator()
    for i in 0..<n {
        xs[i] = 10 + Double.random(in: -3...3, using: &generator)
        ys[i] = 10 + Double.random(in: -3...3, using: &generator)
        ws[i] = Double.random(in: 0.3...2.5, using: &generator)
        hs[i] = Double.random(in: 0.3...2.5, using: &generator)
    }
    var extra: [(String, String)] = []
    func probe<T: ReferenceArithmetic>(_ type: T.Type, _ loss: ReferenceLoss) -> Double {
        let target = ReferenceTarget(x: T(broadcast: 10), y: T(broadcast: 10), w: T(broadcast: 1), h: T(broadcast: 1))
        var acc = T(broadcast: 0)
        let reps = 50
        let seconds = wallTime {
            for _ in 0..<reps {
                var i = 0
                while i + T.laneCount <= n {
                    var x = T(broadcast: 0), y = x, w = x, h = x
                    for l in 0..<T.laneCount {
                        x.setLane(l, to: xs[i + l]); y.setLane(l, to: ys[i + l])
                        w.setLane(l, to: ws[i + l]); h.setLane(l, to: hs[i + l])
                    }
                    let d: (x: T, y: T, w: T, h: T)
                    switch loss {
                    case .iou: d = referenceAscentCentreForm(.iou, x: x, y: y, w: w, h: h, target: target)
                    case .giou: d = referenceAscentCentreForm(.giou, x: x, y: y, w: w, h: h, target: target)
                    case .diou: d = referenceAscentCentreForm(.diou, x: x, y: y, w: w, h: h, target: target)
                    case .ciou: d = referenceAscentCentreForm(.ciou, x: x, y: y, w: w, h: h, target: target)
                    }
                    acc = acc + d.x + d.y + d.w + d.h
                    i += T.laneCount
                }
            }
        }
        _ = acc.lane(0)
        return seconds / Double(reps * n) * 1e9
    }
    for loss in ReferenceLoss.allCases {
        extra.append(("\(loss)_double_ns", String(format: "%.2f", probe(Double.self, loss))))
        extra.append(("\(loss)_simd2_ns", String(format: "%.2f", probe(SIMD2<Double>.self, loss))))
        extra.append(("\(loss)_simd4_ns", String(format: "%.2f", probe(SIMD4<Double>.self, loss))))
        extra.append(("\(loss)_simd8_ns", String(format: "%.2f", probe(SIMD8<Double>.self, loss))))
    }
    return BenchmarkResult(seconds: 0, extra: extra)
}
