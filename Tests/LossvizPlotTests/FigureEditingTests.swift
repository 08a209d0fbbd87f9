import Foundation
import LossvizPlot
import LossvizTestSupport
import Testing

/// Editing a figure's panels: every edit through the subscript lands in the
/// figure, and copying a panel out (`var ax = fig[0]`, whose edits used to be
/// silently dropped) no longer compiles (`PanelEditor` is non-copyable).
@Suite struct FigureEditingTests {
    @Test func editsThroughTheSubscriptLandInTheFigure() {
        var fig = Figure()
        fig.grid(rows: 2, columns: 2)
        fig[0].line(x: [0, 1], y: [0, 1], label: "a")
        fig[0].xLabel = "x"
        fig[0].x.locator = .powersOfTwo
        fig[1, 1].heatmap(Grid2D(xs: [0, 1], ys: [0, 1], values: [0, 1, 1, 0]))
        fig[1, 1].title = "field"
        fig.axes.legend()
        #expect(fig.panels[0].marks.count == 1 && fig.panels[0].xLabel == "x" && fig.panels[0].x.locator == .powersOfTwo)
        #expect(fig.panels[0].legend != nil)
        #expect(fig.panels[3].marks.count == 1 && fig.panels[3].title == "field")
        // Reading through the subscript sees the same panel.
        #expect(fig[3].title == "field" && fig[0].marks.count == 1)
    }

    /// The former bug, as code: it must be rejected by the compiler, while the
    /// in-place form compiles. Runs `swiftc` on both against this build's modules.
    @Test func copyingAPanelOutOfAFigureDoesNotCompile() throws {
        let copyOut = """
            import LossvizPlot
            var fig = Figure()
            var ax = fig[0]
            ax.line(x: [0, 1], y: [0, 1])
            """
        let inPlace = """
            import LossvizPlot
            var fig = Figure()
            fig[0].line(x: [0, 1], y: [0, 1])
            fig[0].xLabel = "x"
            print(fig[0].marks.count)
            """
        let rejected = try Self.compile(copyOut)
        #expect(rejected.status != 0)
        #expect(rejected.output.contains("borrowed and cannot be consumed"), "\(rejected.output)")
        let accepted = try Self.compile(inPlace)
        #expect(accepted.status == 0, "\(accepted.output)")
    }

    /// Compiles `source` to SIL (where the ownership checks run) against the
    /// modules next to the test bundle; returns swiftc's status and messages.
    static func compile(_ source: String) throws -> (status: Int32, output: String) {
        let directory = try temporaryDirectory("figure-editing")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("main.swift")
        try source.write(to: file, atomically: true, encoding: .utf8)
        let modules = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("Modules")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc", "-emit-sil", "-o", "/dev/null", "-I", modules.path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
