import Testing
@testable import Sweep

@Suite("Anchor centre CSV files")
struct AnchorCentreFileTests {
    @Test func parsesBothColumnOrders() throws {
        let a = try AnchorCentreFile.parse("x,y\n1,2\n3.5,-4\n", source: "a.csv")
        #expect(a == [AnchorCentre(x: 1, y: 2), AnchorCentre(x: 3.5, y: -4)])
        let b = try AnchorCentreFile.parse("y, x\r\n2, 1\r\n\r\n", source: "b.csv")
        #expect(b == [AnchorCentre(x: 1, y: 2)])
    }

    @Test func rejectsBadFiles() {
        #expect(throws: AnchorFileError.empty(file: "f")) { try AnchorCentreFile.parse("", source: "f") }
        #expect(throws: AnchorFileError.badHeader(file: "f", header: "x,z")) {
            try AnchorCentreFile.parse("x,z\n1,2\n", source: "f")
        }
        #expect(throws: AnchorFileError.badValue(file: "f", line: 3, column: "y", text: "abc")) {
            try AnchorCentreFile.parse("x,y\n1,2\n1,abc\n", source: "f")
        }
        #expect(throws: AnchorFileError.badValue(file: "f", line: 2, column: "x", text: "inf")) {
            try AnchorCentreFile.parse("x,y\ninf,2\n", source: "f")
        }
        #expect(throws: AnchorFileError.wrongFieldCount(file: "f", line: 2, count: 3)) {
            try AnchorCentreFile.parse("x,y\n1,2,3\n", source: "f")
        }
        #expect(throws: AnchorFileError.noRows(file: "f")) { try AnchorCentreFile.parse("x,y\n", source: "f") }
    }

    @Test func messagesNameTheProblem() {
        let message = AnchorFileError.badValue(file: "pts.csv", line: 7, column: "y", text: "1..2").description
        #expect(message.contains("pts.csv:7") && message.contains("column y") && message.contains("1..2"))
    }
}
