import ArgumentParser
import LossvizFigures
import LossvizLosses
import LossvizIO

extension Lossviz {
    /// `lossviz list losses|figures`: the names scripts and other commands accept.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the losses or the figures, one per line.",
            discussion: """
                `lossviz list losses` prints one loss name per line, in catalogue order
                (IoU family, UnitBox, element-wise, classification); with --details each
                line also gives the kind, a description and the options with defaults.
                `lossviz list figures` prints each figure's name and a one-line description;
                with --animated, the animated figures of `lossviz animate` instead.
                docs/losses.md and docs/figures.md describe them.

                Examples:
                  lossviz list losses
                  lossviz list losses --details
                  lossviz list figures
                  lossviz list figures --animated
                """
        )

        enum Subject: String, CaseIterable, ExpressibleByArgument {
            case losses
            case figures
        }

        @Argument(help: "What to list: losses or figures.")
        var subject: Subject

        @Flag(help: "For losses: also print kind, description and options with their defaults.")
        var details = false

        @Flag(help: "For figures: list the animated figures (lossviz animate NAME).")
        var animated = false

        func validate() throws {
            if animated && subject != .figures { throw ValidationError("--animated applies to `lossviz list figures` only") }
        }

        func run() throws {
            var lines: [String] = []
            switch subject {
            case .losses:
                for descriptor in LossCatalogue.descriptors {
                    guard details else {
                        lines.append(descriptor.name)
                        continue
                    }
                    let options = descriptor.parameters.map { "--\($0.name) \($0.defaultValue)" }.joined(separator: " ")
                    lines.append([descriptor.name, descriptor.kind.rawValue, descriptor.summary, options].joined(separator: "\t"))
                }
            case .figures where animated:
                for figure in AnimatedFigureCatalog.all {
                    lines.append("\(figure.name)  \(figure.summary)")
                }
            case .figures:
                for figure in FigureListing.entries {
                    lines.append("\(figure.name)  \(figure.summary)")
                }
            }
            try StandardStreams.write(lines.map { $0 + "\n" }.joined())
        }
    }
}
