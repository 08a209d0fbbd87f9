// swift-tools-version:6.0
// lossviz: the losses of object detection, made visible.
import PackageDescription

let package = Package(
    name: "lossviz",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lossviz", targets: ["lossviz"]),
        .library(name: "LossvizLosses", targets: ["LossvizLosses"]),
        .library(name: "LossvizSweep", targets: ["LossvizSweep"]),
        .library(name: "LossvizPlot", targets: ["LossvizPlot"]),
        .library(name: "LossvizCairo", targets: ["LossvizCairo"]),
        .library(name: "LossvizFigures", targets: ["LossvizFigures"]),
        .library(name: "LossvizIO", targets: ["LossvizIO"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // A small HTTP server on Swift concurrency and BSD sockets (no SwiftNIO), for `lossviz serve`.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Pure math: boxes, every loss with value and gradient.
        .target(name: "LossvizLosses"),
        // Grids, loss/gradient fields and the box-regression simulator.
        .target(name: "LossvizSweep", dependencies: ["LossvizLosses"]),
        // The figure model; draws only through the Canvas protocol.
        .target(name: "LossvizPlot"),
        // The system Cairo library.
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        // Pango on Cairo: text shaping, font fallback, markup.
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"])]
        ),
        // zlib, for the CRCs of the PNG metadata chunks.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The system giflib (GIF encoding and its median-cut quantiser).
        .systemLibrary(
            name: "CGIF",
            providers: [.apt(["libgif-dev"])]
        ),
        // Canvas on Cairo: PNG, SVG, PDF, text through Pango; animations as SVG and GIF.
        .target(name: "LossvizCairo", dependencies: ["LossvizPlot", "CCairo", "CPangoCairo", "CZlib", "CGIF"]),
        // Every read and write: the streaming CSV reader, the JSON writer, atomic
        // files, standard streams, the report encoders and the eval frontend.
        .target(name: "LossvizIO", dependencies: ["LossvizLosses", "LossvizSweep"]),
        // One recipe per figure of the catalogue, the registry, the gallery.
        .target(name: "LossvizFigures", dependencies: ["LossvizLosses", "LossvizSweep", "LossvizPlot", "LossvizCairo", "LossvizIO"]),
        // `lossviz serve`: the interactive explorer's HTTP server, JSON API and page.
        .target(
            name: "LossvizServer",
            dependencies: ["LossvizLosses", "LossvizSweep", "LossvizPlot", "LossvizCairo", "LossvizFigures", "LossvizIO", .product(name: "FlyingFox", package: "FlyingFox")],
            resources: [.copy("Page")]
        ),
        // The command line.
        .executableTarget(
            name: "lossviz",
            dependencies: [
                "LossvizLosses", "LossvizSweep", "LossvizPlot", "LossvizCairo", "LossvizFigures", "LossvizIO", "LossvizServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The lossviz side of the benchmarks (Benchmarks/run compares it with a peer).
        .executableTarget(
            name: "lossviz-bench",
            dependencies: ["LossvizLosses", "LossvizSweep", "LossvizPlot", "LossvizCairo", "LossvizFigures", "LossvizIO", "LossvizServer"],
            path: "Benchmarks/Sources"
        ),
        // What the test targets share: temporary directories, the seeded generator,
        // approximate equality.
        .target(name: "LossvizTestSupport", path: "Tests/LossvizTestSupport"),
        .testTarget(name: "LossvizLossesTests", dependencies: ["LossvizLosses", "LossvizTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LossvizSweepTests", dependencies: ["LossvizSweep", "LossvizLosses", "LossvizTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LossvizPlotTests", dependencies: ["LossvizPlot", "LossvizTestSupport"]),
        .testTarget(name: "LossvizCairoTests", dependencies: ["LossvizCairo", "LossvizPlot", "LossvizFigures", "LossvizTestSupport"], resources: [.copy("Golden")]),
        .testTarget(name: "LossvizFiguresTests", dependencies: ["LossvizFigures", "LossvizLosses", "LossvizSweep", "LossvizPlot", "LossvizCairo", "LossvizTestSupport"]),
        .testTarget(name: "LossvizIOTests", dependencies: ["LossvizIO", "LossvizLosses", "LossvizSweep", "LossvizTestSupport"]),
        .testTarget(name: "LossvizCLITests", dependencies: ["lossviz", "LossvizTestSupport"]),
    ]
)
