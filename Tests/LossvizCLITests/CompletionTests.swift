import Foundation
import LossvizFigures
import LossvizLosses
import Testing

/// Shell completion (docs/cli.md, "Shell completion"): the scripts complete
/// loss names, figure names, the values of `--over`, and file paths (by
/// extension) for the file options.
@Suite struct CompletionTests {
    static func script(_ shell: String) throws -> String {
        let run = try LossvizBinary.run(["--generate-completion-script", shell])
        #expect(run.status == 0 && run.standardError.isEmpty, "\(run.standardError)")
        return run.standardOutput
    }

    /// The completion line that follows `case '--option')` in the bash script, for every occurrence.
    static func bashCompletions(of option: String, in script: String) -> [String] {
        let lines = script.split(separator: "\n").map(String.init)
        return lines.indices.filter { lines[$0].trimmingCharacters(in: .whitespaces) == "'\(option)')" }
            .compactMap { $0 + 1 < lines.count ? lines[$0 + 1] : nil }
    }

    @Test func bashCompletesLossesFiguresAndValues() throws {
        let bash = try Self.script("bash")
        let words = Set(bash.split(whereSeparator: { "'\n$ ".contains($0) }).map(String.init))
        for name in LossCatalogue.names + FigureCatalog.names + AnimatedFigureCatalog.names {
            #expect(words.contains(name), "the bash script does not offer \(name)")
        }
        #expect(Self.bashCompletions(of: "--over", in: bash).contains { $0.contains("'offset'") && $0.contains("'scale-aspect'") })
        #expect(Self.bashCompletions(of: "--style", in: bash).contains { $0.contains("'slides'") })
        #expect(Self.bashCompletions(of: "--gradient", in: bash).contains { $0.contains("'reference'") })
    }

    @Test func bashCompletesFilePathsForFileOptions() throws {
        let bash = try Self.script("bash")
        let expected: [(option: String, pattern: String)] = [
            ("--input", "!*.@(csv)"), ("--output", "!*.@(png|svg|pdf)"), ("--data", "!*.@(json)"),
            ("--anchors", "!*.@(csv)"), ("--output-dir", "-d"),
        ]
        for (option, pattern) in expected {
            let completions = Self.bashCompletions(of: option, in: bash)
            #expect(!completions.isEmpty, "\(option) has no completion")
            #expect(completions.contains { $0.contains(pattern) }, "\(option): \(completions)")
        }
        #expect(Self.bashCompletions(of: "--output", in: bash).contains { $0.contains("!*.@(svg|gif)") }, "animate --output")
    }

    @Test(arguments: ["zsh", "fish"])
    func otherShellsOfferTheNamesToo(shell: String) throws {
        let script = try Self.script(shell)
        #expect(script.contains("smooth-l1") && script.contains("giou-degenerates") && script.contains("scale-aspect"))
    }
}
