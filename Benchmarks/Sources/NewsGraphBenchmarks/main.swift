import Foundation

// newsgraph-bench: the Swift half of the side-by-side benchmarks (see ../../README.md and ../../run.sh).
let arguments = CommandLine.arguments.dropFirst()
do {
    guard let command = arguments.first else { throw BenchmarkError.usage("give a command") }
    let options = try Options(arguments.dropFirst())
    switch command {
    case "extract": try ExtractionBenchmark(options: options).run()
    case "export": try ExportBenchmark(options: options).run()
    case "syntax": try SyntaxBenchmark(options: options).run()
    case "fragments":
        guard let out = options.string("out") else { throw BenchmarkError.usage("fragments needs --out FILE") }
        let generator = SyntheticFragments(documents: try options.int("documents", default: 10_000),
                                           seed: UInt64(try options.int("seed", default: 1)),
                                           cast: try options.int("cast", default: 200_000))
        let written = try generator.write(to: out)
        print(#"{"benchmark": "fragments", "documents": \#(generator.documents), "bytes": \#(written.bytes), "seconds": \#(written.seconds)}"#)
    case "scaling": try ScalingBenchmark(options: options).run()
    case "stream": try StreamingBenchmark(options: options).run()
    case "help", "--help", "-h": print(usageText)
    default: throw BenchmarkError.usage("unknown command '\(command)'")
    }
} catch {
    FileHandle.standardError.write(Data("newsgraph-bench: \(error)\n".utf8))
    exit(2)
}
