import Foundation
import LossvizTestSupport
import Testing

/// `--style`, `--palette`, `--figsize`, `--font`, `--title`, `--transparent`
/// on the drawing commands: they take effect, and bad values are usage errors
/// (exit 64, one line, no file).
@Suite struct LookOptionsTests {

    @Test(arguments: [
        (["--style", "neon"], "--style must be one of paper, slides, dark"),
        (["--palette", "rainbow"], "--palette must be one of default, colorblind"),
        (["--figsize", "6.4"], "--figsize must be WxH"),
        (["--figsize", "0x3"], "--figsize must be WxH"),
        (["--figsize", "axb"], "--figsize must be WxH"),
        (["--font", ""], "--font must name one font family"),
        (["--font", "A, B"], "--font must name one font family"),
        (["--title", "$L_{IoU"], "--title: unbalanced '{'"),
        (["--title", "cost $x"], "--title: unbalanced '$'"),
    ])
    func badLookValuesAreUsageErrors(arguments: [String], message: String) throws {
        let directory = try temporaryDirectory("look")
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("c.png")
        let run = try LossvizBinary.run(["curve", "iou", "--samples", "11", "--output", output.path] + arguments)
        #expect(run.status == 64, "\(arguments): \(run.standardError)")
        #expect(run.standardError.split(separator: "\n").count == 1, "one line: \(run.standardError)")
        #expect(run.standardError.contains(message), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func missingFontFamilyFallsBackWithAWarning() throws {
        let directory = try temporaryDirectory("look")
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("c.svg")
        let run = try LossvizBinary.run(["curve", "iou", "--samples", "11", "--output", output.path, "--font", "No Such Sans 9"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("warning: font family 'No Such Sans 9' is not installed; using DejaVu Sans"))
        #expect(FileManager.default.fileExists(atPath: output.path))
    }

    @Test func chineseTitleFallsBackToACJKFontAndMathIsTypeset() throws {
        let directory = try temporaryDirectory("look")
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("t.pdf")
        let run = try LossvizBinary.run(["curve", "iou,giou", "--range", "-3:3", "--title", "交并比损失 $L_{IoU}$", "--output", pdf.path])
        #expect(run.status == 0, "\(run.standardError)")
        let fonts = try Self.tool("pdffonts", [pdf.path])
        #expect(fonts.contains("CJK"), "\(fonts)")
        let text = try Self.tool("pdftotext", [pdf.path, "-"])
        #expect(text.contains("交并比损失 LIoU"), "\(text)")
    }

    @Test func styleFigsizeAndTransparentReachTheFile() throws {
        let directory = try temporaryDirectory("look")
        defer { try? FileManager.default.removeItem(at: directory) }
        let png = directory.appendingPathComponent("d.png")
        let run = try LossvizBinary.run(["figure", "giou-degenerates", "--style", "dark", "--palette", "colorblind",
                                         "--figsize", "5x2.5", "--dpi", "100", "--transparent", "--output", png.path])
        #expect(run.status == 0, "\(run.standardError)")
        let bytes = [UInt8](try Data(contentsOf: png))
        func be32(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(be32(16) == 500 && be32(20) == 250, "5 x 2.5 in at 100 dpi")
        #expect(bytes[25] == 6, "RGBA: transparent")
        let info = try Self.tool("pdfinfo", [try Self.pdf(of: "giou-degenerates", in: directory).path])
        #expect(info.split(separator: "\n").contains { $0.hasPrefix("Title:") && $0.hasSuffix(" giou-degenerates") }, "\(info)")
    }

    static func pdf(of figure: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent("\(figure).pdf")
        let run = try LossvizBinary.run(["figure", figure, "--output", url.path])
        #expect(run.status == 0, "\(run.standardError)")
        return url
    }

    static func tool(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
