import LossvizLosses
import LossvizTestSupport
import Testing
@testable import LossvizSweep

@Suite("Single-case trajectories (docs/simulation.md section 5)")
struct RegressionTrajectoryTests {
    /// The Focal-EIoU paper's CIoU drift: from (6, 12.5, 1, 2.4) towards (10, 10, 1, 1),
    /// reference CIoU, step 0.05 (2 - IoU), 50 iterations: w = 1.640, h = 2.840 (+- 0.005).
    @Test func ciouAspectDrift() throws {
        let trajectory = try RegressionTrajectory(
            direction: ReferenceDirection(.ciou),
            start: CentreFormBox(cx: 6, cy: 12.5, w: 1, h: 2.4), target: CentreFormBox(cx: 10, cy: 10, w: 1, h: 1),
            iterations: 50, schedule: .constant(0.05), record: [0, 10, 50])
        #expect(trajectory.final.w.isApproximatelyEqual(to: 1.640, absoluteTolerance: 0.005))
        #expect(trajectory.final.h.isApproximatelyEqual(to: 2.840, absoluteTolerance: 0.005))
        #expect(trajectory.snapshots.map(\.iteration) == [0, 10, 50])
        #expect(trajectory.snapshots.last?.box == trajectory.final)
        #expect(trajectory.error.count == 50)
        // Both sides grow while the aspect ratio moves towards 1.
        #expect(trajectory.final.w > 1 && trajectory.final.h > 2.4)
    }

    /// EIoU (autograd) from the same start fixes w and h themselves: h shrinks towards 1
    /// instead of growing (docs/simulation.md section 5).
    @Test func eiouFromTheDriftStart() throws {
        let trajectory = try RegressionTrajectory(
            direction: AutogradDirection(LossCatalogue.boxLoss("eiou")),
            start: CentreFormBox(cx: 6, cy: 12.5, w: 1, h: 2.4), target: CentreFormBox(cx: 10, cy: 10, w: 1, h: 1),
            iterations: 50, schedule: .constant(0.05), record: [])
        #expect(trajectory.final.h < 2.4 && trajectory.final.h > 1)
        #expect(abs(trajectory.final.w / trajectory.final.h - 1) < abs(1 / 2.4 - 1))
    }

    @Test func recordsEveryIterationByDefault() throws {
        let trajectory = try RegressionTrajectory(
            direction: ReferenceDirection(.diou),
            start: CentreFormBox(cx: 7, cy: 10, w: 2, h: 2), target: CentreFormBox(cx: 10, cy: 10, w: 1, h: 1),
            iterations: 12, schedule: .diou(iterations: 12))
        #expect(trajectory.snapshots.map(\.iteration) == Array(0...12))
        for (t, error) in trajectory.error.enumerated() {
            #expect(error.isApproximatelyEqual(to: trajectory.snapshots[t + 1].box.l1Distance(to: trajectory.target), absoluteTolerance: 1e-15))
        }
    }

    @Test func rejectsBadStarts() {
        #expect(throws: SimulationError.self) {
            try RegressionTrajectory(direction: ReferenceDirection(.iou),
                                     start: CentreFormBox(cx: 0, cy: 0, w: -1, h: 1),
                                     target: CentreFormBox(cx: 0, cy: 0, w: 1, h: 1),
                                     iterations: 3, schedule: .constant(0.1))
        }
        #expect(throws: SimulationError.nonPositiveIterations(0)) {
            try RegressionTrajectory(direction: ReferenceDirection(.iou),
                                     start: CentreFormBox(cx: 0, cy: 0, w: 1, h: 1),
                                     target: CentreFormBox(cx: 0, cy: 0, w: 1, h: 1),
                                     iterations: 0, schedule: .constant(0.1))
        }
    }
}
