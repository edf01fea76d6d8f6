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
    case "help", "--help", "-h": print(usageText)
    default: throw BenchmarkError.usage("unknown command '\(command)'")
    }
} catch {
    FileHandle.standardError.write(Data("newsgraph-bench: \(error)\n".utf8))
    exit(2)
}
