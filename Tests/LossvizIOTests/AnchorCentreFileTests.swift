import LossvizIO
import LossvizSweep
import Testing

@Suite("Anchor centre CSV files")
struct AnchorCentreFileTests {
    @Test func parsesBothColumnOrders() throws {
        let a = try AnchorCentreFile.parse("x,y\n1,2\n3.5,-4\n", source: "a.csv")
        #expect(a == [AnchorCentre(x: 1, y: 2), AnchorCentre(x: 3.5, y: -4)])
        let b = try AnchorCentreFile.parse("y, x\r\n2, 1\r\n", source: "b.csv")
        #expect(b == [AnchorCentre(x: 1, y: 2)])
    }

    @Test func rejectsBadFiles() {
        #expect(throws: AnchorFileError.empty(file: "f")) { try AnchorCentreFile.parse("", source: "f") }
        #expect(throws: AnchorFileError.badHeader(file: "f", line: 1, header: "x,z")) {
            try AnchorCentreFile.parse("x,z\n1,2\n", source: "f")
        }
        #expect(throws: AnchorFileError.badValue(file: "f", line: 3, column: 2, name: "y", text: "abc")) {
            try AnchorCentreFile.parse("x,y\n1,2\n1,abc\n", source: "f")
        }
        #expect(throws: AnchorFileError.badValue(file: "f", line: 2, column: 1, name: "x", text: "inf")) {
            try AnchorCentreFile.parse("x,y\ninf,2\n", source: "f")
        }
        #expect(throws: AnchorFileError.wrongFieldCount(file: "f", line: 2, count: 3)) {
            try AnchorCentreFile.parse("x,y\n1,2,3\n", source: "f")
        }
        #expect(throws: AnchorFileError.noRows(file: "f")) { try AnchorCentreFile.parse("x,y\n", source: "f") }
    }

    /// Issue 11: blank rows are not skipped, a NUL is not a number's end, centres of 1e200 are refused.
    @Test func rejectsWhatUsedToBeReadLeniently() {
        #expect(throws: AnchorFileError.wrongFieldCount(file: "f", line: 3, count: 1)) {
            try AnchorCentreFile.parse("x,y\n1,2\n\n3,4\n", source: "f")
        }
        #expect(throws: AnchorFileError.input(CSVError(source: "f", line: 2, column: 1, problem: "a NUL byte"))) {
            try AnchorCentreFile.parse("x,y\n1\u{0}abc,2\n", source: "f")
        }
        #expect(throws: AnchorFileError.badValue(file: "f", line: 2, column: 2, name: "y", text: "1e200")) {
            try AnchorCentreFile.parse("x,y\n0,1e200\n", source: "f")
        }
    }

    /// Issue 11: no more rows than --points allows.
    @Test func capsTheRowCount() {
        let text = "x,y\n" + String(repeating: "1,2\n", count: AnchorCentreFile.maximumCentres + 1)
        #expect(throws: AnchorFileError.tooManyRows(file: "f", line: AnchorCentreFile.maximumCentres + 2, maximum: AnchorCentreFile.maximumCentres)) {
            try AnchorCentreFile.parse(text, source: "f")
        }
    }

    @Test func messagesNameTheProblem() {
        let message = AnchorFileError.badValue(file: "pts.csv", line: 7, column: 2, name: "y", text: "1..2").description
        #expect(message.contains("pts.csv, line 7, column 2 (y)") && message.contains("1..2"))
    }
}
