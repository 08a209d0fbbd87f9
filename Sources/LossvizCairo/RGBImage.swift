import CCairo
import Foundation

/// An 8-bit RGB image decoded with Cairo's PNG loader
/// (`cairo_image_surface_create_from_png_stream`), transparent pixels
/// composited over white. Used to compare renderings.
public struct RGBImage: Equatable, Sendable {
    public let width: Int
    public let height: Int
    /// Row-major `r, g, b` bytes.
    public let bytes: [UInt8]

    /// An image from raw RGB bytes (`width * height * 3` of them).
    public init(width: Int, height: Int, bytes: [UInt8]) {
        self.width = width
        self.height = height
        self.bytes = bytes
    }

    /// Decodes PNG data.
    public init(png data: Data) throws(RenderError) {
        let reader = ByteReader(data: data)
        let pointer = Unmanaged.passUnretained(reader).toOpaque()
        guard let surface = cairo_image_surface_create_from_png_stream(readFromReader, pointer) else {
            throw .cairo(operation: "decoding PNG", status: "out of memory")
        }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(operation: "decoding PNG", status: CairoCanvas.statusText(status))
        }
        let surfaceFormat = cairo_image_surface_get_format(surface)
        let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        cairo_surface_flush(surface)
        guard let base = cairo_image_surface_get_data(surface),
              surfaceFormat == CAIRO_FORMAT_ARGB32 || surfaceFormat == CAIRO_FORMAT_RGB24 else {
            throw .cairo(operation: "decoding PNG", status: "unsupported pixel format")
        }
        let hasAlpha = surfaceFormat == CAIRO_FORMAT_ARGB32
        var out = [UInt8](repeating: 0, count: w * h * 3)
        for y in 0..<h {
            let row = UnsafeRawPointer(base + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<w {
                let p = row[x]
                let a = hasAlpha ? (p >> 24) & 0xff : 255
                // Premultiplied: over white adds (255 - a).
                let white = 255 - a
                out[(y * w + x) * 3] = UInt8(min(255, ((p >> 16) & 0xff) + white))
                out[(y * w + x) * 3 + 1] = UInt8(min(255, ((p >> 8) & 0xff) + white))
                out[(y * w + x) * 3 + 2] = UInt8(min(255, (p & 0xff) + white))
            }
        }
        width = w
        height = h
        bytes = out
    }

    /// The image encoded as PNG.
    public func pngData() throws(RenderError) -> Data {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            throw .cairo(operation: "encoding PNG", status: "out of memory")
        }
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        if let base = cairo_image_surface_get_data(surface) {
            for y in 0..<height {
                let row = UnsafeMutableRawPointer(base + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    let k = (y * width + x) * 3
                    row[x] = 0xff00_0000 | UInt32(bytes[k]) << 16 | UInt32(bytes[k + 1]) << 8 | UInt32(bytes[k + 2])
                }
            }
        }
        cairo_surface_mark_dirty(surface)
        let sink = ByteSink()
        let status = cairo_surface_write_to_png_stream(surface, appendToSink, Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(operation: "encoding PNG", status: CairoCanvas.statusText(status))
        }
        return sink.data
    }

    /// Root-mean-square difference over every RGB channel on the 0...255 scale
    /// (matplotlib's `compare_images` metric), after averaging `block` x `block`
    /// pixel blocks (1: pixel by pixel; larger blocks forgive antialiasing
    /// differences but not misplaced marks). Nil when the sizes differ.
    public func rms(to other: RGBImage, block: Int = 1) -> Double? {
        guard width == other.width, height == other.height, width > 0, height > 0 else { return nil }
        let b = max(1, block)
        let bw = width / b, bh = height / b
        guard bw > 0, bh > 0 else { return nil }
        var sum = 0.0
        for by in 0..<bh {
            for bx in 0..<bw {
                for c in 0..<3 {
                    var da = 0.0
                    for y in (by * b)..<(by * b + b) {
                        for x in (bx * b)..<(bx * b + b) {
                            let k = (y * width + x) * 3 + c
                            da += Double(bytes[k]) - Double(other.bytes[k])
                        }
                    }
                    let d = da / Double(b * b)
                    sum += d * d
                }
            }
        }
        return (sum / Double(bw * bh * 3)).squareRoot()
    }

    /// A picture of the differences: white where equal, darker where they differ
    /// (the absolute difference summed over channels, amplified 4 x).
    public func difference(to other: RGBImage) -> RGBImage? {
        guard width == other.width, height == other.height else { return nil }
        var out = [UInt8](repeating: 255, count: bytes.count)
        for p in 0..<(width * height) {
            var d = 0
            for c in 0..<3 { d += abs(Int(bytes[p * 3 + c]) - Int(other.bytes[p * 3 + c])) }
            let v = UInt8(max(0, 255 - 4 * d))
            out[p * 3] = 255
            out[p * 3 + 1] = v
            out[p * 3 + 2] = v
        }
        return RGBImage(width: width, height: height, bytes: out)
    }
}

/// Feeds bytes to Cairo's PNG reader.
final class ByteReader {
    let data: Data
    var offset = 0
    init(data: Data) { self.data = data }
}

let readFromReader: cairo_read_func_t = { closure, buffer, length in
    guard let closure, let buffer else { return CAIRO_STATUS_READ_ERROR }
    let reader = Unmanaged<ByteReader>.fromOpaque(closure).takeUnretainedValue()
    let n = Int(length)
    guard reader.offset + n <= reader.data.count else { return CAIRO_STATUS_READ_ERROR }
    reader.data.copyBytes(to: buffer, from: reader.data.startIndex + reader.offset..<reader.data.startIndex + reader.offset + n)
    reader.offset += n
    return CAIRO_STATUS_SUCCESS
}
