import LossvizLosses
import Testing

@Suite struct ListCommandTests {
    @Test func listLossesPrintsTheCatalogueOneNamePerLine() throws {
        let run = try LossvizBinary.run(["list", "losses"])
        #expect(run.status == 0 && run.standardError.isEmpty)
        #expect(run.standardOutput == LossCatalogue.names.map { $0 + "\n" }.joined())
    }

    @Test func listLossesWithDetailsGivesKindAndOptions() throws {
        let run = try LossvizBinary.run(["list", "losses", "--details"])
        let ciou = run.standardOutput.split(separator: "\n").first { $0.hasPrefix("ciou\t") }
        #expect(run.status == 0)
        #expect(ciou?.contains("\tbox\t") == true && ciou?.contains("--alpha-gate false") == true)
    }

    @Test func listFiguresSucceeds() throws {
        let run = try LossvizBinary.run(["list", "figures"])
        #expect(run.status == 0 && run.standardError.isEmpty)
    }

    @Test func unknownSubjectFails() throws {
        let run = try LossvizBinary.run(["list", "colours"])
        #expect(run.status != 0 && run.standardError.contains("colours"))
    }

    @Test func versionAndHelpWork() throws {
        #expect(try LossvizBinary.run(["--version"]).status == 0)
        let help = try LossvizBinary.run(["eval", "--help"])
        #expect(help.status == 0 && help.standardOutput.contains("Examples") && help.standardOutput.contains("inf"))
    }
}
