// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsGraph", targets: ["NewsGraph"]),
        .library(name: "NewsGraphRendering", targets: ["NewsGraphRendering"]),
        .executable(name: "newsgraph", targets: ["newsgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // System libraries: a module map and a shim header each; pkg-config supplies the flags.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // zlib, to read .gz inputs.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),

        // ICU's sentence break iterator behind a one-function C interface (needs libicu-dev).
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc")]
        ),

        // Model, text, knowledge, extraction, merge and exporters. Knows nothing of Graphviz or the CLI.
        .target(
            name: "NewsGraph",
            dependencies: ["CICU", "CStemmer", "CZlib"],
            exclude: ["Knowledge/README.md"],
            resources: [.copy("Knowledge/Data"), .copy("Models"), .copy("Export/Briefing")]
        ),
        // Training of the learned models (syntax, names): not part of the product, used by
        // `newsgraph-train` and by the tests that check training is deterministic.
        .target(
            name: "NewsGraphTraining",
            dependencies: ["NewsGraph"]
        ),
        .executableTarget(
            name: "newsgraph-train",
            dependencies: [
                "NewsGraph",
                "NewsGraphTraining",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The only code that touches Graphviz.
        .target(
            name: "NewsGraphRendering",
            dependencies: ["NewsGraph", "CGraphviz"]
        ),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsGraph",
                "NewsGraphRendering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A small program showing the library API; built with the package, run by the tests' docs.
        .executableTarget(
            name: "LibraryExample",
            dependencies: ["NewsGraph", "NewsGraphRendering"],
            path: "Examples/LibraryExample"
        ),

        .testTarget(
            name: "NewsGraphTests",
            dependencies: ["NewsGraph"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NewsGraphTrainingTests",
            dependencies: ["NewsGraph", "NewsGraphTraining"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NewsGraphRenderingTests",
            dependencies: ["NewsGraph", "NewsGraphRendering"]
        ),
        // End-to-end tests of the command-line tool: they run the built `newsgraph` binary.
        .testTarget(
            name: "NewsGraphCLITests",
            dependencies: ["NewsGraph", "newsgraph"],
            // The browser check (Python, Selenium) and its hostile graph, run from the source tree.
            exclude: ["Browser/briefing_check.py", "Browser/hostile.json"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
