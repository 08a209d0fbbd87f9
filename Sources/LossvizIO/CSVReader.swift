#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one CSV reader of lossviz: streams records from a file, standard input
/// or bytes in memory, holding one record at a time.
///
/// The format is RFC 4180 with a few leniencies, and every error names the
/// line and column (field number):
/// - records end with `\n` or `\r\n` only; a lone `\r` is an error, and other
///   line or paragraph separators (VT, FF, NEL, U+2028, U+2029) are ordinary
///   characters of a field;
/// - a field in double quotes may hold commas, quotes (doubled) and line breaks;
///   a quote inside an unquoted field, or text after a closing quote, is an error;
/// - spaces and tabs around a field are dropped;
/// - an empty line is a record of one empty field (never skipped silently);
/// - a NUL byte, bytes that are not UTF-8, or a record over 64 MiB is an error;
/// - a leading UTF-8 byte-order mark is skipped.
public final class CSVReader {
    /// The longest record accepted, in bytes, so that memory stays bounded.
    public static let maximumRecordBytes = 64 << 20
    private static let chunkSize = 1 << 20

    /// The name errors use: a path, or "standard input".
    public let source: String
    /// The line (1-based) on which the current record starts.
    @exclusivity(unchecked) public private(set) var line = 0
    /// The size of the file being read, when it is a regular file (nil for a
    /// pipe, a terminal or bytes in memory): with `bytesRead`, how far a run is.
    public private(set) var byteCount: Int?
    /// How many bytes have been read from the file so far (a chunk at a time).
    public private(set) var bytesRead = 0
    /// The current record's fields: each field's bytes followed by a 0 byte.
    @exclusivity(unchecked) private var fieldBytes: [UInt8] = []
    /// Start offset of each field of the current record in `fieldBytes`, and its length.
    @exclusivity(unchecked) private var fieldStarts: [Int] = []
    @exclusivity(unchecked) private var fieldLengths: [Int] = []

    private let descriptor: Int32
    private let buffer: UnsafeMutablePointer<UInt8>
    // Read on every byte: exclusivity is not checked at run time (only this reader touches them).
    @exclusivity(unchecked) private var position = 0
    @exclusivity(unchecked) private var count = 0
    @exclusivity(unchecked) private var atEnd = false
    @exclusivity(unchecked) private var nextLine = 1

    /// Opens `path` for reading (`-`: standard input).
    public init(path: String) throws(CSVError) {
        source = path == "-" ? StandardStreams.inputName : path
        if path == "-" {
            guard !StandardStreams.inputIsClosed else { throw CSVError(source: source, line: nil, problem: "it is closed") }
            descriptor = 0
        } else {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw CSVError(source: source, line: nil, problem: systemReason()) }
            var status = stat()
            if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                close(descriptor)
                throw CSVError(source: source, line: nil, problem: "it is a directory, not a CSV file")
            }
            if status.st_mode & S_IFMT == S_IFREG { byteCount = Int(status.st_size) }
        }
        buffer = .allocate(capacity: Self.chunkSize)
        try skipByteOrderMark()
    }

    /// A reader of `bytes` in memory, named `source` in errors.
    public init(bytes: [UInt8], source: String) {
        self.source = source
        descriptor = -1
        buffer = .allocate(capacity: max(bytes.count, 1))
        bytes.withUnsafeBufferPointer { _ = UnsafeMutableBufferPointer(start: buffer, count: bytes.count).initialize(from: $0) }
        count = bytes.count
        atEnd = true
        try? skipByteOrderMark()
    }

    deinit {
        buffer.deallocate()
        if descriptor > 0 { close(descriptor) }
    }

    /// The number of fields of the current record.
    public var fieldCount: Int { fieldStarts.count }

    /// Calls `body` with the bytes of field `index` (0-based) of the current
    /// record; `bytes[count]` is 0, so C functions can read the field in place.
    public func withField<R>(_ index: Int, _ body: (UnsafePointer<UInt8>, Int) throws -> R) rethrows -> R {
        try fieldBytes.withUnsafeBufferPointer { try body($0.baseAddress! + fieldStarts[index], fieldLengths[index]) }
    }

    /// Field `index` (0-based) of the current record as text.
    public func text(_ index: Int) -> String {
        withField(index) { bytes, count in String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self) }
    }

    /// Field `index` as a number (see `CSVNumber`), or nil.
    public func number(_ index: Int) -> Double? {
        withField(index) { bytes, count in CSVNumber.parse(bytes, count: count) }
    }

    /// Reads the next record; false at the end of the input.
    public func next() throws(CSVError) -> Bool {
        fieldBytes.removeAll(keepingCapacity: true)
        fieldStarts.removeAll(keepingCapacity: true)
        fieldLengths.removeAll(keepingCapacity: true)
        guard try available() else { return false }
        line = nextLine
        while true {
            let terminator = try readField()
            if terminator != UInt8(ascii: ",") { return true }
        }
    }

    /// Reads one field into `fieldBytes`; returns what ended it: `,`, `\n`, or 0 at the end of input.
    private func readField() throws(CSVError) -> UInt8 {
        let column = fieldStarts.count + 1
        let start = fieldBytes.count
        var sawHighByte = false
        try skipBlanks()
        var terminator: UInt8
        if try available(), buffer[position] == UInt8(ascii: "\"") {
            position += 1
            try readQuoted(column: column, sawHighByte: &sawHighByte)
            try requireUTF8(from: start, column: column, if: sawHighByte)
            try skipBlanks()
            terminator = try readTerminator(column: column, after: "a closing quote")
        } else {
            try readPlain(column: column, sawHighByte: &sawHighByte)
            while fieldBytes.count > start, fieldBytes[fieldBytes.count - 1] == 0x20 || fieldBytes[fieldBytes.count - 1] == 0x09 {
                fieldBytes.removeLast()
            }
            try requireUTF8(from: start, column: column, if: sawHighByte)
            terminator = try readTerminator(column: column, after: "a field")
        }
        fieldStarts.append(start)
        fieldLengths.append(fieldBytes.count - start)
        fieldBytes.append(0)
        return terminator
    }

    /// Throws unless the field's bytes from `start` are UTF-8 (checked only when a byte above 0x7F was seen).
    private func requireUTF8(from start: Int, column: Int, if sawHighByte: Bool) throws(CSVError) {
        guard sawHighByte else { return }
        let valid = fieldBytes[start...].withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) != nil }
        guard valid else { throw fault(column, "bytes that are not UTF-8 text") }
    }

    /// Appends bytes up to the next `,`, `"`, `\r`, `\n`, NUL or the end of input.
    private func readPlain(column: Int, sawHighByte: inout Bool) throws(CSVError) {
        while try available() {
            var end = position
            var high: UInt8 = 0
            while end < count {
                let byte = buffer[end]
                if byte == 0x2C || byte == 0x0A || byte == 0x0D || byte == 0x22 || byte == 0 { break }
                high |= byte
                end += 1
            }
            if high >= 0x80 { sawHighByte = true }
            try append(from: position, to: end, column: column)
            position = end
            if end < count {
                switch buffer[end] {
                case 0x22: throw fault(column, "a quote inside an unquoted field; quote the whole field (\"...\") and double its quotes")
                case 0: throw fault(column, "a NUL byte")
                default: return
                }
            }
        }
    }

    /// Appends the contents of a quoted field (the opening quote is read) up to its closing quote.
    private func readQuoted(column: Int, sawHighByte: inout Bool) throws(CSVError) {
        let openingLine = nextLine
        while true {
            guard try available() else {
                throw CSVError(source: source, line: openingLine, column: column, problem: "a quoted field is not closed before the end of the input")
            }
            let byte = buffer[position]
            position += 1
            switch byte {
            case 0x22:
                guard try available(), buffer[position] == 0x22 else { return }
                position += 1
            case 0: throw fault(column, "a NUL byte")
            case 0x0A: nextLine += 1
            default: if byte >= 0x80 { sawHighByte = true }
            }
            try append(byte, column: column)
        }
    }

    /// Reads what ends a field: `,`, `\n`, `\r\n` or the end of input.
    private func readTerminator(column: Int, after what: String) throws(CSVError) -> UInt8 {
        guard try available() else { return 0 }
        let byte = buffer[position]
        position += 1
        switch byte {
        case 0x2C: return byte
        case 0x0A:
            nextLine += 1
            return byte
        case 0x0D:
            guard try available(), buffer[position] == 0x0A else {
                throw fault(column, "a carriage return not followed by a line feed; rows end with \\n or \\r\\n")
            }
            position += 1
            nextLine += 1
            return 0x0A
        case 0: throw fault(column, "a NUL byte")
        default:
            throw fault(column, "text after \(what == "a field" ? "the field" : "the closing quote"); a quoted field ends at its closing quote")
        }
    }

    private func skipBlanks() throws(CSVError) {
        while try available(), buffer[position] == 0x20 || buffer[position] == 0x09 { position += 1 }
    }

    private func skipByteOrderMark() throws(CSVError) {
        guard try available(), buffer[position] == 0xEF else { return }
        if count - position >= 3, buffer[position + 1] == 0xBB, buffer[position + 2] == 0xBF { position += 3 }
    }

    private func append(_ byte: UInt8, column: Int) throws(CSVError) {
        guard fieldBytes.count < Self.maximumRecordBytes else { throw tooLong() }
        fieldBytes.append(byte)
    }

    private func append(from start: Int, to end: Int, column: Int) throws(CSVError) {
        guard fieldBytes.count + (end - start) <= Self.maximumRecordBytes else { throw tooLong() }
        fieldBytes.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: end - start))
    }

    private func tooLong() -> CSVError {
        CSVError(source: source, line: line, problem: "the row is longer than \(Self.maximumRecordBytes >> 20) MiB")
    }

    private func fault(_ column: Int, _ problem: String) -> CSVError {
        CSVError(source: source, line: nextLine, column: column, problem: problem)
    }

    /// Whether a byte is available at `position`, reading the next chunk if needed.
    private func available() throws(CSVError) -> Bool {
        if position < count { return true }
        guard !atEnd else { return false }
        while true {
            let got = read(descriptor, buffer, Self.chunkSize)
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw CSVError(source: source, line: nil, problem: systemReason()) }
            position = 0
            count = got
            bytesRead += got
            if got == 0 { atEnd = true }
            return got > 0
        }
    }
}
