import LossvizIO
import LossvizSweep

extension RegressionAnimation {
    /// The `--data` document of `lossviz animate` (docs/cli.md): iterations,
    /// step, anchor and target `[cx, cy, w, h]`, frames (the iteration each
    /// frame shows) and per loss its convention, boxes (every iteration, the
    /// start first) and error (the l1 error after each update).
    /// - Parameter trajectories: `trajectories()` of this animation.
    public func json(of trajectories: [RegressionTrajectory]) -> JSONValue {
        func box(_ b: CentreFormBox) -> JSONValue { .numbers([b.cx, b.cy, b.w, b.h]) }
        return .object([
            ("iterations", .integer(iterations)),
            ("step", .number(step)),
            ("anchor", box(anchor)),
            ("target", box(target)),
            ("frames", .array(frameIterations.map { .integer($0) })),
            ("losses", .object(zip(runs, trajectories).map { run, trajectory in
                (run.loss.name, .object([
                    ("convention", .string(run.convention.rawValue)),
                    ("boxes", .array(trajectory.snapshots.map { box($0.box) })),
                    ("error", .numbers(trajectory.error)),
                ]))
            })),
        ])
    }
}
