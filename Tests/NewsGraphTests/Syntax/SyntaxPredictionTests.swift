import Foundation
import Testing
@testable import NewsGraph

/// The shipped model predicts exactly what it predicted before the scoring code was made faster:
/// the weight tables are laid out and probed differently in memory than in the file, and a
/// mistake there (a wrong slot, a lost weight, a probe that stops early) would change some tag or
/// arc somewhere. The expected outputs were written by the code before those changes.
@Suite("Syntax predictions unchanged by how the weights are laid out")
struct SyntaxPredictionTests {
    let model: SyntaxModel

    init() throws { model = try SyntaxModel.builtIn }

    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Syntax")

    @Test("news sentences (plain text): the CoNLL-U committed before the change, byte for byte")
    func newsSentences() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("news-sentences.txt"), encoding: .utf8)
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent("news-sentences.expected.conllu"), encoding: .utf8)
        let output = CoNLLUWriter.text(model.annotate(text: text))
        #expect(output == expected)
        if output != expected {
            let got = output.split(separator: "\n"), want = expected.split(separator: "\n")
            if let first = zip(got, want).first(where: { $0 != $1 }) { Issue.record("first difference: got \(first.0), expected \(first.1)") }
        }
    }

    /// `../shared` (or `NEWSGRAPH_SHARED`), when it exists.
    static var shared: URL? {
        if let path = ProcessInfo.processInfo.environment["NEWSGRAPH_SHARED"] { return URL(fileURLWithPath: path) }
        return DevelopmentGold.shared
    }

    /// FNV-1a over the output's bytes: the digests below are of `newsgraph parse FILE` before the change.
    static func digest(_ text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }

    @Test("UD EWT and GUM test files: the output's digest before the change",
          .enabled(if: shared.map { FileManager.default.fileExists(atPath: $0.appendingPathComponent("corpora/ud-ewt").path) } ?? false,
                   "needs ../shared/corpora (or NEWSGRAPH_SHARED)"),
          arguments: [("corpora/ud-ewt/en_ewt-ud-test.conllu", UInt64(0xE393_6C5C_3845_146C)),
                      ("corpora/ud-gum/en_gum-ud-test.conllu", UInt64(0xD026_BB16_FDB0_B601))])
    func treebankTestFiles(file: String, expected: UInt64) throws {
        let url = Self.shared!.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        var out = ""
        for sentence in try CoNLLUReader.sentences(in: text, path: url.path) { CoNLLUWriter.append(model.annotate(sentence), to: &out) }
        #expect(Self.digest(out) == expected)
    }

    @Test("the loaded model writes back the file it was read from")
    func modelRoundTrip() throws {
        let path = try ModelFiles.path(SyntaxModel.builtInFileName)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(model.encoded() == bytes)
    }
}

/// `LinearModel`'s lookups against the plain linear probe of the slots it writes: a lookup must
/// find what probing slot by slot from the feature's home finds, wrapping around at the end.
@Suite("LinearModel lookups match a slot-by-slot probe")
struct LinearModelLookupTests {
    /// The sums a slot-by-slot probe of the written table gives (the file format, `LinearModel/2`).
    static func reference(_ model: LinearModel, _ features: [UInt64]) throws -> [Int32] {
        var writer = BinaryWriter()
        model.write(to: &writer)
        var reader = BinaryReader(bytes: writer.bytes, path: "test")
        try reader.expect("LinearModel/2")
        let classes = Int(try reader.read(UInt32.self))
        _ = try reader.readFloat()
        let dense = try reader.read(UInt8.self) == 1
        let slots: [UInt64] = try reader.readArray()
        let entries: [UInt32] = try reader.readArray()
        var scores = [Int32](repeating: 0, count: classes)
        for feature in features {
            var slot = Int(truncatingIfNeeded: ((feature >> 32) &* UInt64(slots.count)) >> 32)
            let fingerprint = dense ? (feature & 0xFFFF) | 1 : (feature & 0xFF_FFFF) | 1
            while slots[slot] != 0 {
                let value = slots[slot]
                if (dense ? value >> 48 : value >> 40) == fingerprint {
                    if dense {
                        for c in 0..<3 { scores[c] &+= Int32(Int16(truncatingIfNeeded: value >> (16 * UInt64(c)))) }
                    } else {
                        let start = Int((value >> 8) & 0xFFFF_FFFF)
                        for k in start..<(start + Int(value & 0xFF)) {
                            scores[Int(entries[k] >> 16)] &+= Int32(Int16(truncatingIfNeeded: entries[k]))
                        }
                    }
                    break
                }
                slot = slot + 1 == slots.count ? 0 : slot + 1
            }
        }
        return scores
    }

    /// A model of `classes` classes over `count` random features, some with weights for every
    /// class; and queries: its features, features it lacks, and ones sharing their fingerprints.
    static func randomModel(classes: Int, count: Int, seed: UInt64) -> (LinearModel, [UInt64]) {
        var state = seed
        func next() -> UInt64 { state = FeatureHash.mix(state &+ 0x9E37_79B9_7F4A_7C15); return state }
        var features: [(feature: UInt64, weights: [(class: Int, weight: Float)])] = []
        for i in 0..<count {
            let width = i % 7 == 0 ? classes : Int(next() % UInt64(min(classes, 5))) + 1
            var weights: [(class: Int, weight: Float)] = []
            var used = Set<Int>()
            for _ in 0..<width {
                let c = width == classes ? used.count : Int(next() % UInt64(classes))
                guard used.insert(c).inserted else { continue }
                weights.append((c, Float(Int(next() % 2001) - 1000) / 100))
            }
            features.append((next(), weights))
        }
        let model = LinearModel(classCount: classes, features: features)
        var queries = features.map(\.feature)
        for f in features.prefix(count / 2) {
            queries.append(next())
            // Same home and fingerprint bits, different feature: found only by a fingerprint match.
            queries.append(f.feature ^ ((next() | 1) & 0xFF) << 24)
        }
        return (model, queries)
    }

    @Test("dense (3 classes) and sparse (78, 51 classes) tables, small ones wrapping around",
          arguments: [(3, 12), (3, 2_000), (78, 11), (78, 3_000), (51, 500)])
    func lookups(classes: Int, count: Int) throws {
        for seed in 1...4 as ClosedRange<UInt64> {
            let (model, queries) = Self.randomModel(classes: classes, count: count, seed: seed)
            let scores = UnsafeMutablePointer<Int32>.allocate(capacity: classes)
            defer { scores.deallocate() }
            for start in stride(from: 0, to: queries.count, by: 37) {
                let batch = Array(queries[start..<min(start + 37, queries.count)])
                batch.withUnsafeBufferPointer { model.score($0, into: scores) }
                #expect(Array(UnsafeBufferPointer(start: scores, count: classes)) == (try Self.reference(model, batch)))
            }
        }
    }
}
