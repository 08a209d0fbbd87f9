import CZlib
import Foundation
import LossvizPlot

/// Ancillary PNG chunks that Cairo's writer does not emit, inserted right
/// after the header (PNG specification, 3rd edition, sections 11.3.3.5 and 11.3.4):
/// `pHYs` with the resolution, so that layout programs place the figure at
/// its size in inches; `tEXt Title` (Latin-1) or `iTXt Title` (UTF-8) and
/// `iTXt Description` with the figure's metadata. CRCs come from zlib.
enum PNGChunks {
    /// `png` (as Cairo wrote it) with pHYs and the metadata chunks added.
    static func addingMetadata(to png: Data, dpi: Double, metadata: FigureMetadata) -> Data {
        // Signature (8 bytes), then IHDR: length 4 + type 4 + 13 data + CRC 4.
        let headerEnd = 8 + 25
        guard png.count > headerEnd, png[png.startIndex + 12 ..< png.startIndex + 16] == Data("IHDR".utf8) else { return png }
        var chunks = Data()
        let pixelsPerMetre = UInt32((dpi / 0.0254).rounded())
        chunks += chunk("pHYs", bigEndian(pixelsPerMetre) + bigEndian(pixelsPerMetre) + Data([1]))
        if let title = metadata.title { chunks += textChunk(keyword: "Title", title) }
        if let subject = metadata.subject { chunks += textChunk(keyword: "Description", subject) }
        var out = png.prefix(headerEnd)
        out += chunks
        out += png.dropFirst(headerEnd)
        return Data(out)
    }

    /// tEXt when `text` is Latin-1, else iTXt (uncompressed, no language tag).
    static func textChunk(keyword: String, _ text: String) -> Data {
        if let latin1 = text.data(using: .isoLatin1) {
            return chunk("tEXt", Data(keyword.utf8) + Data([0]) + latin1)
        }
        return chunk("iTXt", Data(keyword.utf8) + Data([0, 0, 0, 0, 0]) + Data(text.utf8))
    }

    /// A chunk: length, type, data, CRC-32 of type and data.
    static func chunk(_ type: String, _ data: Data) -> Data {
        let typeAndData = Data(type.utf8) + data
        let crc = typeAndData.withUnsafeBytes { bytes in
            crc32(0, bytes.bindMemory(to: UInt8.self).baseAddress, uInt(bytes.count))
        }
        return bigEndian(UInt32(data.count)) + typeAndData + bigEndian(UInt32(crc))
    }

    static func bigEndian(_ value: UInt32) -> Data {
        Data([UInt8(value >> 24), UInt8((value >> 16) & 0xff), UInt8((value >> 8) & 0xff), UInt8(value & 0xff)])
    }
}
