import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import NewsGraph

/// The fuzzer's seeds and every input it ever broke the pipeline with (`Fuzz/Seeds`), replayed
/// through the same checks as `Fuzz/Sources/FuzzPipeline`, so CI guards them without libFuzzer.
/// A crash the fuzzer finds is minimized and added to `Fuzz/Seeds` with a name saying what it broke.
@Suite("Fuzz seeds and regressions, replayed")
struct FuzzRegressionTests {
    static let seedFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz/Seeds")

    static var seeds: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: seedFolder.path)) ?? []).sorted()
    }

    static let knowledge: KnowledgeBase = {
        do { return try KnowledgeBase.builtIn } catch { fatalError("built-in knowledge base: \(error)") }
    }()

    @Test("the seed folder is there")
    func seedsExist() {
        #expect(Self.seeds.count >= 5, "no seeds in \(Self.seedFolder.path)")
    }

    @Test("every seed goes through decoding, extraction and every encoder with the invariants intact", arguments: seeds)
    func replay(seed: String) throws {
        let bytes = try Data(contentsOf: Self.seedFolder.appendingPathComponent(seed))
        guard let control = bytes.first else { return }
        let formats: [DocumentFormat] = [.text, .markdown, .html]
        let format = formats[Int(control) % formats.count]
        var documents: [Document] = []
        for (index, piece) in bytes.dropFirst().split(separator: 0x1E, maxSplits: 3, omittingEmptySubsequences: false).enumerated() {
            let path = "fuzz-\(index).\(format.rawValue)"
            guard let decoded = try? DocumentReader.decode(Data(piece), path: path) else { continue }
            documents.append(DocumentReader.makeDocument(id: DocumentID.make(index: documents.count), path: path,
                                                         content: decoded.text, format: format))
        }
        // Skipping every piece (empty, binary) is a valid outcome.
        guard !documents.isEmpty else { return }
        let extractor = Extractor(knowledge: Self.knowledge)
        let graph = extractor.extract(documents, threads: 1)

        let texts = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, Array($0.text.unicodeScalars)) })
        for relation in graph.relations.values {
            #expect(graph.entities[relation.source] != nil && graph.entities[relation.target] != nil, "\(relation.id)")
            #expect(relation.source != relation.target, "\(relation.id)")
            for evidence in relation.evidence {
                let text = try #require(texts[evidence.document])
                try #require(evidence.start >= 0 && evidence.start <= evidence.end && evidence.end <= text.count)
                #expect(evidence.text == String(String.UnicodeScalarView(text[evidence.start..<evidence.end])))
            }
        }
        let parts = documents.map { extractor.extract($0) }
        #expect(EntityGraph.merged(parts) == EntityGraph.merged(parts.reversed()))

        let export = ExportGraph(graph)
        for flavor in JSONGraphEncoder.Flavor.allCases {
            let json = try JSONGraphEncoder(flavor: flavor).encode(export)
            #expect((try? JSONSerialization.jsonObject(with: json)) != nil, "\(flavor)")
            if flavor == .jgf {
                let again = try JSONGraphEncoder().encode(JGFDecoder().decode(json).graph)
                #expect(again == json, "JGF does not read back to the same bytes")
            }
        }
        let graphML = try GraphMLEncoder().encode(export)
        let parser = XMLParser(data: graphML)
        #expect(parser.parse(), "GraphML: \(parser.parserError.map { "\($0)" } ?? "")")
        let dot = DOTEncoder().text(export)
        #expect(dot.unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\n" })
    }
}
