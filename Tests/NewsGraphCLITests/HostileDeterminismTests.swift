import Foundation
import Testing

/// The same files in any order give byte-identical JSON, GraphML and DOT (and SVG); two runs give
/// identical output (each process hashes with a different random seed); ids derive from content.
@Suite("Determinism: order, runs and hash seeds do not change a byte")
struct HostileDeterminismTests {
    static let formats = ["graph.json", "graph.graphml", "graph.dot", "graph.svg"]

    /// A dozen small documents cut from the example articles' paragraphs, plus two that repeat
    /// relations across documents (so merging has evidence from several documents to order).
    static func corpus() throws -> TestFolder {
        let folder = try TestFolder()
        var index = 0
        for file in ExampleArticles.files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let paragraphs = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            for paragraph in paragraphs where paragraph.count > 80 {
                index += 1
                try folder.write(String(format: "doc-%02d.txt", (index * 7) % 23), paragraph + "\n")
            }
        }
        try folder.write("wire-a.txt", "Putin held a phone call with Pezeshkian on Friday. Iran accused the United States of interference.\n")
        try folder.write("wire-b.md", "# Wire\n\nPutin held a phone call with Pezeshkian on Friday. Iran accused the United States of interference.\n")
        return folder
    }

    private func build(_ inputs: [String]) throws -> [String: Data] {
        let out = try TestFolder()
        defer { out.remove() }
        let result = try HostileRun.run(["build"] + inputs + ["-o", out.path, "-f", "json,graphml,dot,svg", "-q"])
        #expect(result.status == 0, "\(result.stderr)")
        var files: [String: Data] = [:]
        for name in Self.formats { files[name] = out.data(name) }
        return files
    }

    @Test("the same files in any order, and a second run, give byte-identical files")
    func anyOrder() throws {
        let corpus = try Self.corpus()
        defer { corpus.remove() }
        let files = corpus.entries().map { corpus.path + "/" + $0 }
        #expect(files.count >= 8, "\(files)")
        var generator = SplitMix64(seed: 11)
        let orders = [files, files.reversed(), files.shuffled(using: &generator), files]
        let reference = try build(orders[0])
        #expect(reference.count == Self.formats.count)
        for order in orders.dropFirst() {
            let other = try build(order)
            for name in Self.formats {
                #expect(other[name] == reference[name], "\(name) differs for order \(order.map { ($0 as NSString).lastPathComponent })")
            }
        }
        // The folder itself lists the same files under the same names.
        let viaFolder = try build([corpus.path])
        for name in Self.formats { #expect(viaFolder[name] == reference[name], "\(name) differs when the folder is given") }
    }

    @Test("node and edge ids derive from content, not from file names or folders")
    func idsFromContent() throws {
        let corpus = try Self.corpus()
        let moved = try TestFolder()
        defer { corpus.remove(); moved.remove() }
        // The same texts under other names, in the same order.
        for (index, name) in corpus.entries().enumerated() {
            try moved.write("renamed-\(String(format: "%03d", index)).txt", try #require(corpus.data(name)))
        }
        let a = try JSONGraph(try #require(try build([corpus.path])["graph.json"]))
        let b = try JSONGraph(try #require(try build([moved.path])["graph.json"]))
        #expect(Set(a.nodes.keys) == Set(b.nodes.keys))
        #expect(a.edges.compactMap { $0["id"] as? String } == b.edges.compactMap { $0["id"] as? String })
        #expect(a.nodes.keys.allSatisfy { $0.contains(":") && !$0.contains(" ") })
    }
}

/// A small deterministic random number generator for reproducible shuffles.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
