import Foundation
import LossvizPlot

/// Puts axis-aligned strokes on the pixel grid of a raster page so that thin
/// lines are crisp (matplotlib's Agg backend snaps the same way): a line an
/// odd number of pixels wide is centred on a pixel centre, an even one on a
/// pixel edge. Paths with curves or slanted segments are left alone.
enum PixelSnapping {
    /// `path` snapped for a stroke `lineWidth` points wide at `scale` pixels per point.
    static func snap(_ path: Path, lineWidth: Double, scale: Double) -> Path {
        var previous: Point?
        for e in path.elements {
            switch e {
            case .move(let p): previous = p
            case .line(let p):
                if let q = previous, q.x != p.x && q.y != p.y { return path }
                previous = p
            case .curve: return path
            case .close: break
            }
        }
        let pixels = max(1, (lineWidth * scale).rounded())
        let odd = Int(pixels) % 2 == 1
        func s(_ v: Double) -> Double {
            let d = v * scale
            return (odd ? d.rounded(.down) + 0.5 : d.rounded()) / scale
        }
        var out = Path()
        for e in path.elements {
            switch e {
            case .move(let p): out.move(to: Point(s(p.x), s(p.y)))
            case .line(let p): out.line(to: Point(s(p.x), s(p.y)))
            case .close: out.close()
            case .curve: break
            }
        }
        return out
    }

    /// `rect` with its edges moved to whole pixels.
    static func snap(_ rect: Rect, scale: Double) -> Rect {
        let x0 = (rect.minX * scale).rounded() / scale, y0 = (rect.minY * scale).rounded() / scale
        let x1 = (rect.maxX * scale).rounded() / scale, y1 = (rect.maxY * scale).rounded() / scale
        return Rect(x: x0, y: y0, width: max(x1 - x0, 1 / scale), height: max(y1 - y0, 1 / scale))
    }
}
