// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Guanxi",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Guanxi", targets: ["Guanxi"]),
        .executable(name: "guanxi", targets: ["guanxi"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Layer 1: the model, vocabulary and diagnostics.
        .target(name: "TrustModel"),
        // Layer 4: readers and writers.
        .target(name: "Formats", dependencies: ["TrustModel"]),
        // Layer 5: Graphviz's C library (libgvc) and the diagrams drawn with it.
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        .target(name: "Diagrams", dependencies: ["TrustModel", "CGraphviz"]),
        // The public face: re-exports the layers.
        .target(name: "Guanxi", dependencies: ["TrustModel", "Formats", "Diagrams"]),
        // Layer 7: the command line, a thin layer over `Guanxi`.
        .target(name: "GuanxiCLI", dependencies: [
            "Guanxi",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "guanxi", dependencies: ["GuanxiCLI"]),
        .testTarget(name: "TrustModelTests", dependencies: ["TrustModel"]),
        // Fixtures are read through #filePath, so the tests see the files as committed.
        .testTarget(name: "FormatsTests", dependencies: ["Formats", "TrustModel"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "GuanxiCLITests", dependencies: ["GuanxiCLI", "Guanxi"]),
        // Golden DOT files are read through #filePath, like the fixtures above.
        .testTarget(name: "DiagramsTests", dependencies: ["Diagrams", "Guanxi", "TrustModel"],
                    exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
