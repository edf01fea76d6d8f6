import Foundation
import Testing
@testable import NewsGraph

/// The dataset fuzz target's seeds and the inputs it broke the readers with (`Fuzz/SeedDatasets`),
/// replayed through the checks of `Fuzz/Sources/FuzzDatasets`, so CI guards them without libFuzzer.
@Suite("Dataset fuzz seeds and regressions, replayed")
struct DatasetFuzzRegressionTests {
    static let seedFolder = FuzzRegressionTests.seedFolder.deletingLastPathComponent().appendingPathComponent("SeedDatasets")
    static let names = ["fuzz.jsonl", "fuzz.json", "fuzz.csv", "fuzz.tsv", "fuzz.jsonl.gz", "fuzz.json.gz", "fuzz.csv.gz", "fuzz.txt.gz"]

    static var seeds: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: seedFolder.path)) ?? []).sorted()
    }

    @Test("the seed folder is there")
    func seedsExist() {
        #expect(Self.seeds.count >= 10, "no seeds in \(Self.seedFolder.path)")
    }

    @Test("every seed reads into documents named after their records, the same twice, with one-line warnings", arguments: seeds)
    func replay(seed: String) throws {
        let bytes = try Data(contentsOf: Self.seedFolder.appendingPathComponent(seed))
        guard let control = bytes.first else { return }
        let name = Self.names[Int(control) % Self.names.count]
        let data = Data(bytes.dropFirst())
        let read = DocumentReader().read(dataset: data, named: name)
        #expect(DocumentReader().read(dataset: data, named: name).documents == read.documents)
        var last = 0
        for (index, document) in read.documents.enumerated() {
            #expect(document.id == DocumentID.make(index: index))
            #expect(!document.text.isEmpty)
            guard name != "fuzz.txt.gz" else { continue }
            let parts = document.path.split(separator: "#")
            let number = parts.count == 2 && parts[0] == name ? Int(parts[1]) : nil
            #expect(number.map { $0 > last } == true, "\(document.path) after record \(last)")
            last = number ?? last
        }
        for warning in read.warnings {
            #expect(warning.path == name && !warning.message.isEmpty && !warning.message.contains("\n"), "\(warning)")
        }
        guard !read.documents.isEmpty else { return }
        let graph = Extractor(knowledge: FuzzRegressionTests.knowledge).extract(read.documents, threads: 1)
        let texts = Dictionary(uniqueKeysWithValues: read.documents.map { ($0.id, Array($0.text.unicodeScalars)) })
        for relation in graph.relations.values {
            for item in relation.evidence {
                let text = try #require(texts[item.document])
                #expect(item.start >= 0 && item.end <= text.count && item.start < item.end)
                #expect(String(String.UnicodeScalarView(text[item.start..<item.end])) == item.text)
            }
        }
    }
}
