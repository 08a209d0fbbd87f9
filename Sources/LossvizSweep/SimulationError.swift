/// Why a simulation, a trajectory or a field cannot run as asked.
public enum SimulationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No anchor centres (zero points).
    case noAnchorCentres
    /// The iteration count is below 1.
    case nonPositiveIterations(Int)
    /// No targets, scales or shapes.
    case emptyCaseSet
    /// A schedule phase has a non-positive length or step.
    case invalidSchedule(String)
    /// A target is not a valid box.
    case invalidTarget(index: Int, box: CentreFormBox)
    /// An anchor scale is not finite and positive.
    case invalidScale(index: Int, value: Double)
    /// An anchor shape has a non-positive side.
    case invalidShape(index: Int, shape: AspectShape)
    /// An anchor centre is not finite.
    case nonFiniteAnchorCentre(index: Int)
    /// Adam's parameters are out of range.
    case invalidOptimiser(String)
    /// A trajectory's start or target is not a valid box.
    case invalidStart(CentreFormBox)
    /// Fewer than one worker thread.
    case nonPositiveThreadCount(Int)
    /// The results would not fit in `SimulationSettings.maximumWorkingBytes`.
    case tooLarge(points: Int, iterations: Int, bytes: Int)

    public var description: String {
        switch self {
        case .noAnchorCentres:
            return "the simulation has no anchor centres; give at least one point"
        case let .nonPositiveIterations(n):
            return "iteration count is \(n); it must be at least 1"
        case .emptyCaseSet:
            return "the simulation needs at least one target, one anchor scale and one anchor shape"
        case let .invalidSchedule(text):
            return "step schedule [\(text)] is invalid; every phase needs a positive length and a finite positive step"
        case let .invalidTarget(index, box):
            return "target \(index + 1) is \(box); a target needs a finite centre and positive finite width and height"
        case let .invalidScale(index, value):
            return "anchor scale \(index + 1) is \(value); scales must be finite and positive"
        case let .invalidShape(index, shape):
            return "anchor shape \(index + 1) is (\(shape.w), \(shape.h)); shapes need positive finite w and h"
        case let .nonFiniteAnchorCentre(index):
            return "anchor centre \(index + 1) is not finite"
        case let .invalidOptimiser(text):
            return "optimiser \(text) is invalid; Adam needs 0 <= beta1, beta2 < 1 and epsilon > 0"
        case let .invalidStart(box):
            return "start box \(box) is invalid; it needs a finite centre and positive finite width and height"
        case let .nonPositiveThreadCount(n):
            return "thread count is \(n); it must be at least 1"
        case let .tooLarge(points, iterations, bytes):
            let gib = Double(bytes) / Double(1 << 30), limit = SimulationSettings.maximumWorkingBytes >> 30
            return "\(points) anchor centres over \(iterations) iterations would hold "
                + String(format: "%.1f", gib) + " GiB of error sums (at most \(limit) GiB); use fewer points or iterations"
        }
    }
}
