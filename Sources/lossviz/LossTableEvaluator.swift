import Losses

/// Evaluates a configured loss on every record of a CSV table for
/// `lossviz eval`: which columns each kind of loss reads and writes, the checks
/// on every value, and the output text.
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
/// Input columns may come in any order; the output columns are in this order.
struct LossTableEvaluator {
    var loss: ConfiguredLoss
    var boxFormat: BoxFormat
    var gradient: GradientConvention

    /// The numbers of one record, by column name, with where they came from.
    private struct Row {
        var table: CSVTable
        var record: CSVTable.Record
        var columnIndex: [String: Int]

        func text(_ name: String) -> String { record.fields[columnIndex[name] ?? 0] }

        func invalid(_ name: String, _ reason: String) -> EvalInputError {
            .invalidValue(
                source: table.source, line: record.line, column: (columnIndex[name] ?? 0) + 1,
                name: name, text: text(name), reason: reason
            )
        }

        /// The finite number in column `name`.
        func number(_ name: String) throws(EvalInputError) -> Double {
            guard let value = Double(text(name)) else { throw invalid(name, "is not a number") }
            guard value.isFinite else { throw invalid(name, "is not finite; every value must be a finite number") }
            return value
        }
    }

    /// Throws when the gradient convention or box format does not apply to the
    /// loss, so that a command can fail before it reads any input.
    func checkSettings() throws(EvalInputError) {
        guard case let .box(boxLoss) = loss else {
            if gradient == .reference { throw .referenceGradientUndefined(loss: loss.name) }
            if boxFormat != .xyxy { throw .boxFormatNotApplicable(loss: loss.name) }
            return
        }
        _ = try pairEvaluation(boxLoss)
    }

    /// Value and gradient of one box pair under the gradient convention.
    private func pairEvaluation(_ boxLoss: ConfiguredBoxLoss) throws(EvalInputError) -> (Box, Box) -> BoxLossEvaluation {
        guard boxLoss.hasGradient(gradient) else { throw .referenceGradientUndefined(loss: boxLoss.name) }
        let convention = gradient
        return { prediction, target in
            boxLoss.evaluate(prediction: prediction, target: target, convention: convention)
                ?? BoxLossEvaluation(value: .nan, gradient: BoxGradient(x1: .nan, y1: .nan, x2: .nan, y2: .nan))
        }
    }

    /// The output CSV for `table`: a header line, then one line per record.
    func evaluate(_ table: CSVTable) throws(EvalInputError) -> String {
        try checkSettings()
        switch loss {
        case let .box(boxLoss):
            return try evaluateBoxes(table, boxLoss)
        case let .elementWise(elementWise):
            let columnIndex = try Self.columnIndex(of: table, expected: ["x"])
            return try Self.render(table, columnIndex, outputHeader: ["loss", "d_x"]) { (row: Row) throws(EvalInputError) in
                let result = elementWise.evaluate(try row.number("x"))
                return [result.value, result.derivative]
            }
        case let .binaryClassification(binary):
            let columnIndex = try Self.columnIndex(of: table, expected: ["logit", "target"])
            return try Self.render(table, columnIndex, outputHeader: ["loss", "d_logit"]) { (row: Row) throws(EvalInputError) in
                let logit = try row.number("logit")
                let target = try row.number("target")
                guard target >= 0 && target <= 1 else { throw row.invalid("target", "is outside [0, 1]; a binary target must lie in [0, 1]") }
                let result = binary.evaluate(logit: logit, target: target)
                return [result.value, result.derivative]
            }
        case let .multiClassClassification(multiClass):
            return try evaluateClasses(table, multiClass)
        case let .pixelDistances(unitBox):
            let names = ["pt", "pb", "pl", "pr", "tt", "tb", "tl", "tr"]
            let columnIndex = try Self.columnIndex(of: table, expected: names)
            return try Self.render(table, columnIndex, outputHeader: ["loss", "d_pt", "d_pb", "d_pl", "d_pr"]) { (row: Row) throws(EvalInputError) in
                var values: [Double] = []
                for name in names {
                    let value = try row.number(name)
                    guard value > 0 else { throw row.invalid(name, "is not positive; the pixel must lie inside both boxes (distances > 0)") }
                    values.append(value)
                }
                let result = unitBox.evaluate(
                    prediction: PixelDistances(top: values[0], bottom: values[1], left: values[2], right: values[3]),
                    target: PixelDistances(top: values[4], bottom: values[5], left: values[6], right: values[7])
                )
                return [result.value] + result.gradient.components
            }
        }
    }

    private func evaluateBoxes(_ table: CSVTable, _ boxLoss: ConfiguredBoxLoss) throws(EvalInputError) -> String {
        let predictionColumns = boxFormat.columns(prefix: "p")
        let targetColumns = boxFormat.columns(prefix: "t")
        let columnIndex = try Self.columnIndex(of: table, expected: predictionColumns + targetColumns)
        let outputHeader = ["loss"] + predictionColumns.map { "d_" + $0 }
        let evaluatePair = try pairEvaluation(boxLoss)
        return try Self.render(table, columnIndex, outputHeader: outputHeader) { (row: Row) throws(EvalInputError) in
            let prediction = try box(row, predictionColumns)
            let target = try box(row, targetColumns)
            let result = evaluatePair(prediction, target)
            let gradient = boxFormat == .xyxy ? result.gradient.corners : result.gradient.centreForm
            return [result.value] + gradient
        }
    }

    /// The box in `columns` of `row`, checked: `x2 > x1`, `y2 > y1` (or `w, h > 0`).
    private func box(_ row: Row, _ columns: [String]) throws(EvalInputError) -> Box {
        let a = try row.number(columns[0]), b = try row.number(columns[1])
        let c = try row.number(columns[2]), d = try row.number(columns[3])
        switch boxFormat {
        case .xyxy:
            guard c > a else { throw row.invalid(columns[2], "is not greater than \(columns[0]) = \(row.text(columns[0])); a box needs x2 > x1") }
            guard d > b else { throw row.invalid(columns[3], "is not greater than \(columns[1]) = \(row.text(columns[1])); a box needs y2 > y1") }
            return Box(x1: a, y1: b, x2: c, y2: d)
        case .cxcywh:
            guard c > 0 else { throw row.invalid(columns[2], "is not positive; a box needs w > 0") }
            guard d > 0 else { throw row.invalid(columns[3], "is not positive; a box needs h > 0") }
            let box = Box(cx: a, cy: b, w: c, h: d)
            do {
                return try box.validated()
            } catch .nonPositiveHeight {
                throw row.invalid(columns[3], "is too small for the centre \(columns[1]) = \(row.text(columns[1])): its corners round to the same number")
            } catch {
                throw row.invalid(columns[2], "does not give a box with finite corners x2 > x1 at \(columns[0]) = \(row.text(columns[0]))")
            }
        }
    }

    private func evaluateClasses(_ table: CSVTable, _ multiClass: any MultiClassLoss) throws(EvalInputError) -> String {
        let logitNames = table.header.filter { name in
            name.first == "z" && Int(name.dropFirst()).map { $0 >= 0 } == true
        }
        let logitColumns = logitNames.indices.map { "z\($0)" }
        guard !logitColumns.isEmpty else {
            throw .missingColumn(source: table.source, line: table.headerLine, name: "z0", expected: ["label", "z0", "z1", "..."])
        }
        let columnIndex = try Self.columnIndex(of: table, expected: ["label"] + logitColumns)
        if case let seesaw as SeesawLoss = multiClass, !seesaw.classCounts.isEmpty, seesaw.classCounts.count != logitColumns.count {
            throw .classCountMismatch(source: table.source, line: table.headerLine, classes: logitColumns.count, counts: seesaw.classCounts.count)
        }
        let outputHeader = ["loss"] + logitColumns.map { "d_" + $0 }
        return try Self.render(table, columnIndex, outputHeader: outputHeader) { (row: Row) throws(EvalInputError) in
            let classRange = "labels are the integers 0 to \(logitColumns.count - 1)"
            guard let label = Int(row.text("label")) else { throw row.invalid("label", "is not a class label; \(classRange)") }
            guard (0..<logitColumns.count).contains(label) else { throw row.invalid("label", "is out of range; \(classRange)") }
            var logits: [Double] = []
            for name in logitColumns { logits.append(try row.number(name)) }
            do {
                let result = try multiClass.evaluate(label: label, logits: logits)
                return [result.value] + result.gradient
            } catch {
                throw row.invalid("label", "cannot be evaluated: \(error)")
            }
        }
    }

    /// Column positions of `expected` in the header; every expected column must
    /// appear exactly once and no other column may.
    private static func columnIndex(of table: CSVTable, expected: [String]) throws(EvalInputError) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, name) in table.header.enumerated() {
            guard expected.contains(name) else {
                throw .unknownColumn(source: table.source, line: table.headerLine, column: position + 1, name: name, expected: expected)
            }
            guard index[name] == nil else {
                throw .duplicateColumn(source: table.source, line: table.headerLine, column: position + 1, name: name)
            }
            index[name] = position
        }
        if let missing = expected.first(where: { index[$0] == nil }) {
            throw .missingColumn(source: table.source, line: table.headerLine, name: missing, expected: expected)
        }
        return index
    }

    /// The header and one formatted line per record.
    private static func render(
        _ table: CSVTable, _ columnIndex: [String: Int], outputHeader: [String],
        _ evaluate: (Row) throws(EvalInputError) -> [Double]
    ) throws(EvalInputError) -> String {
        var lines = [outputHeader.joined(separator: ",")]
        lines.reserveCapacity(table.records.count + 1)
        for record in table.records {
            let values = try evaluate(Row(table: table, record: record, columnIndex: columnIndex))
            lines.append(values.map(RoundTripNumber.format).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
