// swift-tools-version:6.0
// lossviz: the losses of object detection, made visible.
import PackageDescription

let package = Package(
    name: "lossviz",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lossviz", targets: ["lossviz"]),
        .library(name: "Losses", targets: ["Losses"]),
        .library(name: "Sweep", targets: ["Sweep"]),
        .library(name: "Plot", targets: ["Plot"]),
        .library(name: "CairoCanvas", targets: ["CairoCanvas"]),
        .library(name: "Figures", targets: ["Figures"]),
        .library(name: "LossvizIO", targets: ["LossvizIO"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // A small HTTP server on Swift concurrency and BSD sockets (no SwiftNIO), for `lossviz serve`.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Pure math: boxes, every loss with value and gradient.
        .target(name: "Losses"),
        // Grids, loss/gradient fields and the box-regression simulator.
        .target(name: "Sweep", dependencies: ["Losses"]),
        // The figure model; draws only through the Canvas protocol.
        .target(name: "Plot"),
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
        .target(name: "CairoCanvas", dependencies: ["Plot", "CCairo", "CPangoCairo", "CZlib", "CGIF"]),
        // Every read and write: the streaming CSV reader, the JSON writer, atomic
        // files, standard streams, the report encoders and the eval frontend.
        .target(name: "LossvizIO", dependencies: ["Losses", "Sweep"]),
        // One recipe per figure of the catalogue, the registry, the gallery.
        .target(name: "Figures", dependencies: ["Losses", "Sweep", "Plot", "CairoCanvas", "LossvizIO"]),
        // `lossviz serve`: the interactive explorer's HTTP server, JSON API and page.
        .target(
            name: "LossvizServer",
            dependencies: ["Losses", "Sweep", "Plot", "CairoCanvas", "Figures", "LossvizIO", .product(name: "FlyingFox", package: "FlyingFox")],
            resources: [.copy("Page")]
        ),
        // The command line.
        .executableTarget(
            name: "lossviz",
            dependencies: [
                "Losses", "Sweep", "Plot", "CairoCanvas", "Figures", "LossvizIO", "LossvizServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The lossviz side of the benchmarks (Benchmarks/run compares it with a peer).
        .executableTarget(
            name: "lossviz-bench",
            dependencies: ["Losses", "Sweep", "Plot", "CairoCanvas", "Figures", "LossvizIO", "LossvizServer"],
            path: "Benchmarks/Sources"
        ),
        .testTarget(name: "LossesTests", dependencies: ["Losses"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SweepTests", dependencies: ["Sweep", "Losses"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PlotTests", dependencies: ["Plot"]),
        .testTarget(name: "CairoCanvasTests", dependencies: ["CairoCanvas", "Plot"], resources: [.copy("Golden")]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "Losses", "Sweep", "Plot"]),
        .testTarget(name: "LossvizIOTests", dependencies: ["LossvizIO", "Losses", "Sweep"]),
        .testTarget(name: "LossvizCLITests", dependencies: ["lossviz"]),
    ]
)
