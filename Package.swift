// swift-tools-version:6.0
import PackageDescription

// Built and tested on Linux (glibc): CI runs `Scripts/test.sh` there, and the system calls
// (Sources/Platform) and Graphviz's C library (libgvc) are wired for it. No Apple platform is
// claimed because none is built.
let package = Package(
    name: "Guanxi",
    products: [
        .library(name: "Guanxi", targets: ["Guanxi"]),
        .executable(name: "guanxi", targets: ["guanxi"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // XLSX is a ZIP archive; reading and writing ZIP by hand would be a liability.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Heap for Dijkstra and the gap searches.
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // Layer 0: every call into the C library (files, clocks, signals, iconv, zlib), in
        // one place; CSystem exports what Swift's Glibc module does not.
        .systemLibrary(name: "CSystem"),
        .target(name: "Platform", dependencies: ["CSystem"]),
        // Layer 1: the model, vocabulary and diagnostics.
        .target(name: "TrustModel", dependencies: ["Platform"]),
        // Layer 2: the compact graph (CSR), traversal, Dijkstra, components, cuts.
        .target(name: "GraphCore", dependencies: [
            "TrustModel",
            .product(name: "HeapModule", package: "swift-collections"),
        ]),
        // Layer 3: influence measures (Influence/) and gap findings (Gaps/).
        .target(name: "Analysis", dependencies: [
            "GraphCore", "Platform", "TrustModel",
            .product(name: "HeapModule", package: "swift-collections"),
        ]),
        // Layer 3½: the zh/en sentences and names of what Analysis finds (gap findings,
        // influence measures), phrased from typed facts in one place.
        .target(name: "Phrasing", dependencies: ["TrustModel", "Analysis"]),
        // Layer 4: readers and writers.
        .target(name: "Formats", dependencies: [
            "Platform", "TrustModel", "Analysis", "Phrasing",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Layer 5: Graphviz's C library (libgvc) and the diagrams drawn with it.
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        .target(name: "Diagrams", dependencies: ["TrustModel", "Analysis", "Phrasing", "Formats", "CGraphviz"]),
        // Layer 6: the station report (HTML and Markdown); diagrams arrive as SVG text.
        .target(name: "Reports", dependencies: ["TrustModel", "Analysis", "Phrasing"]),
        // The public face: re-exports the layers.
        .target(name: "Guanxi", dependencies: ["TrustModel", "GraphCore", "Analysis", "Phrasing", "Formats", "Diagrams", "Reports"]),
        // Layer 7: the command line, a thin layer over `Guanxi`.
        .target(name: "GuanxiCLI", dependencies: [
            "Guanxi", "Platform",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "guanxi", dependencies: ["GuanxiCLI", "Platform"]),
        .testTarget(name: "TrustModelTests", dependencies: ["TrustModel"]),
        // Fixtures are read through #filePath, so the tests see the files as committed.
        .testTarget(name: "FormatsTests", dependencies: [
                        "Formats", "TrustModel", "TestSupport",
                        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                    ],
                    exclude: ["Fixtures"]),
        // Where the repository is, the built `guanxi`, running a program: shared by the tests.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GuanxiCLITests", dependencies: ["GuanxiCLI", "Guanxi", "TestSupport"]),
        // The networkx oracle fixtures and random graphs, shared by the graph and analysis tests.
        .target(name: "OracleSupport", dependencies: ["GraphCore", "Analysis"], path: "Tests/OracleSupport"),
        .testTarget(name: "GraphCoreTests", dependencies: ["GraphCore", "OracleSupport"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "GraphCore", "Formats", "TrustModel", "OracleSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Analysis", "Formats", "TrustModel", "TestSupport"]),
        .testTarget(name: "GapsTests", dependencies: ["Analysis", "Phrasing", "Formats", "TrustModel", "TestSupport"],
                    exclude: ["Fixtures"]),
        // Quarter-to-quarter comparison and partner surveys; fixtures read through #filePath.
        .testTarget(name: "ChangeTests", dependencies: [
                        "Guanxi", "Formats", "TestSupport",
                        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                    ],
                    exclude: ["Fixtures"]),
        // Golden DOT files are read through #filePath, like the fixtures above.
        .testTarget(name: "DiagramsTests", dependencies: ["Diagrams", "Guanxi", "TrustModel", "TestSupport"],
                    exclude: ["Golden", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
