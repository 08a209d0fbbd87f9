import Foundation
import LossvizLosses

/// A box loss and its gradient over a 2-D grid of predictions against one fixed
/// target (docs/figures.md `loss-fields`, `shape-fields`).
///
/// Point `(i, j)` (x value `i`, y value `j`) is stored at index `j * x.count + i`.
/// The autograd gradient is always there; the reference convention
/// (`-referenceAscent`, docs/simulation.md section 3) for iou, giou, diou and ciou.
/// Rows are computed in parallel; every point is written by exactly one worker,
/// so the result does not depend on the thread count.
public struct BoxLossField: Hashable, Sendable {
    /// The loss's name.
    public var loss: String
    /// How the grid places the prediction.
    public var layout: FieldLayout
    /// The fixed target.
    public var target: CentreFormBox
    /// The x coordinates (`dx` or scale).
    public var x: SweepAxis
    /// The y coordinates (`dy` or aspect ratio).
    public var y: SweepAxis
    /// The loss at each point.
    public var value: [Double]
    /// The `autograd` gradient at each point.
    public var autograd: FieldGradient
    /// The `reference` gradient at each point, if the loss has one.
    public var reference: FieldGradient?

    /// The field of `loss` with its autograd gradient, and the reference gradient of
    /// `referenceLoss` if given.
    /// - Throws: `SweepError` for an invalid target, empty axes, non-positive
    ///   coordinates of a scale-aspect grid, a non-positive offset size, or `threads < 1`.
    public init<Loss: BoxLoss>(
        loss: Loss, reference referenceLoss: ReferenceLoss? = nil,
        target: CentreFormBox, layout: FieldLayout, x: SweepAxis, y: SweepAxis,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(SweepError) {
        guard target.isValidBox else { throw .invalidBox(what: "target", box: target) }
        guard !x.values.isEmpty, !y.values.isEmpty else { throw .tooFewSamples(0) }
        guard threads >= 1 else { throw .nonPositiveThreadCount(threads) }
        if case let .offset(width, height) = layout,
           !(width.isFinite && height.isFinite && width > 0 && height > 0) {
            throw .invalidBox(what: "prediction", box: CentreFormBox(cx: 0, cy: 0, w: width, h: height))
        }
        if layout.needsPositiveCoordinates {
            for (name, axis) in [(layout.axisNames.x, x), (layout.axisNames.y, y)] {
                if let bad = axis.values.first(where: { !($0 > 0 && $0.isFinite) }) {
                    throw .parameterOutOfDomain(parameter: name, value: bad)
                }
            }
        }

        let columns = x.values.count, rows = y.values.count, count = columns * rows
        let values = SharedDoubleBuffer(count: count)
        let autogradBuffers = FieldGradientBuffers(count: count)
        let referenceBuffers = referenceLoss.map { _ in FieldGradientBuffers(count: count) }
        defer {
            values.deallocate()
            autogradBuffers.deallocate()
            referenceBuffers?.deallocate()
        }
        let xs = x.values, ys = y.values, targetBox = target.box
        let referenceDirection = referenceLoss.map(ReferenceDirection.init)
        ChunkedParallelLoop(chunkCount: rows, threads: threads).run { row in
            for column in 0..<columns {
                let index = row * columns + column
                let point = layout.prediction(u: xs[column], v: ys[row], target: target)
                let evaluation = loss.evaluate(prediction: point.box.box, target: targetBox)
                values.base[index] = evaluation.value
                let g = evaluation.gradient
                autogradBuffers.store(index, (g.cx, g.cy, g.w, g.h), point.alongU, point.alongV)
                if let referenceDirection, let referenceBuffers {
                    let d = referenceDirection.lossGradient(
                        x: point.box.cx, y: point.box.cy, w: point.box.w, h: point.box.h, target: target)
                    referenceBuffers.store(index, (d.x, d.y, d.w, d.h), point.alongU, point.alongV)
                }
            }
        }
        self.loss = loss.name
        self.layout = layout
        self.target = target
        self.x = x
        self.y = y
        value = values.array()
        autograd = autogradBuffers.gradient()
        reference = referenceBuffers?.gradient()
    }

    /// The field of a catalogue box loss, specialised for its concrete type, with
    /// the reference gradient when the loss is iou, giou, diou or ciou.
    public init(
        loss: ConfiguredBoxLoss, target: CentreFormBox, layout: FieldLayout, x: SweepAxis, y: SweepAxis,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(SweepError) {
        let visitor = FieldVisitor(reference: ReferenceLoss(rawValue: loss.name), target: target,
                                   layout: layout, x: x, y: y, threads: threads)
        self = try loss.accept(visitor).get()
    }
}

/// Builds a field for whichever concrete loss a `ConfiguredBoxLoss` holds.
private struct FieldVisitor: BoxLossVisitor {
    let reference: ReferenceLoss?
    let target: CentreFormBox
    let layout: FieldLayout
    let x: SweepAxis
    let y: SweepAxis
    let threads: Int

    func visit<Loss: BoxLoss>(_ loss: Loss) -> Result<BoxLossField, SweepError> {
        Result { () throws(SweepError) in
            try BoxLossField(loss: loss, reference: reference, target: target, layout: layout,
                             x: x, y: y, threads: threads)
        }
    }
}

/// The six arrays of a `FieldGradient`, written by parallel rows.
private struct FieldGradientBuffers: Sendable {
    let cx, cy, w, h, alongX, alongY: SharedDoubleBuffer

    init(count: Int) {
        cx = SharedDoubleBuffer(count: count)
        cy = SharedDoubleBuffer(count: count)
        w = SharedDoubleBuffer(count: count)
        h = SharedDoubleBuffer(count: count)
        alongX = SharedDoubleBuffer(count: count)
        alongY = SharedDoubleBuffer(count: count)
    }

    /// Stores gradient `g` at `index` and its projections on the two grid directions.
    func store(
        _ index: Int, _ g: (cx: Double, cy: Double, w: Double, h: Double),
        _ u: (cx: Double, cy: Double, w: Double, h: Double), _ v: (cx: Double, cy: Double, w: Double, h: Double)
    ) {
        cx.base[index] = g.cx
        cy.base[index] = g.cy
        w.base[index] = g.w
        h.base[index] = g.h
        alongX.base[index] = projectGradient(g, onto: u)
        alongY.base[index] = projectGradient(g, onto: v)
    }

    func gradient() -> FieldGradient {
        var result = FieldGradient(count: 0)
        result.cx = cx.array()
        result.cy = cy.array()
        result.w = w.array()
        result.h = h.array()
        result.alongX = alongX.array()
        result.alongY = alongY.array()
        return result
    }

    func deallocate() {
        for buffer in [cx, cy, w, h, alongX, alongY] { buffer.deallocate() }
    }
}
