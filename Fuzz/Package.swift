// swift-tools-version: 6.0
// libFuzzer targets over NewsGraph's text → graph → every encoder path, datasets and graph files. Outside the main build:
// `swift build` and `swift test` at the top level never see it. See README.md.
import PackageDescription

let package = Package(
    name: "NewsGraphFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "NewsGraph", path: ".."),
    ],
    targets: [
        // The entry point SwiftPM expects of an executable target, handing over to libFuzzer.
        .target(name: "CFuzzerMain"),
        // Invariants and encoder checks shared by the targets.
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "NewsGraph", package: "NewsGraph"),
                .product(name: "NewsGraphRendering", package: "NewsGraph"),
            ]
        ),
        // Built with `-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library` (see fuzz.sh),
        // which instruments NewsGraph too and links libFuzzer.
        // Articles: bytes → documents → graph → every encoder.
        .executableTarget(
            name: "FuzzPipeline",
            dependencies: ["CFuzzerMain", "FuzzSupport", .product(name: "NewsGraph", package: "NewsGraph")]
        ),
        // Datasets, as `newsgraph build` reads them: bytes → JSON Lines, JSON, CSV, TSV, gzip
        // readers → documents → graph → every encoder.
        .executableTarget(
            name: "FuzzDatasets",
            dependencies: ["CFuzzerMain", "FuzzSupport", .product(name: "NewsGraph", package: "NewsGraph")]
        ),
        // Graph files, as `newsgraph render` reads them: bytes → JGFDecoder → every encoder.
        .executableTarget(
            name: "FuzzGraphFile",
            dependencies: ["CFuzzerMain", "FuzzSupport", .product(name: "NewsGraph", package: "NewsGraph")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
