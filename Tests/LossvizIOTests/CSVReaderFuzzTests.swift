import Foundation
import LossvizLosses
import LossvizIO
import LossvizSweep
import LossvizTestSupport
import Testing

/// A seeded property test of the CSV readers over 100,000 generated inputs (run
/// by `swift test` and so by CI, about a second in a debug build): random bytes
/// drawn mostly from CSV's special characters never crash the reader, the
/// anchor-file reader or the eval frontend, and every error names a line within
/// the input; tables written with RFC 4180 quoting read back field for field.
@Suite struct CSVReaderFuzzTests {

    static let alphabet: [UInt8] = Array(",\"\r\n \t0123456789.-e+xyzinf".utf8) + [0, 0x0B, 0x0C, 0xC2, 0x85, 0xE2, 0x80, 0xA8, 0xFF, 0xEF, 0xBB, 0xBF]

    @Test func randomBytesNeverCrashAndErrorsPointInsideTheInput() {
        var generator = SeededGenerator(seed: 11)
        var accepted = 0
        for _ in 0..<80_000 {
            let count = generator.below(48)
            let bytes = (0..<count).map { _ in Self.alphabet[generator.below(Self.alphabet.count)] }
            let lines = bytes.filter { $0 == 0x0A }.count + 1
            let reader = CSVReader(bytes: bytes, source: "fuzz")
            do {
                while try reader.next() {
                    for field in 0..<reader.fieldCount { _ = reader.number(field) }
                }
                accepted += 1
            } catch {
                #expect((1...lines).contains(error.line ?? 0), "\(bytes) -> \(error)")
                #expect(error.column.map { $0 >= 1 } ?? true)
            }
            if generator.below(8) == 0 {
                Self.expectNoCrash(bytes, lines: lines)
            }
        }
        #expect(accepted > 1000)
    }

    @Test func writtenTablesReadBack() throws {
        var generator = SeededGenerator(seed: 7)
        let pieces = ["a", "1.5", ",", "\"", "\n", "\r\n", " ", "é", "\u{2028}", "x y", ""]
        for _ in 0..<20_000 {
            let width = 1 + generator.below(4)
            let rows = (0...generator.below(4)).map { _ in
                (0..<width).map { _ in (0..<generator.below(4)).map { _ in pieces[generator.below(pieces.count)] }.joined() }
            }
            let text = rows.map { $0.map(Self.quoted).joined(separator: ",") + "\n" }.joined()
            #expect(try CSVReaderTests.records(text) == rows, "\(text)")
        }
    }

    /// The same bytes after an `x,y` header to the anchor reader, and after an
    /// `x` header to `eval l1`: each succeeds or throws its own typed error.
    static func expectNoCrash(_ bytes: [UInt8], lines: Int) {
        _ = try? AnchorCentreFile.read(CSVReader(bytes: Array("x,y\n".utf8) + bytes, source: "fuzz"))
        let evaluator = LossTableEvaluator(loss: .elementWise(L1Loss()), threads: 1)
        do {
            let output = try evaluator.evaluate(csv: "x\n" + String(decoding: bytes, as: UTF8.self))
            #expect(output.hasPrefix("loss,d_x\n"))
        } catch {
            #expect(!error.description.isEmpty)
        }
    }

    /// A field as RFC 4180 writes it: always quoted, quotes doubled.
    static func quoted(_ field: String) -> String {
        "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension SeededGenerator {
    /// A number in `0 ..< n`.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
