import Foundation
import Testing

/// `lossviz simulate`'s custom-protocol options: radius, constant step, Adam.
@Suite struct SimulateOptionsTests {
    @Test func customProtocolIsRunAndRecorded() throws {
        let run = try LossvizBinary.run(["simulate", "--losses", "diou", "--gradient", "autograd", "--points", "2",
                                         "--iterations", "4", "--radius", "1.5", "--step", "0.05",
                                         "--optimiser", "adam", "--data", "-"])
        #expect(run.status == 0, "\(run.standardError)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(document["steps"] as? [Double] == [0.05, 0.05, 0.05, 0.05])
        #expect((document["optimiser"] as? String)?.hasPrefix("adam") == true)
        let centres = try #require(document["anchor_centres"] as? [String: [Double]])
        for (x, y) in zip(centres["x"] ?? [], centres["y"] ?? []) {
            #expect(((x - 10) * (x - 10) + (y - 10) * (y - 10)).squareRoot() <= 1.5 + 1e-12)
        }
    }

    @Test(arguments: [["--radius=-1"], ["--step", "0"], ["--optimiser", "rmsprop"]])
    func badOptionsAreRejected(arguments: [String]) throws {
        let run = try LossvizBinary.run(["simulate", "--points", "1", "--iterations", "1"] + arguments)
        #expect(run.status != 0)
        #expect(!run.standardError.isEmpty)
    }
}
