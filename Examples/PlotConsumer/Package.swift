// swift-tools-version:6.0
// A package that uses lossviz's libraries beside JohnSundell/Plot, whose
// module is also called `Plot`: it builds because every lossviz module has a
// name of its own (LossvizPlot, LossvizLosses, ...). CI builds it.
import PackageDescription

let package = Package(
    name: "PlotConsumer",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "lossviz", path: "../.."),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
    ],
    targets: [
        .executableTarget(
            name: "PlotConsumer",
            dependencies: [
                .product(name: "LossvizLosses", package: "lossviz"),
                .product(name: "LossvizPlot", package: "lossviz"),
                .product(name: "Plot", package: "Plot"),
            ]
        ),
    ]
)
