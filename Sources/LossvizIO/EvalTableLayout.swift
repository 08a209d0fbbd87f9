/// What `lossviz eval` reads from and writes for one table, fixed by its
/// header: the positions of the loss's input columns, the extra columns passed
/// through, the output header, and how one row is computed.
struct EvalTableLayout: Sendable {
    /// The input columns the loss reads, in the order `compute` takes them.
    var inputNames: [String]
    /// Position (0-based) of each input column in a record.
    var inputPositions: [Int]
    /// Whether input 0 is an integer class label rather than a number.
    var labelFirst: Bool
    /// Positions of extra columns copied to the output (`--extra-columns pass`).
    var passedPositions: [Int]
    /// The number of fields of every record.
    var fieldCount: Int
    /// The output header: passed columns, then `loss` and the derivatives.
    var outputHeader: [String]
    /// How many numbers `compute` writes per row.
    var outputCount: Int
    /// Computes one row: `inputs` (checked finite; input 0 unused when
    /// `labelFirst`), the label, and room for `outputCount` results.
    var compute: RowComputation

    /// Matches `header` against `expected` (every expected column exactly once);
    /// other columns follow `extraColumns`.
    init(header: [String], line: Int, source: String, expected: [String], labelFirst: Bool = false,
         outputHeader: [String], extraColumns: ExtraColumns, compute: @escaping RowComputation) throws(EvalInputError) {
        let wanted = Dictionary(expected.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var positions = [Int?](repeating: nil, count: expected.count)
        var passed: [Int] = []
        for (position, name) in header.enumerated() {
            guard let slot = wanted[name] else {
                switch extraColumns {
                case .error: throw .unknownColumn(source: source, line: line, column: position + 1, name: name, expected: expected)
                case .ignore: continue
                case .pass:
                    passed.append(position)
                    continue
                }
            }
            guard positions[slot] == nil else {
                throw .duplicateColumn(source: source, line: line, column: position + 1, name: name)
            }
            positions[slot] = position
        }
        if let missing = positions.firstIndex(where: { $0 == nil }) {
            throw .missingColumn(source: source, line: line, name: expected[missing], expected: expected)
        }
        inputNames = expected
        inputPositions = positions.map { $0! }
        self.labelFirst = labelFirst
        passedPositions = passed
        fieldCount = header.count
        self.outputHeader = passed.map { header[$0] } + outputHeader
        outputCount = outputHeader.count
        self.compute = compute
    }
}

/// One row's computation: finite inputs in, `outputCount` numbers out, or a
/// `RowFault` naming the input at fault.
typealias RowComputation = @Sendable (_ inputs: UnsafeMutablePointer<Double>, _ label: Int, _ outputs: UnsafeMutablePointer<Double>) throws(RowFault) -> Void
