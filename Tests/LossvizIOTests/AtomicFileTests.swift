import Foundation
import LossvizIO
import LossvizTestSupport
import Testing

/// Atomic writes (docs/cli.md, "Exit status"): all or nothing across files,
/// permissions kept, links and devices written through, directories refused.
@Suite struct AtomicFileTests {
    /// A new temporary folder holding `name` with the text `OLD`, and that file's path.
    static func folder(with name: String) throws -> (directory: URL, path: String) {
        let directory = try temporaryDirectory("io")
        let path = directory.appendingPathComponent(name).path
        try "OLD\n".write(toFile: path, atomically: false, encoding: .utf8)
        return (directory, path)
    }

    @Test func aFailingFileReplacesNoneOfTheOthers() throws {
        let (directory, figure) = try Self.folder(with: "out.svg")
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = directory.appendingPathComponent("d.json").path
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: false)
        #expect(throws: OutputError(destination: data, reason: "it is a directory")) {
            try AtomicFile.write([(figure, Data("NEW\n".utf8)), (data, Data("{}\n".utf8))])
        }
        #expect(try String(contentsOfFile: figure, encoding: .utf8) == "OLD\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["d.json", "out.svg"])
    }

    @Test func anExistingFileKeepsItsPermissions() throws {
        let (directory, path) = try Self.folder(with: "out.csv")
        defer { try? FileManager.default.removeItem(at: directory) }
        chmod(path, 0o600)
        try AtomicFile.write("NEW\n", to: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "NEW\n")
    }

    @Test func aSymbolicLinkIsWrittenThroughToItsTarget() throws {
        let (directory, target) = try Self.folder(with: "target.csv")
        defer { try? FileManager.default.removeItem(at: directory) }
        let link = directory.appendingPathComponent("link.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.csv")
        try AtomicFile.write("NEW\n", to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.csv")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "NEW\n")
    }

    @Test func aDeviceIsWrittenThroughNotReplaced() throws {
        let directory = try temporaryDirectory("io")
        defer { try? FileManager.default.removeItem(at: directory) }
        let device = directory.appendingPathComponent("dev.csv").path
        guard mknod(device, S_IFCHR | 0o666, (1 << 8) | 3) == 0 else { return }  // 1,3: /dev/null; needs root
        try AtomicFile.write("rows\n", to: device)
        var status = stat()
        #expect(stat(device, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        #expect(throws: OutputError.self) { try AtomicFile.write("rows\n", to: "/dev/full") }
    }

    @Test func aMissingDirectoryIsNamed() {
        #expect(throws: OutputError(destination: "/nonexistent-lossviz/x.csv", reason: "directory /nonexistent-lossviz does not exist")) {
            try AtomicFile.write("x\n", to: "/nonexistent-lossviz/x.csv")
        }
    }
}
