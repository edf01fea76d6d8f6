import Foundation
import NewsGraph

/// `newsgraph-bench fragments`: a fragment file of N synthetic documents shaped like
/// `newsgraph extract`'s output on news, for measuring `newsgraph merge` at archive scale.
///
/// Each document names 4–12 actors drawn with a Zipf-like skew from a fixed cast (a few
/// countries and leaders in most articles, a long tail of people and organizations, some people
/// by surname alone so that cross-document resolution has work to do), and 2–6 relations between
/// them with a sentence of evidence each. The same seed gives the same file.
struct SyntheticFragments {
    let documents: Int
    let seed: UInt64
    /// How many distinct actors the corpus draws from.
    let cast: Int

    func write(to path: String) throws -> (bytes: Int, seconds: Double) {
        let started = Date()
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { throw BenchmarkError.input("\(path): cannot write") }
        defer { try? handle.close() }
        let encoder = FragmentEncoder()
        var random = SplitMix64(seed: seed)
        var buffer = Data()
        var bytes = 0
        let kinds = RelationKind.allCases
        for index in 0..<documents {
            let id = "d1"
            let date = NewsDate(year: 2000 + index % 26, month: 1 + index % 12, day: 1 + index % 28)
            var graph = EntityGraph()
            graph.add(DocumentInfo(id: id, path: "synthetic/\(index / 1000)/doc\(String(format: "%07d", index)).txt",
                                   title: index % 4 == 0 ? "Talks in region \(index % 97)" : nil, date: date,
                                   digest: String(format: "%016llx", random.nextValue())))
            var actors: [String] = []
            for _ in 0..<(4 + random.next(9)) {
                let actor = actor(zipf(&random), random: &random)
                graph.add(Entity(id: actor.id, kind: actor.kind, name: actor.name, aliases: actor.aliases,
                                 code: actor.code, country: actor.country, roles: actor.roles,
                                 documentMentions: [id: 1 + random.next(6)]))
                actors.append(actor.id)
            }
            let sentenceStart = random.next(400)
            for r in 0..<(2 + random.next(5)) {
                let source = actors[random.next(actors.count)], target = actors[random.next(actors.count)]
                guard source != target else { continue }
                let kind = kinds[random.next(kinds.count)]
                let text = SyntheticGraph.sentences[random.next(SyntheticGraph.sentences.count)]
                let start = sentenceStart + r * 160
                graph.add(Relation(kind: kind, source: source, target: target, evidence: [
                    Evidence(document: id, start: start, end: start + text.unicodeScalars.count, text: text,
                             triggers: SyntheticGraph.triggers[kind]!, confidence: Double(50 + random.next(50)) / 100,
                             date: random.next(3) == 0 ? date : nil),
                ]))
            }
            buffer.append(try encoder.encode(graph))
            if buffer.count > 1 << 20 {
                try handle.write(contentsOf: buffer)
                bytes += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
        bytes += buffer.count
        return (bytes, Date().timeIntervalSince(started))
    }

    /// An actor's rank, skewed towards the first: rank ∝ cast^u² for u uniform in 0..<1.
    private func zipf(_ random: inout SplitMix64) -> Int {
        let u = Double(random.next(1 << 30)) / Double(1 << 30)
        return min(cast - 1, Int(pow(Double(cast), u * u)) - 1)
    }

    private struct Actor {
        var id: String, kind: EntityKind, name: String, aliases: Set<String>
        var code: String?, country: String?, roles: Set<String>
    }

    /// Actor number `rank`: every 50th a country, every 5th an organization, the rest people,
    /// one person in 20 named by surname alone.
    private func actor(_ rank: Int, random: inout SplitMix64) -> Actor {
        let code = "C" + String(rank % 250)
        if rank % 50 == 0 {
            let name = "Country \(rank / 50)"
            return Actor(id: EntityID.make(kind: .country, key: code), kind: .country, name: name,
                         aliases: ["\(name)n"], code: code, country: nil, roles: [])
        }
        if rank % 5 == 0 {
            let name = "\(SyntheticGraph.organizationWords[rank % SyntheticGraph.organizationWords.count]) \(rank)"
            return Actor(id: EntityID.make(kind: .organization, key: name), kind: .organization, name: name,
                         aliases: random.next(2) == 0 ? ["the \(code) \(rank)"] : [], code: nil, country: code, roles: [])
        }
        let surname = SyntheticGraph.surnames[rank % SyntheticGraph.surnames.count].replacingOccurrences(of: " ", with: "")
            + Self.letters(rank)
        let given = SyntheticGraph.givenNames[rank % SyntheticGraph.givenNames.count]
        let name = rank % 20 == 1 ? surname : "\(given) \(surname)"
        let role = SyntheticGraph.roles[rank % SyntheticGraph.roles.count]
        return Actor(id: EntityID.make(kind: .person, key: name), kind: .person, name: name, aliases: [surname],
                     code: nil, country: rank % 3 == 0 ? code : nil, roles: random.next(4) == 0 ? ["\(role) of \(code)"] : [])
    }

    /// A number as letters (a word that keeps names one word long).
    private static func letters(_ number: Int) -> String {
        var n = number, result = ""
        repeat {
            result.append(Character(Unicode.Scalar(UInt8(97 + n % 26))))
            n /= 26
        } while n > 0
        return result
    }
}
