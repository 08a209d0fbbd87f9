import Dispatch
import LossvizLosses

/// The frontend of `lossviz eval`: evaluates a configured loss on every record
/// of a CSV table, streaming (one chunk of rows in memory at a time), in input
/// order, on up to `threads` threads.
///
/// | kind | input columns | output columns |
/// |---|---|---|
/// | box, xyxy | `px1,py1,px2,py2,tx1,ty1,tx2,ty2` | `loss,d_px1,d_py1,d_px2,d_py2` |
/// | box, cxcywh | `pcx,pcy,pw,ph,tcx,tcy,tw,th` | `loss,d_pcx,d_pcy,d_pw,d_ph` |
/// | element-wise | `x` | `loss,d_x` |
/// | binary classification | `logit,target` | `loss,d_logit` |
/// | multi-class | `label,z0,z1,...` | `loss,d_z0,d_z1,...` |
/// | pixel distances (unitbox) | `pt,pb,pl,pr,tt,tb,tl,tr` | `loss,d_pt,d_pb,d_pl,d_pr` |
///
/// Input columns may come in any order; the output columns are in this order,
/// after any extra columns passed through.
public struct LossTableEvaluator: Sendable {
    /// The loss with its parameters.
    public var loss: ConfiguredLoss
    /// How box columns are named and gradients written.
    public var boxFormat: BoxFormat
    /// Which derivative is written.
    public var gradient: GradientConvention
    /// What happens to columns the loss does not read.
    public var extraColumns: ExtraColumns
    /// Worker threads for the rows of a chunk.
    public var threads: Int

    /// An evaluator of `loss`.
    public init(loss: ConfiguredLoss, boxFormat: BoxFormat = .xyxy, gradient: GradientConvention = .autograd,
                extraColumns: ExtraColumns = .error, threads: Int = 2) {
        self.loss = loss
        self.boxFormat = boxFormat
        self.gradient = gradient
        self.extraColumns = extraColumns
        self.threads = max(1, threads)
    }

    /// Throws when the gradient convention or box format does not apply to the
    /// loss, so that a command can fail before it reads any input.
    public func checkSettings() throws(EvalInputError) {
        guard case let .box(boxLoss) = loss else {
            if gradient == .reference { throw .referenceGradientUndefined(loss: loss.name) }
            if boxFormat != .xyxy { throw .boxFormatNotApplicable(loss: loss.name) }
            return
        }
        _ = try BoxRowComputation.pairEvaluation(boxLoss, gradient: gradient)
    }

    /// Reads every record of `reader` and hands the output CSV to `write` in pieces, in order.
    public func evaluate(_ reader: CSVReader, writingTo write: (UnsafeRawBufferPointer) throws(OutputError) -> Void) throws(EvalInputError) {
        try checkSettings()
        let hasHeader: Bool
        do throws(CSVError) { hasHeader = try reader.next() } catch { throw .input(error) }
        guard hasHeader else { throw .emptyInput(source: reader.source) }
        let headerLine = reader.line
        let header = (0..<reader.fieldCount).map(reader.text)
        guard header != [""] else { throw .emptyHeader(source: reader.source, line: headerLine) }
        let layout = try self.layout(header: header, line: headerLine, source: reader.source)
        var text: [UInt8] = []
        for (index, name) in layout.outputHeader.enumerated() {
            if index > 0 { text.append(0x2C) }
            CSVFieldEncoding.append(Array(name.utf8), to: &text)
        }
        text.append(0x0A)
        // The header waits for the first chunk, so that bad input in the first
        // rows writes nothing at all, not even to standard output.
        var pendingHeader: [UInt8]? = text
        func writeHeader() throws(EvalInputError) {
            guard let header = pendingHeader else { return }
            do { try withRawBytes(of: header, write) } catch { throw .output(error) }
            pendingHeader = nil
        }
        var current = EvalChunk(layout: layout, source: reader.source, threads: threads)
        var next = EvalChunk(layout: layout, source: reader.source, threads: threads)
        var more = try current.fill(from: reader)
        while more {
            let group = DispatchGroup()
            current.start(in: group)
            if current.readingFailed {
                more = false
            } else {
                do { more = try next.fill(from: reader) } catch { more = true }  // thrown again by `finish`
            }
            group.wait()
            try current.finish()
            try writeHeader()
            do { try current.write(write) } catch { throw .output(error) }
            swap(&current, &next)
        }
        try writeHeader()
    }

    /// The output CSV for the CSV `text` (for tests and callers without files).
    public func evaluate(csv text: String, source: String = "input") throws(EvalInputError) -> String {
        var output: [UInt8] = []
        try evaluate(CSVReader(bytes: Array(text.utf8), source: source)) { bytes in output.append(contentsOf: bytes) }
        return String(decoding: output, as: UTF8.self)
    }

    /// The layout for `header`: which columns the loss reads, what it writes, how a row is computed.
    private func layout(header: [String], line: Int, source: String) throws(EvalInputError) -> EvalTableLayout {
        func make(_ expected: [String], _ outputs: [String], labelFirst: Bool = false,
                  _ compute: @escaping RowComputation) throws(EvalInputError) -> EvalTableLayout {
            try EvalTableLayout(header: header, line: line, source: source, expected: expected, labelFirst: labelFirst,
                                outputHeader: outputs, extraColumns: extraColumns, compute: compute)
        }
        switch loss {
        case let .box(boxLoss):
            let predictions = boxFormat.columns(prefix: "p"), targets = boxFormat.columns(prefix: "t")
            let compute = try BoxRowComputation(loss: boxLoss, format: boxFormat, gradient: gradient).compute
            return try make(predictions + targets, ["loss"] + predictions.map { "d_" + $0 }, compute)
        case let .elementWise(elementWise):
            return try make(["x"], ["loss", "d_x"]) { inputs, _, outputs throws(RowFault) in
                let result = elementWise.evaluate(inputs[0])
                outputs[0] = result.value
                outputs[1] = result.derivative
                try RowFault.checkFinite(outputs, count: 2, inputs: inputs, inputCount: 1)
            }
        case let .binaryClassification(binary):
            return try make(["logit", "target"], ["loss", "d_logit"]) { inputs, _, outputs throws(RowFault) in
                guard inputs[1] >= 0 && inputs[1] <= 1 else {
                    throw RowFault(input: 1, reason: "is outside [0, 1]; a binary target must lie in [0, 1]")
                }
                let result = binary.evaluate(logit: inputs[0], target: inputs[1])
                outputs[0] = result.value
                outputs[1] = result.derivative
                try RowFault.checkFinite(outputs, count: 2, inputs: inputs, inputCount: 2)
            }
        case let .multiClassClassification(multiClass):
            let classes = Self.logitColumnCount(header)
            guard classes > 0 else {
                throw .missingColumn(source: source, line: line, name: "z0", expected: ["label", "z0", "z1", "..."])
            }
            if case let seesaw as SeesawLoss = multiClass, !seesaw.classCounts.isEmpty, seesaw.classCounts.count != classes {
                throw .classCountMismatch(source: source, line: line, classes: classes, counts: seesaw.classCounts.count)
            }
            let logits = (0..<classes).map { "z\($0)" }
            return try make(["label"] + logits, ["loss"] + logits.map { "d_" + $0 }, labelFirst: true) { inputs, label, outputs throws(RowFault) in
                do {
                    let result = try multiClass.evaluate(label: label, logits: Array(UnsafeBufferPointer(start: inputs + 1, count: classes)))
                    outputs[0] = result.value
                    for index in 0..<classes { outputs[index + 1] = result.gradient[index] }
                } catch {
                    throw RowFault(input: 0, reason: "cannot be evaluated: \(error)")
                }
                try RowFault.checkFinite(outputs, count: classes + 1, inputs: inputs + 1, inputCount: classes, offset: 1)
            }
        case let .pixelDistances(unitBox):
            let names = ["pt", "pb", "pl", "pr", "tt", "tb", "tl", "tr"]
            return try make(names, ["loss", "d_pt", "d_pb", "d_pl", "d_pr"]) { inputs, _, outputs throws(RowFault) in
                for index in 0..<8 where !(inputs[index] > 0) {
                    throw RowFault(input: index, reason: "is not positive; the pixel must lie inside both boxes (distances > 0)")
                }
                let result = unitBox.evaluate(
                    prediction: PixelDistances(top: inputs[0], bottom: inputs[1], left: inputs[2], right: inputs[3]),
                    target: PixelDistances(top: inputs[4], bottom: inputs[5], left: inputs[6], right: inputs[7])
                )
                outputs[0] = result.value
                for index in 0..<4 { outputs[index + 1] = result.gradient.components[index] }
                try RowFault.checkFinite(outputs, count: 5, inputs: inputs, inputCount: 8)
            }
        }
    }

    /// The number of logit columns `z0, z1, ...` of a multi-class header (names
    /// `z` followed by a non-negative integer; gaps show as missing columns).
    private static func logitColumnCount(_ header: [String]) -> Int {
        header.filter { name in name.first == "z" && name.count > 1 && name.dropFirst().allSatisfy(\.isASCII) && Int(name.dropFirst()).map { $0 >= 0 } == true }.count
    }
}
