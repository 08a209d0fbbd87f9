import Foundation

/// Makes Cairo's SVG depend on the figure only.
///
/// Cairo names SVG elements after process-wide counters (`surface176`,
/// `image180`, ...), so the same figure drawn twice in one process would
/// differ. Every identifier (in `id="..."`, `#...` references and
/// `url(#...)`) is renumbered per prefix in order of first appearance.
///
/// Cairo 1.16 also does not tell SVG viewers to sample images by nearest
/// neighbour; the heatmaps must not be blurred, so every `<image>` gets
/// `image-rendering="optimizeSpeed"` (SVG 1.1) and the CSS `pixelated` value.
enum SVGIdentifiers {
    static let reference = try? NSRegularExpression(pattern: "(id=\"|#)([A-Za-z]+)([0-9][0-9-]*)(?=[\"')])")

    static func renumber(_ data: Data) -> Data {
        guard let reference, let text = String(data: data, encoding: .utf8) else { return data }
        let ns = text as NSString
        var mapping: [String: String] = [:]
        var counters: [String: Int] = [:]
        var out = ""
        out.reserveCapacity(text.utf8.count + 1024)
        var last = 0
        for match in reference.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let prefix = ns.substring(with: match.range(at: 2))
            let old = prefix + ns.substring(with: match.range(at: 3))
            let new: String
            if let known = mapping[old] {
                new = known
            } else {
                let k = counters[prefix, default: 0]
                counters[prefix] = k + 1
                new = prefix + String(k)
                mapping[old] = new
            }
            out += ns.substring(with: NSRange(location: last, length: match.range(at: 2).location - last))
            out += new
            last = match.range.location + match.range.length
        }
        out += ns.substring(from: last)
        out = out.replacingOccurrences(of: "<image ", with: "<image image-rendering=\"optimizeSpeed\" style=\"image-rendering:pixelated\" ")
        return Data(out.utf8)
    }
}
