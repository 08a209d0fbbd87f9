@testable import LossvizFigures
import LossvizLosses
import LossvizSweep
import Synchronization
import Testing

/// The simulations behind the simulation figures report how far they are
/// through the figure context (what `lossviz figure` draws as its bar).
@Suite struct FigureContextProgressTests {
    @Test func simulationsReportEachStageUpToItsTotal() throws {
        let reports = Mutex<[String: [(done: Int, total: Int)]]>([:])
        let context = FigureContext { stage, done, total in reports.withLock { $0[stage, default: []].append((done, total)) } }
        let runs = SimulationRuns(reference: .diou1715k(points: 8, iterations: 5), autogradPoints: 4)
        _ = try runs.referenceResults(in: context)
        _ = try runs.autogradResults(in: context)
        let stages = reports.withLock { $0 }
        #expect(Set(stages.keys) == ["reference gradients", "true gradients"])
        for (stage, calls) in stages {
            let total = try #require(calls.first?.total)
            #expect(calls.allSatisfy { $0.total == total }, "\(stage)")
            #expect(zip(calls, calls.dropFirst()).allSatisfy { $0.done <= $1.done }, "\(stage) goes back")
            #expect(calls.last?.done == total, "\(stage) ends at \(calls.last?.done ?? 0) of \(total)")
        }
        #expect(stages["reference gradients"]?.first?.total == ReferenceLoss.allCases.count * 8 * 343)
        #expect(stages["true gradients"]?.first?.total == SimulationRuns.autogradLosses.count * 4 * 343)
    }

    @Test func aContextWithoutListenerHearsNothing() throws {
        #expect(FigureContext().progress == nil)
    }
}
