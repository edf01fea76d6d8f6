import CFuzzerMain
import Foundation
import FuzzSupport
import NewsGraph

/// libFuzzer's entry point: one dataset through the readers, then the pipeline.
///
/// Input layout: byte 0 chooses the file name, hence the reader (JSON Lines, JSON, CSV, TSV, each
/// plain or gzip; a gzip text); the rest is the file. Every record read must be a document named
/// after its record, numbered in order, with text; reading twice gives the same documents; their
/// graph keeps the pipeline's invariants and encodes in every format.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDatasets(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    Datasets.run(UnsafeRawBufferPointer(start: start, count: count))
    return 0
}

enum Datasets {
    static let names = ["fuzz.jsonl", "fuzz.json", "fuzz.csv", "fuzz.tsv", "fuzz.jsonl.gz", "fuzz.json.gz", "fuzz.csv.gz", "fuzz.txt.gz"]

    static func run(_ bytes: UnsafeRawBufferPointer) {
        guard let control = bytes.first else { return }
        let name = names[Int(control) % names.count]
        let data = Data(bytes.dropFirst())
        let reader = DocumentReader()
        let read = reader.read(dataset: data, named: name)
        Invariants.require(reader.read(dataset: data, named: name).documents == read.documents, "reading twice differs")
        var lastNumber = 0
        for (index, document) in read.documents.enumerated() {
            Invariants.require(document.id == DocumentID.make(index: index), "document \(index) has id \(document.id)")
            Invariants.require(!document.text.isEmpty, "\(document.path) has no text")
            if name == "fuzz.txt.gz" {
                Invariants.require(document.path == name, "a text's path is \(document.path)")
                continue
            }
            let parts = document.path.split(separator: "#")
            guard parts.count == 2, parts[0] == name, let number = Int(parts[1]), number > lastNumber else {
                Invariants.fail("record path \(document.path) after record \(lastNumber)")
            }
            lastNumber = number
        }
        for warning in read.warnings {
            Invariants.require(warning.path == name && !warning.message.isEmpty, "warning \(warning)")
            Invariants.require(!warning.message.contains("\n"), "a warning on several lines: \(warning)")
        }
        guard !read.documents.isEmpty, read.documents.count <= 64 else { return }
        let graph = Extractor(knowledge: Pipeline.knowledge).extract(read.documents, threads: 1)
        Invariants.check(graph, documents: read.documents)
        Encoders.check(graph)
    }
}

enum Pipeline {
    static let knowledge: KnowledgeBase = {
        if ProcessInfo.processInfo.environment["NEWSGRAPH_RESOURCES"] == nil {
            let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Sources/NewsGraph/Knowledge")
            setenv("NEWSGRAPH_RESOURCES", sources.path, 0)
        }
        do { return try KnowledgeBase.builtIn } catch { fatalError("cannot load the knowledge base: \(error)") }
    }()
}
