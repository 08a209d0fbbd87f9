import ArgumentParser
import Foundation
import LossvizServer

extension Lossviz {
    /// `lossviz serve`: the interactive explorer in a browser; the work is
    /// `ExplorerServer`'s.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The interactive explorer: drag a box, watch the losses, play regressions (a local web page).",
            discussion: """
                Serves one page and a JSON API on --host:--port (default 127.0.0.1:8750;
                --port 0 picks a free port). The page needs nothing from the internet.
                Drag the predicted box (or its corners, to resize) against the target:
                every chosen loss's value and its negative gradient on the box edges
                update as you move, and the loss field of one loss around the box is
                redrawn. The player steps or plays a regression from the current box under
                each loss (optimiser, learning rate, speed); export draws the current view
                as PNG, SVG or PDF; the URL holds the whole state, so a copied link
                restores it. Ctrl-C stops the server (exit 0); a port in use is exit 1.

                API (GET; numbers as `lossviz eval` and `lossviz field` compute and draw them):
                  /api/losses
                    -> [{"name", "kind", "parameters": {...}, "display_name", "color",
                         "reference_gradient"}]
                  /api/eval?loss=giou&pred=x1,y1,x2,y2&target=x1,y1,x2,y2
                      [&gradient=reference][&PARAM=V]
                    -> {"loss": L, "gradient": [d_x1, d_y1, d_x2, d_y2]}
                  /api/field.png|.svg|.pdf?losses=iou,giou&over=offset|scale-aspect
                      &target=cx,cy,w,h&size=w,h&range=-3:3&resolution=N
                      &gradient=autograd|reference&overlay=arrows|streamlines&dpi=72
                      [&mark=x,y]
                    -> the picture `lossviz field` draws (mark: a dot at grid point x,y)
                  /api/trajectory?loss=diou&anchor=cx,cy,w,h&target=cx,cy,w,h
                      &iterations=N[&optimiser=sgd|adam][&lr=0.1]
                      [&gradient=autograd|reference]
                    -> {"loss", "boxes": [[cx,cy,w,h], ...] (start first), "error": [...]}
                  /api/view.png|.svg|.pdf?losses=giou,diou&pred=x1,y1,x2,y2
                      &target=x1,y1,x2,y2[&trajectory=1&iterations=N&optimiser=&lr=]
                    -> the current view as a figure
                A bad parameter gets 400 and {"error": "..."} naming it; resolution <=
                1000, iterations <= 10000.

                Examples:
                  lossviz serve --open
                  lossviz serve --port 9000
                  curl 'http://127.0.0.1:8750/api/eval?loss=giou&pred=0,0,2,2&target=1,1,3,3'
                  curl -o f.png '127.0.0.1:8750/api/field.png?losses=iou,giou&resolution=200'
                """
        )

        @Option(help: "Address to listen on (127.0.0.1: this computer only).")
        var host = "127.0.0.1"

        @Option(help: "Port to listen on (0: any free port).")
        var port: Int = 8750

        @Flag(help: "Open the page in the default browser (xdg-open).")
        var open = false

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, got \(port)") }
        }

        func run() async throws {
            signal(SIGPIPE, SIG_IGN)
            let server = ExplorerServer(host: host, port: UInt16(port))
            let stop = ShutdownSignal()
            let open = self.open
            do {
                try await server.run(until: stop) { url in
                    FileHandle.standardOutput.write(Data("lossviz serve: \(url) (Ctrl-C to stop)\n".utf8))
                    if open { Self.openBrowser(url) }
                }
            } catch let failure as ExplorerServer.Failure {
                throw failure.isUsage ? ValidationError(failure.description) : failure
            }
        }

        /// Opens `url` with `xdg-open`; says so when it cannot.
        static func openBrowser(_ url: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["xdg-open", url]
            do {
                try process.run()
            } catch {
                FileHandle.standardError.write(Data("lossviz serve: cannot open a browser (\(error)); open \(url) yourself\n".utf8))
            }
        }
    }
}

extension ExplorerServer.Failure {
    /// Whether the failure is a bad option (exit 64) rather than a run-time one (exit 1).
    var isUsage: Bool {
        if case .badHost = self { return true }
        return false
    }
}
