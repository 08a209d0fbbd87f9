import CGIF
import Foundation

/// Animated GIFs with giflib: one global 256-colour palette for all frames,
/// each frame stored as the rectangle that changed since the previous one.
///
/// The palette keeps the figure's flat colours exactly (the colours that cover
/// at least `flatColourShare` of the pixels: background, text, box outlines,
/// loss colours) and fills the remaining entries with giflib's median-cut
/// quantisation (`GifQuantizeBuffer`) of the frames' pixels (anti-aliased
/// edges). Every pixel takes the nearest palette colour. Same frames, same bytes.
public enum GIFEncoder {
    /// A colour covering at least this share of all frames' pixels gets its own palette entry.
    static let flatColourShare = 0.0005
    /// At most this many flat colours are kept exactly.
    static let maximumFlatColours = 64

    /// The GIF of `frames` (all of one size), frame `i` shown for `delays[i]`
    /// hundredths of a second, looping forever.
    /// - Throws: `RenderError.cairo` (naming giflib) when encoding fails or the frames differ in size.
    public static func encode(frames: [RGBImage], delays: [Int]) throws(RenderError) -> Data {
        guard let first = frames.first, delays.count == frames.count,
              frames.allSatisfy({ $0.width == first.width && $0.height == first.height }) else {
            throw .cairo(operation: "encoding GIF", status: "no frames, or frames of different sizes")
        }
        let palette = Palette(frames: frames)
        let indexed = frames.map { palette.indices(of: $0) }
        return try write(indexed, width: first.width, height: first.height, palette: palette.colours, delays: delays)
    }

    /// Writes indexed frames with giflib.
    static func write(_ frames: [[UInt8]], width: Int, height: Int, palette: [RGB], delays: [Int]) throws(RenderError) -> Data {
        let sink = ByteSink()
        var status: Int32 = 0
        guard let gif = EGifOpen(Unmanaged.passUnretained(sink).toOpaque(), writeToSink, &status) else {
            throw .cairo(operation: "encoding GIF", status: "giflib: \(Self.text(status))")
        }
        var failure: String?
        func check(_ result: Int32, _ step: String) {
            if result == GIF_ERROR, failure == nil { failure = "giflib \(step): \(Self.text(gif.pointee.Error))" }
        }
        var colours = palette.map { GifColorType(Red: $0.r, Green: $0.g, Blue: $0.b) }
        while colours.count < 256 { colours.append(GifColorType(Red: 0, Green: 0, Blue: 0)) }
        let map = GifMakeMapObject(256, colours)
        EGifSetGifVersion(gif, true)
        check(EGifPutScreenDesc(gif, Int32(width), Int32(height), 8, 0, map), "screen")
        GifFreeMapObject(map)
        // Loop forever (the NETSCAPE2.0 application extension).
        check(EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE), "loop")
        var application = Array("NETSCAPE2.0".utf8)
        check(EGifPutExtensionBlock(gif, 11, &application), "loop")
        var loop: [UInt8] = [1, 0, 0]
        check(EGifPutExtensionBlock(gif, 3, &loop), "loop")
        check(EGifPutExtensionTrailer(gif), "loop")
        var previous: [UInt8]?
        for (frame, delay) in zip(frames, delays) {
            var control = GraphicsControlBlock(DisposalMode: DISPOSE_DO_NOT, UserInputFlag: false,
                                               DelayTime: Int32(delay), TransparentColor: NO_TRANSPARENT_COLOR)
            var extensionBytes = [UInt8](repeating: 0, count: 4)
            let length = EGifGCBToExtension(&control, &extensionBytes)
            check(EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, Int32(length), &extensionBytes), "frame delay")
            let rect = changedRect(frame, since: previous, width: width, height: height)
            check(EGifPutImageDesc(gif, Int32(rect.x), Int32(rect.y), Int32(rect.width), Int32(rect.height), false, nil), "frame")
            var line = [UInt8](repeating: 0, count: rect.width)
            for row in rect.y ..< rect.y + rect.height {
                let start = row * width + rect.x
                for column in 0 ..< rect.width { line[column] = frame[start + column] }
                check(EGifPutLine(gif, &line, Int32(rect.width)), "pixels")
            }
            previous = frame
        }
        var closeStatus: Int32 = 0
        if EGifCloseFile(gif, &closeStatus) == GIF_ERROR, failure == nil { failure = "giflib closing: \(Self.text(closeStatus))" }
        if let failure { throw .cairo(operation: "encoding GIF", status: failure) }
        return sink.data
    }

    /// The smallest rectangle holding every pixel of `frame` that differs from
    /// `previous` (the whole frame for the first; one pixel when nothing changed).
    static func changedRect(_ frame: [UInt8], since previous: [UInt8]?, width: Int, height: Int)
        -> (x: Int, y: Int, width: Int, height: Int)
    {
        guard let previous else { return (0, 0, width, height) }
        var minX = width, minY = height, maxX = -1, maxY = -1
        for y in 0 ..< height {
            let row = y * width
            for x in 0 ..< width where frame[row + x] != previous[row + x] {
                minX = min(minX, x); maxX = max(maxX, x)
                minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        guard maxX >= 0 else { return (0, 0, 1, 1) }
        return (minX, minY, maxX - minX + 1, maxY - minY + 1)
    }

    static func text(_ code: Int32) -> String {
        GifErrorString(code).map { String(cString: $0) } ?? "error \(code)"
    }

    /// An 8-bit colour.
    struct RGB: Hashable {
        var r: UInt8
        var g: UInt8
        var b: UInt8

        var key: UInt32 { UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b) }
    }

    /// The shared palette and the mapping of pixels to it.
    struct Palette {
        /// At most 256 colours: the flat colours first, then the quantised ones.
        var colours: [RGB]
        /// The exact entry of each flat colour.
        var flat: [UInt32: UInt8]

        init(frames: [RGBImage]) {
            var counts: [UInt32: Int] = [:]
            var total = 0
            for frame in frames {
                let bytes = frame.bytes
                for p in stride(from: 0, to: bytes.count, by: 3) {
                    counts[UInt32(bytes[p]) << 16 | UInt32(bytes[p + 1]) << 8 | UInt32(bytes[p + 2]), default: 0] += 1
                }
                total += bytes.count / 3
            }
            let threshold = max(1, Int(Double(total) * GIFEncoder.flatColourShare))
            let flatKeys = counts.filter { $0.value >= threshold }
                .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .prefix(GIFEncoder.maximumFlatColours).map(\.key)
            colours = flatKeys.map { RGB(r: UInt8($0 >> 16), g: UInt8(($0 >> 8) & 0xFF), b: UInt8($0 & 0xFF)) }
            flat = Dictionary(uniqueKeysWithValues: flatKeys.enumerated().map { ($1, UInt8($0)) })
            // The other colours, one pixel per distinct colour weighted by a
            // capped count, go to giflib's median cut for the remaining entries.
            let rest = counts.filter { flat[$0.key] == nil }.sorted { $0.key < $1.key }
            let free = 256 - colours.count
            guard !rest.isEmpty, free > 0 else { return }
            var red: [UInt8] = [], green: [UInt8] = [], blue: [UInt8] = []
            for (key, count) in rest {
                for _ in 0 ..< min(count, 16) {
                    red.append(UInt8(key >> 16)); green.append(UInt8((key >> 8) & 0xFF)); blue.append(UInt8(key & 0xFF))
                }
            }
            var size = Int32(free)
            var output = [UInt8](repeating: 0, count: red.count)
            var quantised = [GifColorType](repeating: GifColorType(Red: 0, Green: 0, Blue: 0), count: 256)
            let result = GifQuantizeBuffer(UInt32(red.count), 1, &size, &red, &green, &blue, &output, &quantised)
            guard result != GIF_ERROR else { return }
            colours += quantised.prefix(Int(min(size, Int32(free)))).map { RGB(r: $0.Red, g: $0.Green, b: $0.Blue) }
        }

        /// Each pixel's palette entry: its own for a flat colour, else the nearest.
        func indices(of frame: RGBImage) -> [UInt8] {
            var cache = flat
            let bytes = frame.bytes
            var result = [UInt8](repeating: 0, count: bytes.count / 3)
            for i in 0 ..< result.count {
                let r = bytes[3 * i], g = bytes[3 * i + 1], b = bytes[3 * i + 2]
                let key = UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b)
                if let index = cache[key] {
                    result[i] = index
                } else {
                    let index = nearest(RGB(r: r, g: g, b: b))
                    cache[key] = index
                    result[i] = index
                }
            }
            return result
        }

        /// The entry closest in squared RGB distance (the first on ties).
        func nearest(_ colour: RGB) -> UInt8 {
            var best = 0, bestDistance = Int.max
            for (index, entry) in colours.enumerated() {
                let dr = Int(entry.r) - Int(colour.r), dg = Int(entry.g) - Int(colour.g), db = Int(entry.b) - Int(colour.b)
                let distance = dr * dr + dg * dg + db * db
                if distance < bestDistance { best = index; bestDistance = distance }
            }
            return UInt8(best)
        }
    }
}

/// giflib's write callback: appends to the `ByteSink` in `UserData`.
private let writeToSink: OutputFunc = { gif, bytes, length in
    guard let gif, let bytes, let user = gif.pointee.UserData else { return 0 }
    Unmanaged<ByteSink>.fromOpaque(user).takeUnretainedValue().data.append(bytes, count: Int(length))
    return length
}
