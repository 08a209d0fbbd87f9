import Foundation
import LossvizPlot

/// The SVG `<title>` and `<desc>` elements (SVG 1.1, section 5.4), inserted as
/// the first children of the root `<svg>` element, where browsers show the
/// title as a tooltip and screen readers read both.
enum SVGMetadata {
    /// `svg` with `metadata`'s title and subject as `<title>` and `<desc>`.
    static func inserting(_ metadata: FigureMetadata, into svg: Data) -> Data {
        var elements = ""
        if let title = metadata.title { elements += "<title>\(escape(title))</title>\n" }
        if let subject = metadata.subject { elements += "<desc>\(escape(subject))</desc>\n" }
        guard !elements.isEmpty, let open = svg.range(of: Data("<svg".utf8)),
              let close = svg.range(of: Data(">".utf8), in: open.upperBound..<svg.endIndex) else { return svg }
        var out = svg.prefix(upTo: close.upperBound)
        out += Data(("\n" + elements).utf8)
        out += svg.suffix(from: close.upperBound).drop { $0 == UInt8(ascii: "\n") }
        return Data(out)
    }

    /// `text` with XML's reserved characters escaped.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
