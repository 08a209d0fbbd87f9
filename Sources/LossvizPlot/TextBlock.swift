import Foundation

/// A possibly multi-line string laid out at an anchor point: where each line's
/// baseline starts and the box the block occupies. Lines are `\n`-separated and
/// 1.2 em apart (matplotlib's `linespacing`); the line box uses the font's
/// ascent and descent (measured on "lp" like matplotlib) so that strings with
/// and without descenders align alike.
struct TextBlock {
    struct Line {
        var text: String
        var origin: Point
    }

    var lines: [Line]
    /// The unrotated block box in block-local coordinates, origin at the anchor.
    var localBox: Rect
    var angle: Double
    var anchorPoint: Point
    var font: Font

    /// Lays out `text` so that its `anchor` point is at `point`, rotated by
    /// `angle` degrees counter-clockwise about that point.
    init(_ text: String, font: Font, anchor: TextAnchor, at point: Point, angle: Double = 0, canvas: some Canvas) {
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let reference = canvas.measure("lp", font: font)
        let extents = parts.map { canvas.measure($0, font: font) }
        let ascent = max(reference.ascent, extents.first?.ascent ?? 0)
        let descent = max(reference.descent, extents.last?.descent ?? 0)
        let lineHeight = 1.2 * font.size
        let width = extents.map(\.advance).max() ?? 0
        let height = ascent + Double(max(parts.count - 1, 0)) * lineHeight + descent
        // Block-local coordinates: x right, y down, (0, 0) the block's top-left.
        let ax: Double
        switch anchor.horizontal {
        case .left: ax = 0
        case .center: ax = width / 2
        case .right: ax = width
        }
        let ay: Double
        switch anchor.vertical {
        case .top: ay = 0
        case .center: ay = height / 2
        case .baseline: ay = ascent
        case .bottom: ay = height
        case .centerBaseline: ay = (ascent + Double(max(parts.count - 1, 0)) * lineHeight) / 2
        }
        let t = angle * .pi / 180
        let c = cos(t), s = sin(t)
        func toPage(_ lx: Double, _ ly: Double) -> Point {
            let dx = lx - ax, dy = ly - ay
            return Point(point.x + dx * c + dy * s, point.y - dx * s + dy * c)
        }
        var lines: [Line] = []
        for (k, part) in parts.enumerated() {
            let w = extents[k].advance
            let lx: Double
            switch anchor.horizontal {
            case .left: lx = 0
            case .center: lx = (width - w) / 2
            case .right: lx = width - w
            }
            lines.append(Line(text: part, origin: toPage(lx, ascent + Double(k) * lineHeight)))
        }
        self.lines = lines
        localBox = Rect(x: -ax, y: -ay, width: width, height: height)
        self.angle = angle
        anchorPoint = point
        self.font = font
    }

    /// The page corners of the block box grown by `pad` points.
    func corners(pad: Double = 0) -> [Point] {
        let b = localBox.insetBy(-pad)
        let t = angle * .pi / 180
        let c = cos(t), s = sin(t)
        return [Point(b.minX, b.minY), Point(b.maxX, b.minY), Point(b.maxX, b.maxY), Point(b.minX, b.maxY)].map {
            Point(anchorPoint.x + $0.x * c + $0.y * s, anchorPoint.y - $0.x * s + $0.y * c)
        }
    }

    /// The axis-aligned page box of the block grown by `pad` points.
    func bounds(pad: Double = 0) -> Rect {
        let pts = corners(pad: pad)
        let xs = pts.map(\.x), ys = pts.map(\.y)
        let x0 = xs.min() ?? 0, y0 = ys.min() ?? 0
        return Rect(x: x0, y: y0, width: (xs.max() ?? x0) - x0, height: (ys.max() ?? y0) - y0)
    }

    /// Draws every line.
    func draw(color: Color, on canvas: inout some Canvas) {
        for line in lines where !line.text.isEmpty {
            canvas.drawText(line.text, at: line.origin, angle: angle, font: font, color: color)
        }
    }
}
