import Foundation

/// One animated SVG from the SVG documents Cairo draws for each frame, played
/// with SMIL (`<animate>` of `visibility`, discrete) in a loop: browsers and
/// GitHub play it natively.
///
/// The frames share most of their drawing (axes, ticks, labels, the target),
/// so the composition stores every definition (glyph, clip path) once, keyed
/// by its content, draws the elements common to all frames once underneath,
/// and gives each frame a group of only the elements it adds.
enum AnimatedSVG {
    /// One frame's document split into parts.
    struct Frame {
        /// The `<svg ...>` start tag.
        var header: String
        /// The top-level elements of `<defs>` (inside its optional `<g>`), each with its `id`.
        var definitions: [(id: String, text: String)]
        /// The top-level drawing elements of the page, in drawing order.
        var elements: [String]
    }

    /// The animation of `frames` (Cairo SVG documents), frame `i` shown for `durations[i]` seconds.
    static func compose(_ frames: [Data], durations: [Double]) throws(RenderError) -> Data {
        let parsed = frames.compactMap { String(data: $0, encoding: .utf8).flatMap(parse) }
        guard let first = parsed.first, parsed.count == frames.count, durations.count == frames.count else {
            throw .cairo(operation: "composing the animated SVG", status: "a frame is not an SVG document as Cairo writes it")
        }
        // Definitions by content: the same glyph in two frames is one symbol.
        var definitionIDs: [String: String] = [:]
        var definitions: [String] = []
        var counters: [String: Int] = [:]
        let frameElements: [[String]] = parsed.map { frame in
            var renamed: [String: String] = [:]
            for definition in frame.definitions {
                let body = definition.text.replacingOccurrences(of: "id=\"\(definition.id)\"", with: "id=\"@\"")
                if let known = definitionIDs[body] {
                    renamed[definition.id] = known
                } else {
                    let prefix = String(definition.id.prefix { $0.isLetter })
                    let id = "\(prefix)\(counters[prefix, default: 0])"
                    counters[prefix, default: 0] += 1
                    definitionIDs[body] = id
                    renamed[definition.id] = id
                    definitions.append(body.replacingOccurrences(of: "id=\"@\"", with: "id=\"\(id)\""))
                }
            }
            return frame.elements.map { rename($0, renamed) }
        }
        let common = frameElements.dropFirst().reduce(Set(frameElements[0])) { $0.intersection($1) }
        let total = durations.reduce(0, +)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + first.header + "\n<defs>\n"
        out += definitions.joined(separator: "\n") + "\n</defs>\n<g>\n"
        out += frameElements[0].filter(common.contains).joined(separator: "\n") + "\n</g>\n"
        var start = 0.0
        for (index, elements) in frameElements.enumerated() {
            let end = start + durations[index]
            let (values, times): (String, [Double])
            switch (index == 0, index == frameElements.count - 1) {
            case (true, true): (values, times) = ("visible", [0])
            case (true, false): (values, times) = ("visible;hidden", [0, end / total])
            case (false, true): (values, times) = ("hidden;visible", [0, start / total])
            case (false, false): (values, times) = ("hidden;visible;hidden", [0, start / total, end / total])
            }
            let keyTimes = times.map { String(format: "%.5f", $0) }.joined(separator: ";")
            out += "<g visibility=\"hidden\">\n"
            out += "<animate attributeName=\"visibility\" values=\"\(values)\" keyTimes=\"\(keyTimes)\" "
                + "dur=\"\(String(format: "%.3f", total))s\" calcMode=\"discrete\" repeatCount=\"indefinite\"/>\n"
            out += elements.filter { !common.contains($0) }.joined(separator: "\n")
            out += "\n</g>\n"
            start = end
        }
        out += "</svg>\n"
        return Data(out.utf8)
    }

    /// `text` with every `#id` reference and `id="..."` renamed by `names`.
    static func rename(_ text: String, _ names: [String: String]) -> String {
        guard text.contains("#") else { return text }
        var result = ""
        var rest = Substring(text)
        while let hash = rest.firstIndex(of: "#") {
            result += rest[..<hash]
            let nameEnd = rest[rest.index(after: hash)...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") } ?? rest.endIndex
            let name = String(rest[rest.index(after: hash) ..< nameEnd])
            result += "#" + (names[name] ?? name)
            rest = rest[nameEnd...]
        }
        return result + rest
    }

    /// The parts of one Cairo SVG document; nil if it is not shaped like one.
    static func parse(_ text: String) -> Frame? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard let svgLine = lines.firstIndex(where: { $0.hasPrefix("<svg") }),
              let defsStart = lines.firstIndex(of: "<defs>"), let defsEnd = lines.firstIndex(of: "</defs>"),
              defsStart > svgLine, defsEnd > defsStart,
              let bodyStart = lines[defsEnd...].firstIndex(where: { $0.hasPrefix("<g") }),
              let bodyEnd = lines.lastIndex(of: "</g>"), bodyEnd > bodyStart
        else { return nil }
        var definitions: [(id: String, text: String)] = []
        for chunk in chunks(Array(lines[(defsStart + 1) ..< defsEnd])) {
            // Cairo wraps its glyph symbols in a bare <g>.
            let inner = chunk.first == "<g>" && chunk.last == "</g>" ? chunks(Array(chunk.dropFirst().dropLast())) : [chunk]
            for definition in inner {
                guard let id = Self.id(of: definition[0]) else { return nil }
                definitions.append((id, definition.joined(separator: "\n")))
            }
        }
        let elements = chunks(Array(lines[(bodyStart + 1) ..< bodyEnd])).map { $0.joined(separator: "\n") }
        return Frame(header: lines[svgLine], definitions: definitions, elements: elements)
    }

    /// `lines` grouped into top-level elements (an element's start tag, its
    /// content and its end tag together), by counting start and end tags.
    static func chunks(_ lines: [String]) -> [[String]] {
        var result: [[String]] = []
        var current: [String] = []
        var depth = 0
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            current.append(line)
            if trimmed.hasPrefix("</") {
                depth -= 1
            } else if trimmed.hasPrefix("<"), !trimmed.hasSuffix("/>") {
                depth += 1
            }
            if depth <= 0 {
                result.append(current)
                current = []
                depth = 0
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// The value of the `id` attribute of a start tag.
    static func id(of tag: String) -> String? {
        guard let range = tag.range(of: "id=\"") else { return nil }
        let rest = tag[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
