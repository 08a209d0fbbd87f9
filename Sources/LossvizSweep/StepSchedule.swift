/// A piecewise-constant step size `eta_t` over the iterations of a regression.
///
/// The DIoU authors' simulation uses `eta = 0.1` for iterations 1-160, `0.01` for
/// 161-180 and `0.001` for 181-200 (docs/simulation.md section 1); `diou(iterations:)`
/// keeps those proportions (80 %, 10 %, 10 %) for any number of iterations.
public struct StepSchedule: Hashable, Sendable, CustomStringConvertible {
    /// One stretch of iterations with a constant step.
    public struct Phase: Hashable, Sendable {
        /// How many consecutive iterations use `step`.
        public var length: Int
        /// The step size `eta` of those iterations.
        public var step: Double

        /// `length` iterations of step `step`.
        public init(length: Int, step: Double) {
            self.length = length
            self.step = step
        }
    }

    /// The phases in order; past the last one, its step continues.
    public var phases: [Phase]

    /// A schedule from explicit phases (the last step continues past their end).
    public init(phases: [Phase]) {
        self.phases = phases
    }

    /// One step size for every iteration.
    public static func constant(_ step: Double) -> StepSchedule {
        StepSchedule(phases: [Phase(length: 1, step: step)])
    }

    /// The DIoU authors' schedule: `0.1` for the first 80 % of the iterations,
    /// `0.01` up to 90 %, `0.001` for the rest (rounded to whole iterations);
    /// for 200 iterations exactly 1-160 / 161-180 / 181-200 (test_1715k.m).
    public static func diou(iterations: Int) -> StepSchedule {
        let first = (iterations * 8 + 5) / 10
        let second = (iterations * 9 + 5) / 10 - first
        return StepSchedule(phases: [
            Phase(length: first, step: 0.1),
            Phase(length: second, step: 0.01),
            Phase(length: max(iterations - first - second, 1), step: 0.001),
        ].filter { $0.length > 0 })
    }

    /// The step sizes of iterations `1...iterations`, in order.
    public func steps(iterations: Int) -> [Double] {
        var result: [Double] = []
        result.reserveCapacity(max(iterations, 0))
        for phase in phases where result.count < iterations {
            result += repeatElement(phase.step, count: min(phase.length, iterations - result.count))
        }
        let last = phases.last?.step ?? 0
        while result.count < iterations { result.append(last) }
        return result
    }

    /// `true` when every phase has a positive length and a finite positive step.
    public var isValid: Bool {
        !phases.isEmpty && phases.allSatisfy { $0.length > 0 && $0.step.isFinite && $0.step > 0 }
    }

    public var description: String {
        phases.map { "\($0.step) x \($0.length)" }.joined(separator: ", ")
    }
}
