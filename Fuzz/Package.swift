// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for Guanxi's readers, built apart from the main package (their build,
// with -sanitize=fuzzer,address, lives in Fuzz/.build). Run them with Scripts/fuzz.sh:
//   bash Scripts/fuzz.sh xlsx 600
// Each target feeds libFuzzer's inputs to one public reader of the Guanxi library, so a
// crash, a sanitizer report, a hang (-timeout) or memory past -rss_limit_mb is a finding.
let package = Package(
    name: "GuanxiFuzz",
    dependencies: [.package(name: "Guanxi", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "Guanxi", package: "Guanxi")]),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport", .product(name: "Guanxi", package: "Guanxi")]),
        .executableTarget(name: "FuzzJSON", dependencies: ["FuzzSupport", .product(name: "Guanxi", package: "Guanxi")]),
        .executableTarget(name: "FuzzXLSX", dependencies: ["FuzzSupport", .product(name: "Guanxi", package: "Guanxi")]),
        .executableTarget(name: "FuzzGraphML", dependencies: ["FuzzSupport", .product(name: "Guanxi", package: "Guanxi")]),
    ],
    swiftLanguageModes: [.v6]
)
