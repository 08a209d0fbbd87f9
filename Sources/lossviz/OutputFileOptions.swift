import ArgumentParser
import CairoCanvas
import Foundation
import Plot

/// The output options every drawing command shares: `--output` (a figure,
/// format from the extension), `--dpi` and `--data` (JSON, `-` for standard
/// output). Both files are written atomically.
struct OutputFileOptions: ParsableArguments {
    @Option(help: "Figure to draw (.png, .svg or .pdf).")
    var output: String?

    @Option(help: "Raster resolution of a PNG --output, in dots per inch.")
    var dpi: Double = 150

    @Option(help: "JSON file for the numbers, or - for standard output.")
    var data: String?

    /// Checked while parsing, before any (possibly long) computation: the
    /// resolution, the figure's file extension and that both destinations'
    /// directories exist (so a bad --data cannot fail after --output was written).
    func validate() throws {
        guard dpi > 0, dpi <= 2400 else { throw OptionError("--dpi must be in (0, 2400], got \(dpi)") }
        if let output {
            do { _ = try OutputFormat(url: URL(fileURLWithPath: output)) } catch { throw OptionError(error.description) }
        }
        try Self.requireDirectories(of: [output, data])
    }

    /// Fails, naming the path, unless the directory of each given path (other than `-`) exists.
    static func requireDirectories(of paths: [String?]) throws {
        for path in paths.compactMap({ $0 }) where path != "-" {
            do { try AtomicFile.requireDirectory(of: URL(fileURLWithPath: path)) } catch { throw OptionError(error.description) }
        }
    }

    /// Fails unless at least one of `--output` and `--data` is given.
    func requireSome() throws {
        guard output != nil || data != nil else {
            throw OptionError("nothing to write: give --output FILE (.png, .svg, .pdf) and/or --data FILE.json")
        }
    }

    /// Draws `figure()` into `--output`, if given.
    func writeFigure(_ figure: () throws -> Figure) throws {
        guard let output else { return }
        try CairoRenderer.write(try figure(), to: URL(fileURLWithPath: output), dpi: dpi)
    }

    /// Writes `json()` to `--data`, if given.
    func writeData(_ json: () throws -> String) throws {
        guard let data else { return }
        try AtomicFileWriter.write(try json(), to: data)
    }
}
