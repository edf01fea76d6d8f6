import Foundation
import Testing
@testable import NewsGraph

/// The byte-level fast paths of the export (escaping, number formatting, the EntityGraph →
/// ExportGraph conversion, writing files as they are encoded) against plain reference versions.
@Suite("Fast export paths")
struct FastExportTests {
    // MARK: Escaping

    /// Characters every escaper treats specially, mixed with ordinary ASCII and other UTF-8
    /// (including the lead bytes 0xE2 and 0xEF of characters that need no escaping).
    static let alphabet: [String] = ["a", "b", " ", "\"", "\\", "<", ">", "&", "'", "\n", "\r", "\t", "\u{0}", "\u{1}",
                                     "\u{1F}", "\u{7F}", "é", "中", "😀", "\u{2028}", "\u{2029}", "\u{2027}", "“", "”",
                                     "—", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{FEFF}", "-", "]]>"]

    /// Strings of every length up to 40 (so special characters fall in and out of the
    /// eight-byte steps and the tail), from a fixed seed.
    static var samples: [String] {
        var random = SeededRandom(seed: 7)
        var result = alphabet
        for length in 0...40 {
            for _ in 0..<12 {
                var text = ""
                for _ in 0..<length {
                    // Mostly plain letters, so runs of clean bytes occur.
                    text += random.next(3) == 0 ? alphabet[random.next(alphabet.count)] : "abcdefgh"[random.next(8)]
                }
                result.append(text)
            }
        }
        return result
    }

    static func referenceJSON(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    static func referenceXML(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            default: result.unicodeScalars.append(Escaping.isXMLLegal(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }

    static func escaped(_ text: String, _ write: (UnsafeBufferPointer<UInt8>, inout OutputBuffer) -> Void) -> String {
        var out = OutputBuffer(reservingCapacity: 16)
        var copy = text
        copy.withUTF8 { write($0, &out) }
        return out.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    @Test func jsonEscapingMatchesReference() {
        for text in Self.samples {
            #expect(Self.escaped(text) { Escaping.writeJSON($0, to: &$1) } == Self.referenceJSON(text), "\(text.debugDescription)")
        }
    }

    @Test func xmlEscapingMatchesReference() {
        for text in Self.samples {
            #expect(Self.escaped(text) { Escaping.writeXML($0, to: &$1) } == Self.referenceXML(text), "\(text.debugDescription)")
        }
    }

    @Test("JSON text escaped for XML in one pass = JSON escaping, then XML escaping")
    func jsonInXMLMatchesTwoPasses() {
        for text in Self.samples {
            let json = String(Self.referenceJSON(text).dropFirst().dropLast())
            #expect(Self.escaped(text) { Escaping.writeJSONContentAsXML($0, to: &$1) } == Self.referenceXML(json),
                    "\(text.debugDescription)")
        }
    }

    @Test func jsonOutputParsesBack() throws {
        for text in Self.samples {
            let literal = Self.escaped(text) { Escaping.writeJSON($0, to: &$1) }
            let decoded = try JSONDecoder().decode([String].self, from: Data("[\(literal)]".utf8))
            #expect(decoded == [text])
        }
    }

    @Test func nmtokenBitSetsMatchTheCharacterList() {
        for byte in UInt8.min...UInt8.max {
            #expect([byte].withUnsafeBufferPointer { GraphMLIDs.isNMToken($0) } == GraphMLIDs.allowed(byte), "\(byte)")
        }
        #expect(![UInt8]().withUnsafeBufferPointer { GraphMLIDs.isNMToken($0) })
    }

    // MARK: Numbers

    @Test func numbersAndDatesAsSwiftWritesThem() {
        var out = OutputBuffer(reservingCapacity: 16)
        var expected = ""
        for number in [0, 7, 9, 10, 99, 100, 12345, -1, -10, -987654321, Int.max, Int.min] {
            out.write(number: number)
            out.write(0x20)
            expected += "\(number) "
        }
        var doubles = DoubleFormatCache()
        let values: [Double] = [0, -0.0, 1, 2, 0.9, 0.1 + 0.2, 1e-7, 1e16, 123456789012345680, 0.123456789, -3.5,
                                .leastNonzeroMagnitude, .greatestFiniteMagnitude, 0.9, 0.9, 2]
        for value in values + (0..<3000).map({ Double($0) / 1000 }) {
            doubles.write(value, to: &out)
            out.write(0x20)
            expected += "\(value) "
        }
        for date in [NewsDate(year: 2026, month: 1, day: 16)!, NewsDate(year: 7, month: 12, day: 3)!,
                     NewsDate(year: 9999, month: 10, day: 31)!] {
            out.write(date: date)
            out.write(0x20)
            expected += "\(date.description) "
            #expect(ExportGraph.text(of: date) == date.description)
        }
        #expect(out.withBytes { String(decoding: $0, as: UTF8.self) } == expected)
    }

    // MARK: EntityGraph → ExportGraph

    /// The conversion as the model states it, field by field, slowly.
    static func referenceConversion(_ graph: EntityGraph) -> ExportGraph {
        let nodes = graph.sortedEntities.map { entity in
            let documents = entity.documents.sorted(by: DocumentID.precedes)
            return ExportGraph.Node(id: entity.id, label: entity.name, type: entity.kind.rawValue, code: entity.code,
                                    country: entity.country, aliases: entity.sortedAliases, roles: entity.roles.sorted(),
                                    mentions: entity.mentions, documents: documents,
                                    documentMentions: documents.map { entity.documentMentions[$0]! })
        }
        let edges = graph.sortedRelations.map { relation in
            ExportGraph.Edge(id: relation.id, source: relation.source, target: relation.target,
                             relation: relation.kind.rawValue, directed: relation.directed, label: relation.kind.label,
                             cameo: relation.kind.cameo, plover: relation.kind.plover, date: relation.date?.description,
                             sources: relation.sources, confidence: relation.confidence, triggers: relation.triggers,
                             evidence: relation.evidence,
                             unlistedDocuments: relation.unlistedDocuments.sorted(by: DocumentID.precedes))
        }
        // `ExportGraph(documents:nodes:edges:)` sorts by (type, id) and (source, target, relation, id):
        // the model's orders exactly, for graphs of unique ids.
        let graph = ExportGraph(documents: graph.sortedDocuments, nodes: nodes, edges: edges)
        #expect(graph.nodes == nodes && graph.edges == edges, "reference orders disagree")
        return graph
    }

    /// A random graph; `idStyle` 0: NewsGraph's ids (`kind:slug`), 1: ids that do not start with
    /// their kind (so id order and output order differ), 2: non-ASCII ids. With an even seed, some
    /// relations have an end that is no entity.
    static func randomGraph(seed: UInt64, idStyle: Int, entities count: Int = 60, relations: Int = 150) -> EntityGraph {
        var random = SeededRandom(seed: seed)
        let documents = (0..<12).map { DocumentInfo(id: DocumentID.make(index: $0), path: "doc\($0).txt",
                                                    date: $0 % 2 == 0 ? NewsDate(year: 2026, month: 1, day: 1 + $0) : nil) }
        let names = ["Ana", "Zoë", "Bo", "Émile", "ana", "Åsa", "Putin", "Li", "O'Neil", "x"]
        var entities: [Entity] = []
        for index in 0..<count {
            let kind = EntityKind.allCases[random.next(3)]
            let name = "\(names[random.next(names.count)]) \(index)"
            let id: String
            switch idStyle {
            case 0: id = "\(kind.rawValue):\(name.lowercased().replacingOccurrences(of: " ", with: "-"))"
            case 1: id = "\(["z", "a", "m"][random.next(3)])\(index)-\(kind.rawValue)"
            default: id = "\(kind.rawValue):\(name)·\(index)"
            }
            var aliases: Set<String> = [name]
            for _ in 0..<random.next(4) { aliases.insert(names[random.next(names.count)]) }
            entities.append(Entity(id: id, kind: kind, name: name, aliases: aliases,
                                   code: kind == .country ? "C\(index)" : nil,
                                   country: random.next(2) == 0 ? "RUS" : nil,
                                   roles: Set((0..<random.next(3)).map { "role \($0 + random.next(3))" }),
                                   mentions: random.next(9),
                                   documents: Set((0..<random.next(4)).map { _ in documents[random.next(12)].id })))
        }
        var graph = EntityGraph(documents: documents, entities: entities)
        let triggers = ["met", "talks", "phoned", "accused", "Met", "warned"]
        for _ in 0..<relations {
            let source = seed % 2 == 0 && random.next(10) == 0 ? "dangling:\(random.next(5))" : entities[random.next(count)].id
            let target = entities[random.next(count)].id
            guard source != target else { continue }
            let evidence = (0..<(1 + random.next(4))).map { _ in
                let start = random.next(500)
                return Evidence(document: documents[random.next(12)].id, start: start, end: start + 20, text: "some sentence",
                                triggers: (0..<random.next(3)).map { _ in triggers[random.next(triggers.count)] },
                                confidence: Double(random.next(1000)) / 1000,
                                date: random.next(3) == 0 ? nil : NewsDate(year: 2026, month: 1 + random.next(2), day: 1 + random.next(3)))
            }
            graph.add(Relation(kind: RelationKind.allCases[random.next(RelationKind.allCases.count)],
                               source: source, target: target, evidence: evidence))
        }
        return graph
    }

    @Test("ExportGraph(graph) equals the model's sorted entities and relations", arguments: [0, 1, 2])
    func conversionMatchesModel(idStyle: Int) {
        for seed in UInt64(1)...5 {
            let graph = Self.randomGraph(seed: seed, idStyle: idStyle)
            let fast = ExportGraph(graph)
            let reference = Self.referenceConversion(graph)
            #expect(fast.documents == reference.documents)
            #expect(fast.nodes == reference.nodes)
            #expect(fast.edges == reference.edges)
            #expect(fast.edges.map(\.id) == reference.edges.map(\.id))
        }
    }

    @Test func conversionOfSampleAndEmptyGraphs() {
        #expect(ExportGraph(SampleGraph.entityGraph) == Self.referenceConversion(SampleGraph.entityGraph))
        #expect(ExportGraph(EntityGraph()) == ExportGraph())
    }

    // MARK: Writing files as they are encoded

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static var encoders: [any GraphEncoder] {
        JSONGraphEncoder.Flavor.allCases.flatMap { [JSONGraphEncoder(flavor: $0), JSONGraphEncoder(prettyPrinted: false, flavor: $0)] }
            + [GraphMLEncoder(), DOTEncoder()]
    }

    @Test("write(_:to:) writes the bytes encode(_:) returns, in pieces or not")
    func writeEqualsEncode() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Non-NMTOKEN ids make the GraphML encoder start its file again.
        let graphs = [ExportGraph(SampleGraph.entityGraph), ExportGraph(Self.randomGraph(seed: 3, idStyle: 2, entities: 3000, relations: 6000)),
                      ExportGraph(Self.randomGraph(seed: 4, idStyle: 0, entities: 3000, relations: 6000)), ExportGraph()]
        for (index, graph) in graphs.enumerated() {
            for encoder in Self.encoders {
                let url = folder.appendingPathComponent("graph\(index).\(encoder.fileExtension)")
                // Over a longer file, so the new one must replace it, not overwrite its start.
                try Data(repeating: 0x41, count: 3 << 20).write(to: url)
                try encoder.write(graph, to: url)
                #expect(try Data(contentsOf: url) == encoder.encode(graph), "\(encoder)")
            }
        }
        let data = try GraphMLEncoder().encode(graphs[1])
        #expect(String(decoding: data, as: UTF8.self).contains("_xB7_"), "ids rewritten as NMTOKENs")
    }

    @Test func writeReportsTheFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("missing/graph.json")
        let error = #expect(throws: CocoaError.self) {
            try JSONGraphEncoder().write(ExportGraph(SampleGraph.entityGraph), to: url)
        }
        #expect(error?.userInfo[NSFilePathErrorKey] as? String == url.path)
        #if os(Linux)
        // A full disk shows as an error, not as a short file.
        if FileManager.default.isWritableFile(atPath: "/dev/full") {
            #expect(throws: CocoaError.self) {
                try GraphMLEncoder().write(ExportGraph(Self.randomGraph(seed: 1, idStyle: 0, entities: 2000, relations: 4000)),
                                           to: URL(fileURLWithPath: "/dev/full"))
            }
        }
        #endif
    }
}

/// SplitMix64: small, seedable, the same everywhere.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

private extension String {
    subscript(offset: Int) -> String { String(self[index(startIndex, offsetBy: offset)]) }
}
