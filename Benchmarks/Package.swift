// swift-tools-version: 6.0
// Benchmarks for NewsGraph: a release-mode executable that times extraction and export through the
// library, driven side by side with spaCy, NetworkX and Graphviz's `dot` by run.sh.
// Its own package, so the main package's `swift build` / `swift test` (and CI) never build it.
import PackageDescription

let package = Package(
    name: "NewsGraphBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "NewsGraph", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "newsgraph-bench",
            dependencies: [.product(name: "NewsGraph", package: "NewsGraph")],
            path: "Sources/NewsGraphBenchmarks"
        ),
    ],
    swiftLanguageModes: [.v6]
)
