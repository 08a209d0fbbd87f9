import Foundation
import Testing

/// Every document that lossviz points a reader at exists in the repository:
/// the files `--help` names, the files doc comments and messages in the
/// sources name, and the relative links of the README and of `docs/`. Nothing
/// points outside the repository (the project's specification is its input,
/// not its users' documentation).
@Suite struct DocumentationLinksTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Paths like `docs/losses.md`, `docs/man/lossviz.1` or `Gallery/README.md`
    /// mentioned in `text`.
    static func repositoryPaths(in text: String) -> Set<String> {
        let pattern = /(?:docs|Gallery|Benchmarks|Examples)\/[A-Za-z0-9_.\/-]*[A-Za-z0-9_]/
        // A path built by string interpolation (`"docs/man/lossviz.\\(command).1"`) is no path.
        return Set(text.matches(of: pattern).filter { !text[$0.range.upperBound...].hasPrefix(".\\(") }.map { String($0.output) })
    }

    /// The first name in `text` of one of the specification's files, which are
    /// not in the repository; nil if there is none.
    static func specificationName(in text: String) -> String? {
        text.firstMatch(of: /\b(?:LOSSES|SIMULATION|FIGURES|CLI|DESIGN)\.md\b|shared\/spec/).map { String($0.output) }
    }

    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: packageRoot.appendingPathComponent(path).path)
    }

    static func swiftSources() throws -> [URL] {
        var files: [URL] = []
        for folder in ["Sources", "Benchmarks/Sources", "Tests"] {
            let enumerator = FileManager.default.enumerator(at: packageRoot.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if url.pathExtension == "swift" || url.pathExtension == "py" { files.append(url) }
            }
        }
        return files
    }

    @Test func everyHelpPagePointsAtDocumentsThatExist() throws {
        let commands: [[String]] = [[], ["list"], ["eval"], ["simulate"], ["curve"], ["field"], ["figure"],
                                    ["gallery"], ["serve"], ["animate"]]
        for command in commands {
            let run = try LossvizBinary.run(command + ["--help"])
            #expect(run.status == 0, "lossviz \(command) --help")
            for path in Self.repositoryPaths(in: run.standardOutput) {
                #expect(Self.exists(path), "`lossviz \(command.joined(separator: " ")) --help` names \(path), which is not in the repository")
            }
            let outside = Self.specificationName(in: run.standardOutput)
            #expect(outside == nil, "`lossviz \(command.joined(separator: " ")) --help` names \(outside ?? ""), which is not in the repository")
        }
    }

    @Test func everyDocumentTheSourcesNameExists() throws {
        let thisFile = URL(fileURLWithPath: #filePath).lastPathComponent
        for file in try Self.swiftSources() where file.lastPathComponent != thisFile {
            let text = try String(contentsOf: file, encoding: .utf8)
            for path in Self.repositoryPaths(in: text) {
                #expect(Self.exists(path), "\(file.lastPathComponent) names \(path), which is not in the repository")
            }
            let outside = Self.specificationName(in: text)
            #expect(outside == nil, "\(file.lastPathComponent) names \(outside ?? ""), which is not in the repository")
        }
    }

    @Test func everyRelativeLinkOfTheDocumentationResolves() throws {
        var documents = [Self.packageRoot.appendingPathComponent("README.md")]
        let docs = Self.packageRoot.appendingPathComponent("docs")
        for name in try FileManager.default.contentsOfDirectory(atPath: docs.path) where name.hasSuffix(".md") {
            documents.append(docs.appendingPathComponent(name))
        }
        #expect(documents.count >= 6, "README.md and the five documents of docs/")
        for document in documents {
            let text = try String(contentsOf: document, encoding: .utf8)
            for match in text.matches(of: /\]\(([^)#\s]+)(?:#[^)]*)?\)/) {
                let target = String(match.output.1)
                if target.contains("://") || target.hasPrefix("mailto:") { continue }
                let resolved = document.deletingLastPathComponent().appendingPathComponent(target)
                #expect(FileManager.default.fileExists(atPath: resolved.path),
                        "\(document.lastPathComponent) links to \(target), which does not exist")
            }
            let outside = Self.specificationName(in: text)
            #expect(outside == nil, "\(document.lastPathComponent) names \(outside ?? ""), which is not in the repository")
        }
    }

    @Test func theFigureCatalogueDocumentsEveryFigure() throws {
        let listing = try LossvizBinary.run(["list", "figures"])
        #expect(listing.status == 0)
        let names = Set(listing.standardOutput.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
        let text = try String(contentsOf: Self.packageRoot.appendingPathComponent("docs/figures.md"), encoding: .utf8)
        let documented = Set(text.matches(of: /^\| `([a-z0-9-]+)` \|/.anchorsMatchLineEndings()).map { String($0.output.1) })
        #expect(names.count >= 24)
        #expect(documented == names, "in docs/figures.md but not in the catalogue: \(documented.subtracting(names).sorted()); missing: \(names.subtracting(documented).sorted())")
    }
}
