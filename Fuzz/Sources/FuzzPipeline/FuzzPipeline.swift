import CFuzzerMain
import Foundation
import FuzzSupport
import NewsGraph

/// libFuzzer's entry point: one input through the whole pipeline.
///
/// Input layout: byte 0 chooses the format of every document (text, Markdown, HTML); the rest is
/// split into at most four documents at ASCII record separators (0x1E). Each document goes
/// through the reader's decoder (so invalid UTF-8, UTF-16, binary and empty content are
/// exercised), then HTML stripping and metadata, extraction, cross-document merging, and every
/// encoder. A broken invariant stops the run with `fatalError`, which libFuzzer records as a crash
/// together with the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    Pipeline.run(UnsafeRawBufferPointer(start: start, count: count))
    return 0
}

enum Pipeline {
    static let knowledge: KnowledgeBase = {
        // The knowledge files: next to the binary when SwiftPM copied the resource bundle there,
        // else straight from the source tree.
        if ProcessInfo.processInfo.environment["NEWSGRAPH_RESOURCES"] == nil {
            let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Sources/NewsGraph/Knowledge")
            setenv("NEWSGRAPH_RESOURCES", sources.path, 0)
        }
        do { return try KnowledgeBase.builtIn } catch { fatalError("cannot load the knowledge base: \(error)") }
    }()

    static let formats: [DocumentFormat] = [.text, .markdown, .html]

    static func run(_ bytes: UnsafeRawBufferPointer) {
        guard let control = bytes.first else { return }
        let format = formats[Int(control) % formats.count]
        let pieces = bytes.dropFirst().split(separator: 0x1E, maxSplits: 3, omittingEmptySubsequences: false)
        var documents: [Document] = []
        for (index, piece) in pieces.enumerated() {
            let path = "fuzz-\(index).\(format.rawValue)"
            guard let decoded = try? DocumentReader.decode(Data(piece), path: path) else { continue }
            documents.append(DocumentReader.makeDocument(id: DocumentID.make(index: documents.count), path: path,
                                                         content: decoded.text, format: format))
        }
        guard !documents.isEmpty else { return }

        let extractor = Extractor(knowledge: knowledge)
        let graph = extractor.extract(documents, threads: 1)
        Invariants.check(graph, documents: documents)

        // Per-document graphs merge to the same graph in any order.
        let parts = documents.map { extractor.extract($0) }
        Invariants.require(EntityGraph.merged(parts) == EntityGraph.merged(parts.reversed()), "merging depends on the order")
        // Extraction is a pure function of the text.
        if let first = documents.first {
            Invariants.require(extractor.extract(first) == parts[0], "extracting the same document twice differs")
        }

        Encoders.check(graph)
    }
}
