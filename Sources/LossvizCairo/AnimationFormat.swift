import Foundation
import LossvizPlot

/// A file format for animations, chosen by file extension.
public enum AnimationFormat: String, CaseIterable, Sendable {
    /// SVG animated with SMIL: plays in browsers and on GitHub, stays vector.
    case svg
    /// An animated GIF (giflib): plays in slide software.
    case gif

    /// The format of `url`'s extension (case-insensitive).
    /// - Throws: `RenderError.unknownAnimationFormat` naming the accepted extensions.
    public init(url: URL) throws(RenderError) {
        guard let format = AnimationFormat(rawValue: url.pathExtension.lowercased()) else {
            throw .unknownAnimationFormat(extension: url.pathExtension, path: url.path)
        }
        self = format
    }
}

extension CairoRenderer {
    /// The animation of `frames` (figures of one page size) in `format`, frame
    /// `i` shown for `durations[i]` seconds, looping; `dpi` sets the GIF's pixel size.
    public static func renderAnimation(_ frames: [Figure], durations: [Double], format: AnimationFormat,
                                       dpi: Double) throws(RenderError) -> Data {
        switch format {
        case .svg:
            var documents: [Data] = []
            for frame in frames { documents.append(try render(frame, format: .svg)) }
            return try AnimatedSVG.compose(documents, durations: durations)
        case .gif:
            var images: [RGBImage] = []
            for frame in frames { images.append(try RGBImage(png: try render(frame, format: .png, dpi: dpi))) }
            // Whole hundredths of a second, rounded so that the total stays exact.
            var elapsed = 0.0, written = 0
            let delays = durations.map { duration -> Int in
                elapsed += duration
                let delay = Int((elapsed * 100).rounded()) - written
                written += delay
                return delay
            }
            return try GIFEncoder.encode(frames: images, delays: delays)
        }
    }
}
