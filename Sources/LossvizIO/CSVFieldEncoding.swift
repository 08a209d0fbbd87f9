/// How lossviz writes a text field into CSV (RFC 4180): as it is, or in double
/// quotes with quotes doubled when it holds a comma, quote, line break or a
/// leading or trailing blank (which the reader would otherwise drop).
enum CSVFieldEncoding {
    /// Appends `field`, quoted if needed, to `bytes`.
    static func append(_ field: some Collection<UInt8>, to bytes: inout [UInt8]) {
        let blanks: Set<UInt8> = [0x20, 0x09]
        let needsQuotes = field.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || field.first.map(blanks.contains) == true || blanks.contains(field.reversed().first ?? 0)
        guard needsQuotes else {
            bytes.append(contentsOf: field)
            return
        }
        bytes.append(0x22)
        for byte in field {
            if byte == 0x22 { bytes.append(0x22) }
            bytes.append(byte)
        }
        bytes.append(0x22)
    }
}
