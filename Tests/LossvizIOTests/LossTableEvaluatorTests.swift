import LossvizLosses
import LossvizSweep
@testable import LossvizIO
import LossvizTestSupport
import Testing

/// The eval frontend called as a library: streaming, robust arithmetic,
/// pandas-style input, and the issue 11 reproducers that need no process.
@Suite struct LossTableEvaluatorTests {
    static let boxHeader = "px1,py1,px2,py2,tx1,ty1,tx2,ty2"

    static func evaluate(_ loss: String, _ csv: String, extra: ExtraColumns = .error, options: [String: LossOptionValue] = [:]) throws -> String {
        try LossTableEvaluator(loss: LossCatalogue.make(loss, options: LossOptions(options)), extraColumns: extra).evaluate(csv: csv)
    }

    static func rows(_ output: String) -> [[Double]] {
        output.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map { Double($0)! } }
    }

    @Test func giouOfHugeAndTinyBoxesIsFiniteAndScaleInvariant() throws {
        let output = try Self.evaluate("giou", Self.boxHeader + "\n0,0,1e155,1e155,0,0,1,1\n1,1,3,3,0,0,2,2\n1e-170,1e-170,3e-170,3e-170,0,0,2e-170,2e-170\n")
        let rows = Self.rows(output)
        #expect(rows.allSatisfy { $0.allSatisfy(\.isFinite) })
        #expect(rows[0][0].isApproximatelyEqual(to: 1, absoluteTolerance: 1e-12))
        #expect(rows[2][0].isApproximatelyEqual(to: rows[1][0], absoluteTolerance: 1e-6))
        #expect((rows[2][1] * 1e-170).isApproximatelyEqual(to: rows[1][1], absoluteTolerance: 1e-6))
    }

    /// Every loss declared scale-invariant has the same value for both boxes scaled by 2^20.
    @Test(arguments: ["iou", "log-iou", "giou", "diou", "ciou", "eiou", "focal-eiou", "siou", "alpha-iou", "wiou", "inner-iou", "focaler-iou", "shape-iou"])
    func declaredScaleInvariantLossesAre(loss: String) throws {
        let rows = Self.rows(try Self.evaluate(loss, Self.boxHeader + "\n1,1,3,4,0,0.5,2,2\n1048576,1048576,3145728,4194304,0,524288,2097152,2097152\n"))
        #expect(abs(rows[0][0] - rows[1][0]) <= 1e-6 * max(1, abs(rows[0][0])), "\(rows)")
    }

    @Test func focalL1AtTheSmallestSubnormalIsFinite() throws {
        #expect(try Self.evaluate("focal-l1", "x\n5e-324\n") == "loss,d_x\n0.0,3.68e-321\n")
    }

    @Test func aNaNFromFiniteInputIsRejectedWithLineAndColumn() throws {
        // l2 of 1e200 overflows to an infinite loss (allowed); its NaN-free derivative is finite.
        #expect(try Self.evaluate("l2", "x\n1e200\n").hasPrefix("loss,d_x\ninf,"))
        // A 1e-300 box against a unit box: no power-of-two scaling keeps both
        // areas finite and non-zero, so ciou's aspect term is 0/0.
        #expect(throws: EvalInputError.invalidValue(source: "input", line: 3, column: 7, name: "tx2", text: "1", reason: RowFault.nanReason)) {
            try Self.evaluate("ciou", Self.boxHeader + "\n0,0,1,1,0,0,1,1\n0,0,1e-300,1e-300,0,0,1,1\n")
        }
    }

    @Test func pandasIndexColumnIsIgnoredOrPassed() throws {
        let csv = ",\"px1\",py1,px2,py2,tx1,ty1,tx2,ty2\n0,0,0,1,1,0,0,1,1\n\"a,b\",0,0,2,2,0,0,1,1\n"
        #expect(throws: EvalInputError.unknownColumn(source: "input", line: 1, column: 1, name: "",
            expected: ["px1", "py1", "px2", "py2", "tx1", "ty1", "tx2", "ty2"])) { try Self.evaluate("iou", csv) }
        let plain = try Self.evaluate("iou", Self.boxHeader + "\n0,0,1,1,0,0,1,1\n0,0,2,2,0,0,1,1\n")
        #expect(try Self.evaluate("iou", csv, extra: .ignore) == plain)
        let passed = try Self.evaluate("iou", csv, extra: .pass)
        let plainRows = plain.split(separator: "\n").map(String.init)
        #expect(passed == ",\(plainRows[0])\n0,\(plainRows[1])\n\"a,b\",\(plainRows[2])\n")
    }

    @Test func emptyRowsAreErrorsNotDropped() {
        #expect(throws: EvalInputError.invalidValue(source: "input", line: 3, column: 1, name: "logit", text: "", reason: "is not a number")) {
            try Self.evaluate("bce", "logit,target\n0,1\n,\n0,0\n")
        }
        #expect(throws: EvalInputError.fieldCount(source: "input", line: 3, expected: 2, found: 1)) {
            try Self.evaluate("bce", "logit,target\n0,1\n\n0,0\n")
        }
    }

    @Test func aWideMultiClassHeaderIsReadInLinearTime() throws {
        let classes = 200_000
        let header = "label," + (0..<classes).map { "z\($0)" }.joined(separator: ",")
        let row = "3," + String(repeating: "0,", count: classes - 1) + "0"
        let output = try Self.evaluate("ce", header + "\n" + row + "\n")
        #expect(Self.rows(output)[0].count == classes + 1)
    }

    @Test func streamsManyChunksInOrder() throws {
        let rows = 40_000
        let csv = "x\n" + (0..<rows).map { "\($0 - rows / 2)" }.joined(separator: "\n") + "\n"
        let output = Self.rows(try Self.evaluate("l1", csv))
        #expect(output.count == rows)
        #expect(output.enumerated().allSatisfy { $1[0] == abs(Double($0 - rows / 2)) })
    }

    @Test func numbersAreWrittenAsDescriptionWrites() {
        var generator = SeededGenerator(seed: 3)
        for value in [0.5, 1e-7, 1234.0, -0.0, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
            + (0..<10_000).map({ _ in Double(bitPattern: generator.next()) }) {
            var bytes: [UInt8] = []
            RoundTripNumber.append(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == (value.isNaN ? "nan" : value.description))
        }
    }
}
