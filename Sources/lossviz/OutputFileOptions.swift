import ArgumentParser
import LossvizCairo
import Foundation
import LossvizIO
import LossvizPlot

/// The output options every drawing command shares: `--output` (a figure, its
/// format from the extension or `--format`; `-` for standard output), `--dpi`,
/// `--data` (JSON, `-` for standard output) and `--force`. Both files are
/// written atomically and together: neither is replaced unless both are written.
struct OutputFileOptions: ParsableArguments {
    @Option(help: "Figure to draw (.png, .svg or .pdf), or - for standard output (with --format).",
            completion: .file(extensions: OutputFormat.allCases.map(\.rawValue)))
    var output: String?

    @Option(help: "Format of --output when its extension cannot say (required with --output -).")
    var format: OutputFormat?

    @Option(help: "Raster resolution of a PNG --output, in dots per inch (1 to 2400).")
    var dpi: Double = 150

    @Option(help: "JSON file for the numbers, or - for standard output.", completion: .file(extensions: ["json"]))
    var data: String?

    @Flag(help: "Write --data even when it is estimated above \(OutputSizeGuard.limitDescription).")
    var force = false

    /// Checked while parsing, before any (possibly long) computation: the
    /// resolution, the figure's format, that at most one output is standard
    /// output, and that both destinations' directories exist (so a bad --data
    /// cannot fail after --output was written; a missing directory is a
    /// run-time failure, exit 1).
    func validate() throws {
        try UsageCheck.run {
            guard dpi >= 1, dpi <= 2400 else { throw ValidationError("--dpi must be from 1 to 2400, got \(dpi)") }
            if output != nil { _ = try outputFormat() }
            if output == "-" && data == "-" {
                throw ValidationError("--output - and --data - both write standard output; send one of them to a file")
            }
        }
        try Self.requireDirectories(of: [output, data])
    }

    /// The format of `--output`: `--format`, else the file's extension (the
    /// two may not disagree).
    func outputFormat() throws -> OutputFormat {
        try Self.format(format, of: output, byExtension: OutputFormat.init(url:))
    }

    /// The format of the file `output`: `format` when given, else the one its
    /// extension names (`byExtension`); the two may not disagree, and `-`
    /// (standard output, no extension) needs `format`. Shared by the figure
    /// and the animation formats.
    static func format<Format: RawRepresentable & CaseIterable & Equatable>(
        _ format: Format?, of output: String?, byExtension: (URL) throws -> Format
    ) throws -> Format where Format.RawValue == String {
        if let format {
            if let output, let named = Format(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()),
               named != format {
                throw ValidationError("--format \(format.rawValue) but --output \(output) is .\(named.rawValue); give one of them")
            }
            return format
        }
        guard let output, output != "-" else {
            throw ValidationError("--output - needs --format \(Format.allCases.map(\.rawValue).joined(separator: "|"))")
        }
        return try byExtension(URL(fileURLWithPath: output))
    }

    /// Fails, naming the path, unless the directory of each given path (other than `-`) exists.
    static func requireDirectories(of paths: [String?]) throws {
        for path in paths.compactMap({ $0 }) where path != "-" {
            try AtomicFile.requireDirectory(of: path)
        }
    }

    /// Fails unless at least one of `--output` and `--data` is given.
    func requireSome() throws {
        guard output != nil || data != nil else {
            throw ValidationError("nothing to write: give --output FILE (.png, .svg, .pdf) and/or --data FILE.json")
        }
    }

    /// Refuses, unless `--force`, a `--data` document estimated at more than
    /// `OutputSizeGuard.limit` bytes for `numbers` numbers.
    func requireModestData(numbers: Int) throws {
        guard data != nil, !force else { return }
        try OutputSizeGuard.check(numbers: numbers)
    }

    /// Whether the figure or the numbers go to standard output.
    var writesStandardOutput: Bool { output == "-" || data == "-" }

    /// Draws `figure()` into `--output` and writes `json()` to `--data`, each
    /// if given; both are made first, then written all or nothing.
    func write(figure: () throws -> Figure, json: () throws -> String) throws {
        var files: [(path: String, bytes: Data)] = []
        if let output {
            files.append((output, try CairoRenderer.render(try figure(), format: try outputFormat(), dpi: dpi)))
        }
        if let data { files.append((data, Data(try json().utf8))) }
        try AtomicFile.write(files)
    }
}

extension OutputFormat: ExpressibleByArgument {}
