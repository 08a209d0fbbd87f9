import ArgumentParser
import LossvizCairo
import Foundation
import LossvizIO
import LossvizPlot

/// The output options every drawing command shares: `--output` (a figure,
/// format from the extension), `--dpi` and `--data` (JSON, `-` for standard
/// output). Both files are written atomically and together: neither is
/// replaced unless both are written.
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
            do { try AtomicFile.requireDirectory(of: path) } catch { throw OptionError(error.description) }
        }
    }

    /// Fails unless at least one of `--output` and `--data` is given.
    func requireSome() throws {
        guard output != nil || data != nil else {
            throw OptionError("nothing to write: give --output FILE (.png, .svg, .pdf) and/or --data FILE.json")
        }
    }

    /// Draws `figure()` into `--output` and writes `json()` to `--data`, each
    /// if given; both are made first, then written all or nothing.
    func write(figure: () throws -> Figure, json: () throws -> String) throws {
        var files: [(path: String, bytes: Data)] = []
        if let output {
            let url = URL(fileURLWithPath: output)
            files.append((output, try CairoRenderer.render(try figure(), format: try OutputFormat(url: url), dpi: dpi)))
        }
        if let data { files.append((data, Data(try json().utf8))) }
        try AtomicFile.write(files)
    }
}
