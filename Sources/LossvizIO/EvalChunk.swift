import Dispatch

/// A chunk of the records of `lossviz eval`: the reader's fields are copied
/// into one buffer (bounded memory whatever the row count), then contiguous
/// slices of the chunk are parsed, computed and formatted on worker threads
/// (while the reader fills the next chunk), and written back in row order.
final class EvalChunk: @unchecked Sendable {
    /// Rows per chunk: large enough to share among threads, small enough to keep memory flat.
    static let rowsPerChunk = 16_384
    /// Bytes and fields per chunk: wide rows (thousands of logits) make shorter chunks.
    static let bytesPerChunk = 4 << 20
    static let fieldsPerChunk = 1 << 18

    private let layout: EvalTableLayout
    private let source: String
    private let threads: Int
    /// The fields of the chunk (inputs, then passed columns, per row), each followed by a 0 byte.
    // Touched for every field: exclusivity is not checked at run time (the
    // workers only read them, between `fill` calls).
    @exclusivity(unchecked) private var text: [UInt8] = []
    @exclusivity(unchecked) private var starts: [Int] = []
    @exclusivity(unchecked) private var lengths: [Int] = []
    @exclusivity(unchecked) private var lines: [Int] = []
    /// A reading error met while filling; reported after the rows before it.
    private var pending: EvalInputError?
    private let workers: [WorkerOutput]

    /// The text one worker wrote, or what stopped it.
    private final class WorkerOutput {
        @exclusivity(unchecked) var bytes: [UInt8] = []
        var fault: EvalInputError?
    }

    init(layout: EvalTableLayout, source: String, threads: Int) {
        self.layout = layout
        self.source = source
        self.threads = threads
        workers = (0..<threads).map { _ in WorkerOutput() }
    }

    /// Positions of the fields a row keeps: the inputs, then the passed columns.
    private var keptPositions: [Int] { layout.inputPositions + layout.passedPositions }
    /// Whether reading stopped at an error after this chunk's rows.
    var readingFailed: Bool { pending != nil }

    private var slotsPerRow: Int { layout.inputPositions.count + layout.passedPositions.count }

    /// Reads up to `rowsPerChunk` records (fewer once `bytesPerChunk` or
    /// `fieldsPerChunk` is reached); false when there were none left.
    func fill(from reader: CSVReader) throws(EvalInputError) -> Bool {
        if let pending { throw pending }
        text.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        lengths.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        let kept = keptPositions
        do throws(CSVError) {
            while lines.count < Self.rowsPerChunk, text.count < Self.bytesPerChunk, starts.count < Self.fieldsPerChunk, try reader.next() {
                guard reader.fieldCount == layout.fieldCount else {
                    pending = .fieldCount(source: source, line: reader.line, expected: layout.fieldCount, found: reader.fieldCount)
                    break
                }
                lines.append(reader.line)
                for position in kept {
                    reader.withField(position) { bytes, count in
                        starts.append(text.count)
                        lengths.append(count)
                        text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
                        text.append(0)
                    }
                }
            }
        } catch {
            pending = .input(error)
        }
        if lines.isEmpty, let pending { throw pending }
        return !lines.isEmpty
    }

    /// Starts computing every row of the chunk on the worker threads, in `group`.
    func start(in group: DispatchGroup) {
        let rows = lines.count
        let used = min(threads, max(1, rows / 1024))
        for worker in workers.indices {
            workers[worker].fault = nil
            guard worker < used else { continue }
            DispatchQueue.global().async(group: group) {
                self.work(worker: worker, rows: rows * worker / used ..< rows * (worker + 1) / used)
            }
        }
    }

    /// After `start`'s group is done: throws the first row's fault (in row order),
    /// then a reading error met after the chunk's last row.
    func finish() throws(EvalInputError) {
        for worker in workers { if let fault = worker.fault { throw fault } }
        if let pending { throw pending }
    }

    /// Hands the chunk's output to `write`, in row order.
    func write(_ write: (UnsafeRawBufferPointer) throws(OutputError) -> Void) throws(OutputError) {
        for worker in workers where !worker.bytes.isEmpty {
            try withRawBytes(of: worker.bytes, write)
            worker.bytes.removeAll(keepingCapacity: true)
        }
    }

    private func work(worker index: Int, rows: Range<Int>) {
        let output = workers[index]
        let inputCount = layout.inputPositions.count
        let inputs = UnsafeMutablePointer<Double>.allocate(capacity: inputCount)
        let results = UnsafeMutablePointer<Double>.allocate(capacity: layout.outputCount)
        defer {
            inputs.deallocate()
            results.deallocate()
        }
        text.withUnsafeBufferPointer { text in
            let base = text.baseAddress!
            for row in rows {
                let first = row * slotsPerRow
                var label = 0
                do throws(RowFault) {
                    for input in 0..<inputCount {
                        let field = base + starts[first + input], count = lengths[first + input]
                        if input == 0 && layout.labelFirst {
                            label = try Self.label(field, count: count, classes: inputCount - 1)
                            continue
                        }
                        guard let value = CSVNumber.parse(field, count: count) else { throw RowFault(input: input, reason: "is not a number") }
                        guard value.isFinite else { throw RowFault(input: input, reason: "is not finite; every value must be a finite number") }
                        inputs[input] = value
                    }
                    try layout.compute(inputs, label, results)
                } catch {
                    output.fault = .invalidValue(
                        source: source, line: lines[row], column: layout.inputPositions[error.input] + 1,
                        name: layout.inputNames[error.input], text: fieldText(row, error.input), reason: error.reason)
                    return
                }
                for passed in 0..<layout.passedPositions.count {
                    let slot = first + inputCount + passed
                    let field = UnsafeBufferPointer(start: base + starts[slot], count: lengths[slot])
                    CSVFieldEncoding.append(field, to: &output.bytes)
                    output.bytes.append(0x2C)
                }
                for index in 0..<layout.outputCount {
                    if index > 0 { output.bytes.append(0x2C) }
                    RoundTripNumber.append(results[index], to: &output.bytes)
                }
                output.bytes.append(0x0A)
            }
        }
    }

    /// The text of input `input` of `row`.
    private func fieldText(_ row: Int, _ input: Int) -> String {
        let slot = row * slotsPerRow + input
        return String(decoding: text[starts[slot] ..< starts[slot] + lengths[slot]], as: UTF8.self)
    }

    /// A class label: a decimal integer in `0 ..< classes`.
    private static func label(_ field: UnsafePointer<UInt8>, count: Int, classes: Int) throws(RowFault) -> Int {
        let range = "labels are the integers 0 to \(classes - 1)"
        guard let label = Int(String(decoding: UnsafeBufferPointer(start: field, count: count), as: UTF8.self)) else {
            throw RowFault(input: 0, reason: "is not a class label; \(range)")
        }
        guard (0..<classes).contains(label) else { throw RowFault(input: 0, reason: "is out of range; \(range)") }
        return label
    }
}
