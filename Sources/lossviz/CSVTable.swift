/// A comma-separated table as `lossviz eval` reads it: a header line, then one
/// record per non-blank line, each remembering its line number (1-based) for
/// error messages. Fields are trimmed of spaces and tabs; `\n`, `\r\n` and `\r` line ends and
/// a leading byte-order mark are accepted. There is no quoting: every field of
/// `lossviz eval` is a number or a label.
struct CSVTable {
    /// One data line.
    struct Record {
        /// Line number in the source, 1-based.
        var line: Int
        /// The fields, trimmed.
        var fields: [String]
    }

    /// Where the table came from, for messages: a path or "standard input".
    var source: String
    /// Line number of the header.
    var headerLine: Int
    /// The header's column names.
    var header: [String]
    /// The data records, in order.
    var records: [Record]

    /// Parses `text`; throws when there is no header or a record's field count
    /// differs from the header's.
    init(parsing text: String, source: String) throws(EvalInputError) {
        self.source = source
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        var header: (line: Int, fields: [String])?
        var records: [Record] = []
        for (index, line) in lines.enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
                String($0.trimmingCharacters(in: " \t"))
            }
            if fields.allSatisfy(\.isEmpty) { continue }
            guard let columns = header else {
                header = (index + 1, fields)
                continue
            }
            guard fields.count == columns.fields.count else {
                throw .fieldCount(source: source, line: index + 1, expected: columns.fields.count, found: fields.count)
            }
            records.append(Record(line: index + 1, fields: fields))
        }
        guard let header else { throw .emptyInput(source: source) }
        self.headerLine = header.line
        self.header = header.fields
        self.records = records
    }
}

extension Substring {
    /// The substring without leading and trailing characters of `set`.
    fileprivate func trimmingCharacters(in set: String) -> Substring {
        var result = self
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return result
    }
}
