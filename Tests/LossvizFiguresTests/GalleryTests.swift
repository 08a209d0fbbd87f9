import Foundation
@testable import LossvizFigures
import LossvizTestSupport
import Testing

/// The gallery writer: deterministic files, and `check` naming the figures
/// whose committed files no longer match what the recipes draw.
@Suite struct GalleryTests {
    let gallery = Gallery(recipes: [GIoUDegeneratesFigure(), FocalLossFigure()], formats: [.png, .svg])

    @Test func writingTwiceGivesIdenticalFilesAndCheckPasses() throws {
        let first = try temporaryDirectory("gallery"), second = try temporaryDirectory("gallery")
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        try gallery.write(to: first)
        try gallery.write(to: second)
        for name in gallery.fileNames {
            let a = FileManager.default.contents(atPath: first.appendingPathComponent(name).path)
            #expect(a != nil && a == FileManager.default.contents(atPath: second.appendingPathComponent(name).path), "\(name)")
        }
        try gallery.check(against: first)
        let readme = try String(contentsOf: first.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("![") && readme.contains("giou-degenerates.png") && readme.contains("lossviz figure focal-loss"))
    }

    @Test func checkNamesTheFigureWhoseFileChanged() throws {
        let directory = try temporaryDirectory("gallery")
        defer { try? FileManager.default.removeItem(at: directory) }
        try gallery.write(to: directory)
        try Data("not the figure".utf8).write(to: directory.appendingPathComponent("focal-loss.svg"))
        do {
            try gallery.check(against: directory)
            Issue.record("check passed on a changed gallery")
        } catch let FigureError.galleryOutOfDate(figures, files) {
            #expect(figures == ["focal-loss"])
            #expect(files == ["focal-loss.svg"])
        }
    }

    @Test func checkNamesAMissingFigure() throws {
        let directory = try temporaryDirectory("gallery")
        defer { try? FileManager.default.removeItem(at: directory) }
        try Gallery(recipes: [GIoUDegeneratesFigure()], formats: [.png]).write(to: directory)
        #expect(throws: FigureError.self) { try Gallery(recipes: [GIoUDegeneratesFigure(), FocalLossFigure()], formats: [.png]).check(against: directory) }
    }
}
