// swift-tools-version:6.0
import PackageDescription

// The benchmark's in-process timer of Guanxi (release; never a test, never in the main
// build). Run everything with `bash Benchmarks/run.sh`; this executable alone:
//   swift run -c release --package-path Benchmarks GuanxiBench CITY_DIR --runs 5 --out DIR
let package = Package(
    name: "GuanxiBenchmarks",
    dependencies: [.package(name: "Guanxi", path: "..")],
    targets: [
        .executableTarget(name: "GuanxiBench", dependencies: [
            .product(name: "Guanxi", package: "Guanxi"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
