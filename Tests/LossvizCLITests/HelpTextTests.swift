import Foundation
import Testing

/// Every `--help` page fits 80 columns with each example command on lines of
/// its own, shows each default once, and documents its options' values.
@Suite struct HelpTextTests {
    static let commands: [[String]] = [[], ["list"], ["eval"], ["simulate"], ["curve"], ["field"], ["figure"],
                                       ["gallery"], ["serve"], ["animate"]]

    static func help(_ command: [String]) throws -> String {
        let run = try LossvizBinary.run(command + ["--help"])
        #expect(run.status == 0, "\(command)")
        return run.standardOutput
    }

    @Test(arguments: commands)
    func helpFitsEightyColumns(command: [String]) throws {
        for line in try Self.help(command).split(separator: "\n") where !line.hasPrefix("USAGE:") {
            #expect(line.count <= 80, "lossviz \(command.joined(separator: " ")) --help: \(line)")
        }
    }

    /// After "Examples:", every line starts a command or continues the one
    /// before it (which then ends with a backslash): none was wrapped.
    @Test(arguments: commands.filter { !$0.isEmpty })
    func examplesAreWholeCommands(command: [String]) throws {
        let lines = try Self.help(command).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: "Examples:") else {
            Issue.record("lossviz \(command[0]) --help has no examples")
            return
        }
        let examples = lines[(start + 1)...].prefix { !$0.isEmpty }
        #expect(!examples.isEmpty)
        var continues = false
        for line in examples {
            let starts = ["  lossviz ", "  printf ", "  curl ", "  swift "].contains { line.hasPrefix($0) }
            #expect(continues ? line.hasPrefix("    ") : starts, "lossviz \(command[0]) --help example: \(line)")
            continues = line.hasSuffix("\\")
        }
        #expect(!continues, "the last example of lossviz \(command[0]) --help ends with a backslash")
    }

    @Test(arguments: commands)
    func defaultsAreShownOnce(command: [String]) throws {
        let text = try Self.help(command).replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: #" +"#, with: " ", options: .regularExpression)
        #expect(text.range(of: #"\(default[^)]*\)\.? \(default"#, options: .regularExpression) == nil,
                "lossviz \(command.joined(separator: " ")) --help repeats a default")
    }

    @Test func threadsDefaultsToAllCoresOnce() throws {
        let text = try Self.help(["simulate"])
        #expect(text.contains("(default: all cores)") && !text.contains("(default: all cores). (default"))
    }

    @Test func typedOptionsListTheirValues() throws {
        let field = try Self.help(["field"])
        #expect(field.contains("values: offset, scale-aspect") && field.contains("values: png, svg, pdf"))
        #expect(try Self.help(["eval"]).contains("values: autograd, reference"))
        #expect(try Self.help(["animate"]).contains("values: svg, gif"))
    }

    @Test func helpNamesTheSizeGuardAndForce() throws {
        let field = try Self.help(["field"])
        #expect(field.contains("256 MiB") && field.contains("--force"))
    }
}
