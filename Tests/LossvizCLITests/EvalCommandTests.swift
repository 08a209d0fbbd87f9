import Foundation
import LossvizLosses
import LossvizTestSupport
import Testing

/// `lossviz eval` end to end: the binary's CSV agrees bit for bit with the
/// library (numbers are written in shortest round-trip form), and every kind of
/// bad input is rejected with one line naming line and column, a non-zero
/// status, and no output file.
@Suite struct EvalCommandTests {
    // MARK: Helpers

    static func format(_ values: [Double]) -> String { values.map { "\($0)" }.joined(separator: ",") }

    /// The rows of a CSV output, header dropped, parsed back to numbers.
    static func parse(_ output: String) -> (header: String, rows: [[Double]]) {
        let lines = output.split(separator: "\n").map(String.init)
        let rows = lines.dropFirst().map { $0.split(separator: ",").map { Double($0) ?? -.infinity } }
        return (lines.first ?? "", rows)
    }

    /// Bit-for-bit agreement, NaN matching any NaN.
    static func identical(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.isNaN ? $1.isNaN : $0.bitPattern == $1.bitPattern }
    }

    static func randomPairs(count: Int, seed: UInt64) -> [(Box, Box)] {
        var state = seed
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        return (0..<count).map { _ in
            let target = Box(cx: next() * 10 - 5, cy: next() * 10 - 5, w: 0.2 + next() * 4, h: 0.2 + next() * 4)
            let prediction = Box(cx: target.cx + next() * 4 - 2, cy: target.cy + next() * 4 - 2, w: 0.2 + next() * 4, h: 0.2 + next() * 4)
            return (prediction, target)
        }
    }

    // MARK: Round trips

    @Test(arguments: LossCatalogue.descriptors.filter { $0.kind == .box }.map(\.name))
    func boxLossesRoundTripInBothFormats(loss: String) throws {
        let pairs = Self.randomPairs(count: 25, seed: UInt64(loss.utf8.count))
        let library = try LossCatalogue.boxLoss(loss)
        for format in ["xyxy", "cxcywh"] {
            let header = format == "xyxy" ? "px1,py1,px2,py2,tx1,ty1,tx2,ty2" : "pcx,pcy,pw,ph,tcx,tcy,tw,th"
            let lines = pairs.map { p, t in
                format == "xyxy" ? Self.format(p.corners + t.corners) : Self.format([p.cx, p.cy, p.width, p.height, t.cx, t.cy, t.width, t.height])
            }
            let run = try LossvizBinary.run(["eval", loss, "--box-format", format], input: ([header] + lines).joined(separator: "\n") + "\n")
            #expect(run.status == 0, "\(run.standardError)")
            let (outputHeader, rows) = Self.parse(run.standardOutput)
            #expect(outputHeader == (format == "xyxy" ? "loss,d_px1,d_py1,d_px2,d_py2" : "loss,d_pcx,d_pcy,d_pw,d_ph"))
            #expect(rows.count == pairs.count)
            for ((prediction, target), row) in zip(pairs, rows) {
                // Re-read the boxes exactly as lossviz does from the text it was given.
                let fields = (format == "xyxy" ? prediction.corners + target.corners
                    : [prediction.cx, prediction.cy, prediction.width, prediction.height, target.cx, target.cy, target.width, target.height])
                let p = format == "xyxy" ? prediction : Box(cx: fields[0], cy: fields[1], w: fields[2], h: fields[3])
                let t = format == "xyxy" ? target : Box(cx: fields[4], cy: fields[5], w: fields[6], h: fields[7])
                let expected = library.evaluate(prediction: p, target: t)
                let gradient = format == "xyxy" ? expected.gradient.corners : expected.gradient.centreForm
                #expect(Self.identical(row, [expected.value] + gradient), "\(loss) \(format): \(row)")
            }
        }
    }

    /// Issue 9's options reach the loss: alpha-iou's distance penalty on the
    /// issue's example (1 + (4/10)^3 with eps 0) and Wise-IoU v2 with its gamma.
    @Test func alphaIoUPenaltyAndWiseIoUV2ReachTheLoss() throws {
        let prediction = Box(x1: 0, y1: 0, x2: 1, y2: 1), target = Box(x1: 2, y1: 0, x2: 3, y2: 1)
        let cases: [([String], any BoxLoss)] = [
            (["alpha-iou", "--penalty", "diou", "--eps", "0"], AlphaIoULoss(eps: 0, power: 3, penalty: .diou)),
            (["wiou", "--variant", "v2", "--gamma", "1.5", "--running-mean", "0.4"], WiseIoULoss(version: .v2, gamma: 1.5, runningMean: 0.4)),
        ]
        for (arguments, loss) in cases {
            let run = try LossvizBinary.run(["eval"] + arguments, input: "px1,py1,px2,py2,tx1,ty1,tx2,ty2\n0,0,1,1,2,0,3,1\n")
            let expected = loss.evaluate(prediction: prediction, target: target)
            #expect(run.status == 0, "\(run.standardError)")
            #expect(Self.identical(Self.parse(run.standardOutput).rows.first ?? [], [expected.value] + expected.gradient.corners), "\(arguments)")
        }
    }

    @Test func logIoUOfDisjointBoxesIsInfWithNaNGradient() throws {
        let run = try LossvizBinary.run(["eval", "log-iou"], input: "px1,py1,px2,py2,tx1,ty1,tx2,ty2\n0,0,1,1,2,2,3,3\n")
        #expect(run.status == 0)
        #expect(run.standardOutput == "loss,d_px1,d_py1,d_px2,d_py2\ninf,nan,nan,nan,nan\n")
    }

    @Test func elementWiseAndBinaryLossesRoundTrip() throws {
        let residuals = [-1e8, -2.5, -1, -0.3, 0, 1e-12, 0.5, 1, 3, 1e3]
        for (loss, arguments) in [("l1", [String]()), ("l2", ["--half"]), ("smooth-l1", ["--beta", "0.5"]), ("huber", ["--delta", "2"]), ("focal-l1", ["--alpha", "2", "--beta", "0.5"])] {
            let run = try LossvizBinary.run(["eval", loss] + arguments, input: "x\n" + residuals.map { "\($0)\n" }.joined())
            #expect(run.status == 0, "\(run.standardError)")
            var options = LossOptions()
            if arguments.first == "--half" { options["half"] = .flag(true) }
            if arguments.count == 2 { options[String(arguments[0].dropFirst(2))] = .number(Double(arguments[1]) ?? 0) }
            if arguments.count == 4 { options = ["alpha": .number(2), "beta": .number(0.5)] }
            guard case let .elementWise(library) = try LossCatalogue.make(loss, options: options) else { continue }
            let (header, rows) = Self.parse(run.standardOutput)
            #expect(header == "loss,d_x")
            for (x, row) in zip(residuals, rows) {
                let expected = library.evaluate(x)
                #expect(Self.identical(row, [expected.value, expected.derivative]), "\(loss) at \(x)")
            }
        }
        let inputs = [(-1000.0, 1.0), (-2, 0), (0, 0.5), (2, 1), (40, 1), (1000, 0)]
        let text = "target,logit\n" + inputs.map { "\($0.1),\($0.0)\n" }.joined()
        for loss in ["bce", "focal"] {
            let run = try LossvizBinary.run(["eval", loss], input: text)
            #expect(run.status == 0, "\(run.standardError)")
            guard case let .binaryClassification(library) = try LossCatalogue.make(loss) else { continue }
            let (header, rows) = Self.parse(run.standardOutput)
            #expect(header == "loss,d_logit")
            for ((logit, target), row) in zip(inputs, rows) {
                let expected = library.evaluate(logit: logit, target: target)
                #expect(Self.identical(row, [expected.value, expected.derivative]), "\(loss) at \(logit), \(target)")
            }
        }
    }

    @Test func multiClassLossesRoundTrip() throws {
        let cases: [(Int, [Double])] = [(0, [1, 2, 3]), (2, [0.5, -1, 4]), (1, [1000, -1000, 0])]
        let text = "label,z0,z1,z2\n" + cases.map { "\($0.0)," + Self.format($0.1) + "\n" }.joined()
        for (loss, arguments, options) in [
            ("ce", [String](), LossOptions()),
            ("seesaw", ["--class-counts", "100,10,1", "--q", "1.5"], ["class-counts": .numbers([100, 10, 1]), "q": .number(1.5)]),
        ] as [(String, [String], LossOptions)] {
            let run = try LossvizBinary.run(["eval", loss] + arguments, input: text)
            #expect(run.status == 0, "\(run.standardError)")
            guard case let .multiClassClassification(library) = try LossCatalogue.make(loss, options: options) else { continue }
            let (header, rows) = Self.parse(run.standardOutput)
            #expect(header == "loss,d_z0,d_z1,d_z2")
            for ((label, logits), row) in zip(cases, rows) {
                let expected = try library.evaluate(label: label, logits: logits)
                #expect(Self.identical(row, [expected.value] + expected.gradient), "\(loss) \(label) \(logits)")
            }
        }
    }

    @Test func unitBoxRoundTripsThroughAFile() throws {
        let directory = try temporaryDirectory("eval")
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("pixels.csv"), output = directory.appendingPathComponent("out.csv")
        try "pt,pb,pl,pr,tt,tb,tl,tr\r\n1,2,3,4,2,1,4,3\r\n0.5,0.25,2,1,1,1,1,1\r\n".write(to: input, atomically: true, encoding: .utf8)
        let run = try LossvizBinary.run(["eval", "unitbox", "--input", input.path, "--output", output.path])
        #expect(run.status == 0 && run.standardOutput.isEmpty, "\(run.standardError)")
        let (header, rows) = Self.parse(try String(contentsOf: output, encoding: .utf8))
        #expect(header == "loss,d_pt,d_pb,d_pl,d_pr")
        let expected = UnitBoxLoss().evaluate(
            prediction: PixelDistances(top: 1, bottom: 2, left: 3, right: 4), target: PixelDistances(top: 2, bottom: 1, left: 4, right: 3)
        )
        #expect(rows.count == 2 && Self.identical(rows[0], [expected.value] + expected.gradient.components))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["out.csv", "pixels.csv"])
    }

    // MARK: Bad input

    static let boxHeader = "px1,py1,px2,py2,tx1,ty1,tx2,ty2"

    /// (arguments, input, what the one-line message must contain)
    static let badInputs: [([String], String, [String])] = [
        (["eval", "giou"], "px1,py1,px2,py2,tx1,ty1,tx2\n0,0,1,1,0,0,1\n", ["line 1", "'ty2' is missing"]),
        (["eval", "giou"], boxHeader + ",extra\n0,0,1,1,0,0,1,1,5\n", ["line 1, column 9", "unknown column 'extra'"]),
        (["eval", "giou"], boxHeader + ",px1\n0,0,1,1,0,0,1,1,5\n", ["line 1, column 9", "appears twice"]),
        (["eval", "giou"], boxHeader + "\n0,0,1,1,0,0,1,1\n0,abc,1,1,0,0,1,1\n", ["line 3, column 2 (py1)", "not a number"]),
        (["eval", "giou"], boxHeader + "\n0,0,inf,1,0,0,1,1\n", ["line 2, column 3 (px2)", "not finite"]),
        (["eval", "giou"], boxHeader + "\n0,0,1,1,0,0,nan,1\n", ["line 2, column 7 (tx2)", "not finite"]),
        (["eval", "giou"], boxHeader + "\n2,0,1,1,0,0,1,1\n", ["line 2, column 3 (px2)", "x2 > x1"]),
        (["eval", "giou"], boxHeader + "\n0,0,1,1,0,3,1,3\n", ["line 2, column 8 (ty2)", "y2 > y1"]),
        (["eval", "giou", "--box-format", "cxcywh"], "pcx,pcy,pw,ph,tcx,tcy,tw,th\n0,0,0,1,0,0,1,1\n", ["line 2, column 3 (pw)", "w > 0"]),
        (["eval", "giou", "--box-format", "cxcywh"], "pcx,pcy,pw,ph,tcx,tcy,tw,th\n0,0,1,1,0,0,1,-2\n", ["line 2, column 8 (th)", "h > 0"]),
        (["eval", "giou"], boxHeader + "\n0,0,1,1,0,0,1\n", ["line 2", "7 fields"]),
        (["eval", "giou"], "", ["no header"]),
        (["eval", "ce"], "label,z0,z1\n2,0.5,1\n", ["line 2, column 1 (label)", "out of range"]),
        (["eval", "ce"], "label,z0,z1\n0.5,0.5,1\n", ["line 2, column 1 (label)", "not a class label"]),
        (["eval", "ce"], "label,z0,z2\n0,0.5,1\n", ["line 1, column 3", "unknown column 'z2'"]),
        (["eval", "seesaw", "--class-counts", "1,2,3"], "label,z0,z1\n0,0.5,1\n", ["line 1", "3 counts"]),
        (["eval", "bce"], "logit,target\n0.5,1.5\n", ["line 2, column 2 (target)", "[0, 1]"]),
        (["eval", "unitbox"], "pt,pb,pl,pr,tt,tb,tl,tr\n1,1,1,0,1,1,1,1\n", ["line 2, column 4 (pr)", "not positive"]),
        (["eval", "focal", "--gamma", "-1"], "logit,target\n0,1\n", ["--gamma", ">= 0"]),
        (["eval", "focaler-iou", "--d", "0.9", "--u", "0.5"], boxHeader + "\n0,0,1,1,0,0,1,1\n", ["--d", "--u"]),
        (["eval", "giou", "--gamma", "2"], boxHeader + "\n0,0,1,1,0,0,1,1\n", ["--gamma does not apply to giou"]),
        (["eval", "fiou"], boxHeader + "\n0,0,1,1,0,0,1,1\n", ["unknown loss 'fiou'"]),
        (["eval", "eiou", "--gradient", "reference"], boxHeader + "\n0,0,1,1,0,0,1,1\n", ["reference", "iou, giou, diou and ciou"]),
    ]

    /// `--gradient reference` writes the negated update direction of the DIoU
    /// authors' code: one step of docs/simulation.md section 3 from (10.5, 11.6, 2.2, 3)
    /// towards (10, 10, 1, 1) lands on the published check value.
    @Test func referenceGradientReproducesThePublishedStep() throws {
        let input = "pcx,pcy,pw,ph,tcx,tcy,tw,th\n10.5,11.6,2.2,3,10,10,1,1\n"
        for (loss, expected) in [("iou", [10.5, 11.571493, 2.190998, 3.021905]), ("diou", [10.489076, 11.516533, 2.195827, 3.031907])] {
            let run = try LossvizBinary.run(["eval", loss, "--gradient", "reference", "--box-format", "cxcywh"], input: input)
            #expect(run.status == 0, "\(run.standardError)")
            let row = try #require(Self.parse(run.standardOutput).rows.first)
            let start = Box(cx: 10.5, cy: 11.6, w: 2.2, h: 3)
            let iou = 1 - (try LossCatalogue.boxLoss("iou").evaluate(prediction: start, target: Box(cx: 10, cy: 10, w: 1, h: 1)).value)
            let stepped = zip([10.5, 11.6, 2.2, 3.0], row.dropFirst()).map { $0 - 0.1 * (2 - iou) * $1 }
            for (got, want) in zip(stepped, expected) { #expect(abs(got - want) < 1e-6, "\(loss): \(stepped)") }
        }
    }

    @Test(arguments: badInputs.indices)
    func badInputIsRejectedWithoutAnOutputFile(index: Int) throws {
        let (arguments, input, phrases) = Self.badInputs[index]
        let directory = try temporaryDirectory("eval")
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out.csv")
        let run = try LossvizBinary.run(arguments + ["--output", output.path], input: input)
        #expect(run.status != 0)
        let message = run.standardError.trimmingCharacters(in: .newlines)
        #expect(!message.isEmpty && !message.contains("\n"), "\(message)")
        for phrase in phrases {
            #expect(message.contains(phrase), "\(arguments) \(input.debugDescription): \(message)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty, "no output, no temporary file")
    }

    @Test func badInputLeavesAnExistingOutputFileAlone() throws {
        let directory = try temporaryDirectory("eval")
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out.csv")
        try "earlier result\n".write(to: output, atomically: true, encoding: .utf8)
        let run = try LossvizBinary.run(["eval", "giou", "--output", output.path], input: Self.boxHeader + "\n0,0,1,1,0,0,1,1\n1,1,0,0,0,0,1,1\n")
        #expect(run.status != 0 && run.standardOutput.isEmpty)
        #expect(try String(contentsOf: output, encoding: .utf8) == "earlier result\n")
    }

    @Test func badInputWritesNothingToStandardOutput() throws {
        let run = try LossvizBinary.run(["eval", "giou"], input: Self.boxHeader + "\n0,0,1,1,0,0,1,1\n0,0,1,1,0,0,1,x\n")
        #expect(run.status != 0 && run.standardOutput.isEmpty)
    }

    @Test func missingInputFileIsNamed() throws {
        let run = try LossvizBinary.run(["eval", "giou", "--input", "/nonexistent/pairs.csv"])
        #expect(run.status != 0 && run.standardError.contains("/nonexistent/pairs.csv"))
    }
}
