// swift-tools-version: 6.0
// A libFuzzer target over NewsGraph's text → graph → every encoder path. Outside the main build:
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
        // Built with `-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library` (see fuzz.sh),
        // which instruments NewsGraph too and links libFuzzer's main.
        .executableTarget(
            name: "FuzzPipeline",
            dependencies: [
                "CFuzzerMain",
                .product(name: "NewsGraph", package: "NewsGraph"),
                .product(name: "NewsGraphRendering", package: "NewsGraph"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
