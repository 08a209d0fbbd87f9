import Foundation
@testable import LossvizIO
import LossvizSweep
import LossvizTestSupport
import Testing

/// The fast decimal path of `CSVNumber` agrees bit for bit with `strtod` (and
/// so with `Double(String)`) wherever it answers.
@Suite struct CSVNumberTests {
    static func parse(_ text: String) -> Double? {
        var bytes = Array(text.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { CSVNumber.parse($0.baseAddress!, count: $0.count - 1) }
    }

    @Test func randomDecimalsMatchStrtod() {
        var generator = SeededGenerator(seed: 5)
        var fast = 0
        for _ in 0..<200_000 {
            let digits = 1 + generator.below(20)
            var text = (0..<digits).map { _ in String(generator.below(10)) }.joined()
            if generator.below(2) == 0 { text.insert(".", at: text.index(text.startIndex, offsetBy: generator.below(digits + 1))) }
            if generator.below(3) == 0 { text += "e\(generator.below(50) - 25)" }
            if generator.below(2) == 0 { text = "-" + text }
            let expected = Double(text)
            var bytes = Array(text.utf8) + [0]
            let value = bytes.withUnsafeMutableBufferPointer { CSVNumber.fastParse($0.baseAddress!, count: $0.count - 1) }
            if let value {
                fast += 1
                #expect(value.bitPattern == expected?.bitPattern, "\(text): \(value) != \(String(describing: expected))")
            }
            #expect(Self.parse(text)?.bitPattern == expected?.bitPattern, "\(text)")
        }
        #expect(fast > 100_000)
    }

    @Test func seventeenDigitCoordinatesTakeTheFastPath() {
        for text in ["191.17398114853003", "923.96029784023187", "-0.0013144294319949786", "9007199254740993", "1.7976931348623157e308"] {
            var bytes = Array(text.utf8) + [0]
            let value = bytes.withUnsafeMutableBufferPointer { CSVNumber.fastParse($0.baseAddress!, count: $0.count - 1) }
            #expect(value == nil || value?.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
        var bytes = Array("191.17398114853003".utf8) + [0]
        #expect(bytes.withUnsafeMutableBufferPointer { CSVNumber.fastParse($0.baseAddress!, count: $0.count - 1) } == 191.17398114853003)
    }
}
