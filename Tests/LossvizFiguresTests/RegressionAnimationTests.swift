import LossvizFigures
import LossvizLosses
import LossvizSweep
import Testing

/// The animated figures: frames sampled as documented, and each headline's
/// claim checked on the animation's own data.
@Suite struct RegressionAnimationTests {
    static func trajectories(_ name: String) throws -> [String: RegressionTrajectory] {
        let runs = try AnimatedFigureCatalog.entry(named: name).animation.trajectories()
        return Dictionary(uniqueKeysWithValues: runs.map { ($0.loss, $0) })
    }

    @Test func framesStartAtTheAnchorEndAtTheLastIterationAndHoldIt() throws {
        for entry in AnimatedFigureCatalog.all {
            let frames = entry.animation.frameIterations
            #expect(frames.first == 0 && frames.last == entry.animation.iterations, "\(entry.name)")
            #expect(frames.count <= entry.animation.maximumFrames && zip(frames, frames.dropFirst()).allSatisfy { $0 < $1 })
            let durations = entry.animation.frameDurations
            #expect(durations.count == frames.count && durations.last == entry.animation.hold)
        }
    }

    @Test func giouInflatesTheBoxAndDIoUMovesItStraightIn() throws {
        let runs = try Self.trajectories("giou-vs-diou-regression")
        let giou = try #require(runs["giou"]), diou = try #require(runs["diou"])
        let anchor = giou.snapshots[0].box
        #expect(giou.snapshots.map { $0.box.w * $0.box.h }.max()! > 4 * anchor.w * anchor.h)
        // DIoU's centre stays on the line from the anchor's centre to the target's.
        let target = diou.target
        for snapshot in diou.snapshots.prefix(60) {
            let cross = (snapshot.box.cx - anchor.cx) * (target.cy - anchor.cy) - (snapshot.box.cy - anchor.cy) * (target.cx - anchor.cx)
            #expect(abs(cross) < 1e-9)
        }
    }

    @Test func ciouGrowsBothSidesAsDIoUDoesAndEIoUFixesWidthAndHeightFastest() throws {
        let drift = try Self.trajectories("ciou-aspect-drift")
        let ciou = try #require(drift["ciou"]), diou = try #require(drift["diou"]), eiou = try #require(drift["eiou"])
        #expect(ciou.final.w > ciou.target.w + 0.3 && ciou.final.h > ciou.target.h + 0.3)
        // The control: DIoU alone grows both sides too (to 1.51 × 2.90).
        #expect(diou.final.w > diou.target.w + 0.3 && diou.final.h > diou.target.h + 0.3)
        let sizeError = { (run: RegressionTrajectory) in abs(run.final.w - run.target.w) + abs(run.final.h - run.target.h) }
        #expect(sizeError(eiou) < sizeError(ciou))
        let race = try Self.trajectories("eiou-vs-giou-ciou")
        let sizes = try ["giou", "ciou", "eiou"].map { sizeError(try #require(race[$0])) }
        #expect(sizes[2] < sizes[0] && sizes[2] < sizes[1])
    }
}
