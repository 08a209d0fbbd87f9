import LossvizIO
import Testing

/// The CSV reader: RFC 4180 fields, strict row ends, and a line and column in every error.
@Suite struct CSVReaderTests {
    /// Every record of `text`, as text fields.
    static func records(_ text: String) throws(CSVError) -> [[String]] {
        try records(Array(text.utf8))
    }

    static func records(_ bytes: [UInt8]) throws(CSVError) -> [[String]] {
        let reader = CSVReader(bytes: bytes, source: "t.csv")
        var records: [[String]] = []
        while try reader.next() { records.append((0..<reader.fieldCount).map(reader.text)) }
        return records
    }

    static func error(_ text: String) -> CSVError? {
        error(Array(text.utf8))
    }

    static func error(_ bytes: [UInt8]) -> CSVError? {
        do {
            _ = try records(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsPlainQuotedAndBlankPaddedFields() throws {
        #expect(try Self.records("a,b\n1, 2 \r\n\"x,\"\"y\"\"\",\"line\nbreak\"\n") == [["a", "b"], ["1", "2"], ["x,\"y\"", "line\nbreak"]])
        #expect(try Self.records("\u{FEFF}x\n1") == [["x"], ["1"]])
        #expect(try Self.records(",px1\n0,1\n") == [["", "px1"], ["0", "1"]])
    }

    /// Issue 11: an empty row is a record (one empty field), never dropped.
    @Test func emptyLinesAreRecords() throws {
        #expect(try Self.records("a,b\n\n,\n") == [["a", "b"], [""], ["", ""]])
    }

    /// Issue 11: only \n and \r\n end rows; VT, FF, NEL, U+2028 and U+2029 are field characters.
    @Test func onlyLineFeedsEndRows() throws {
        for separator in ["\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"] {
            #expect(try Self.records("x\n1\(separator)2\n3\n") == [["x"], ["1\(separator)2"], ["3"]])
        }
        #expect(Self.error("x\n1\r2\n") == CSVError(source: "t.csv", line: 2, column: 1,
            problem: "a carriage return not followed by a line feed; rows end with \\n or \\r\\n"))
    }

    /// Issue 11: NUL and bytes that are not UTF-8 are errors at their line and column.
    @Test func nulAndBadBytesAreErrorsWithLineAndColumn() {
        #expect(Self.error(Array("x,y\n1,2\n3,4\u{0}abc\n".utf8)) == CSVError(source: "t.csv", line: 3, column: 2, problem: "a NUL byte"))
        #expect(Self.error([0x78, 0x0A, 0x31, 0x2C, 0xFF, 0x0A]) == CSVError(source: "t.csv", line: 2, column: 2, problem: "bytes that are not UTF-8 text"))
        #expect(Self.error([0x78, 0x0A, 0x22, 0xC3, 0x22, 0x0A]) == CSVError(source: "t.csv", line: 2, column: 1, problem: "bytes that are not UTF-8 text"))
    }

    @Test func malformedQuotesAreErrors() {
        #expect(Self.error("x\n1\"2\n")?.column == 1)
        #expect(Self.error("x,y\n1,\"2\"3\n") == CSVError(source: "t.csv", line: 2, column: 2,
            problem: "text after the closing quote; a quoted field ends at its closing quote"))
        #expect(Self.error("x\n\"open\n\n") == CSVError(source: "t.csv", line: 2, column: 1,
            problem: "a quoted field is not closed before the end of the input"))
    }

    @Test func numbersAreExactlyWhatDoubleReads() {
        for text in ["1", "-2.5", "1e-07", "0.1", "5e-324", "1.7976931348623157e308", ".5", "+3", "inf", "nan"] {
            let reader = CSVReader(bytes: Array("\(text)\n".utf8), source: "n")
            #expect(throws: Never.self) { _ = try reader.next() }
            let parsed = reader.number(0)
            let expected = Double(text)
            #expect(parsed?.bitPattern == expected?.bitPattern || (parsed?.isNaN == true && expected?.isNaN == true), "\(text)")
        }
        for text in ["", "1e", "abc", "1 2", "0x", "1,5"] {
            let reader = CSVReader(bytes: Array("\"\(text)\"\n".utf8), source: "n")
            #expect(throws: Never.self) { _ = try reader.next() }
            #expect(reader.number(0) == nil, "\(text)")
        }
    }

    @Test func errorsShowAtMostFortyCharactersOfAField() {
        let shown = FieldText.quoted(String(repeating: "7", count: 50_000_000))
        #expect(shown.count < 80 && shown.contains("(50000000 bytes)"))
        #expect(FieldText.quoted("a\u{0}b") == "'a\\u{0}b'")
    }
}
