/// A bitmap of `width` x `height` pixels, row 0 at the top, each pixel
/// `0xAARRGGBB` with straight alpha. Heatmaps draw as one pixel per grid cell
/// that the canvas scales up with nearest-neighbour sampling.
public struct RasterImage: Hashable, Sendable {
    public var width: Int
    public var height: Int
    /// Row-major pixels, `pixels[row * width + column]`.
    public var pixels: [UInt32]

    /// An image filled with `fill` (transparent by default).
    public init(width: Int, height: Int, fill: UInt32 = 0) {
        self.width = max(0, width)
        self.height = max(0, height)
        pixels = Array(repeating: fill, count: self.width * self.height)
    }

    /// An image whose pixels are written by `fill`, which receives the
    /// uninitialised row-major buffer and must set every pixel.
    public init(width: Int, height: Int, fill: (UnsafeMutableBufferPointer<UInt32>) -> Void) {
        self.width = max(0, width)
        self.height = max(0, height)
        let count = self.width * self.height
        pixels = Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            fill(buffer)
            initialized = count
        }
    }

    /// The pixel at `(column, row)`.
    public subscript(column: Int, row: Int) -> UInt32 {
        get { pixels[row * width + column] }
        set { pixels[row * width + column] = newValue }
    }
}
