// swift-tools-version:6.0
import PackageDescription

// Timings of the influence measures (run in release; never a test):
//   swift run -c release --package-path Benchmarks InfluenceBench [edges] [nodes]
let package = Package(
    name: "InfluenceBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(name: "InfluenceBench", dependencies: [
            .product(name: "GraphCore", package: "influence"),
            .product(name: "Analysis", package: "influence"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
