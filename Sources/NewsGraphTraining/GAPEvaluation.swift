import Foundation
import NewsGraph

/// GAP (Webster et al. 2018): for each Wikipedia snippet, whether a pronoun refers to name A, to
/// name B, or to neither. Scored as the official `gap_scorer.py` scores it: each example gives two
/// decisions (A, B), counted as true or false positives and negatives, overall and by the gender
/// of the pronoun. The URL column is not read (news has no equivalent).
package enum GAPEvaluation {
    package struct Example: Sendable {
        package var id: String
        package var text: String
        package var pronoun: String
        package var pronounOffset: Int
        package var a: String
        package var aOffset: Int
        package var aCoref: Bool
        package var b: String
        package var bOffset: Int
        package var bCoref: Bool

        /// m or f, from the pronoun (as the scorer's PRONOUNS table has it).
        package var gender: Character { ["she", "her", "hers"].contains(pronoun.lowercased()) ? "f" : "m" }
    }

    package struct Counts: Sendable, CustomStringConvertible {
        package var truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0

        package var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }
        package var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
        package var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        mutating func add(gold: Bool, system: Bool) {
            switch (gold, system) {
            case (true, true): truePositives += 1
            case (false, true): falsePositives += 1
            case (false, false): trueNegatives += 1
            case (true, false): falseNegatives += 1
            }
        }

        package var description: String {
            String(format: "F1 %.1f (P %.1f R %.1f; tp %d fp %d fn %d tn %d)", 100 * f1, 100 * precision, 100 * recall,
                   truePositives, falsePositives, falseNegatives, trueNegatives)
        }
    }

    package struct Scores: Sendable {
        package var overall = Counts(), masculine = Counts(), feminine = Counts()
        /// Each example's decisions, as the scorer's system file has them (ID, A-coref, B-coref).
        package var decisions: [(id: String, a: Bool, b: Bool)] = []
    }

    /// The examples of a GAP .tsv file (header line first).
    package static func read(_ path: String) throws -> [Example] {
        guard let data = FileManager.default.contents(atPath: path) else { throw TrainingError.unreadable(path) }
        var examples: [Example] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 10, let p = Int(f[3]), let ao = Int(f[5]), let bo = Int(f[8]) else { continue }
            examples.append(Example(id: f[0], text: f[1], pronoun: f[2], pronounOffset: p, a: f[4], aOffset: ao,
                                    aCoref: f[6].lowercased() == "true", b: f[7], bOffset: bo, bCoref: f[9].lowercased() == "true"))
        }
        return examples
    }

    /// The system's decisions for one example: the pronoun's resolution against the mentions at
    /// A's and B's offsets. Every occurrence of each name in the text, and of a two-word name's
    /// last word (unless both names share it), is given as a mention of that person.
    package static func decide(_ example: Example, extractor: Extractor, parsing: CoreferenceParsing) -> (a: Bool, b: Bool, chosen: [String]) {
        let scalars = Array(example.text.unicodeScalars)
        var people: [(span: Range<Int>, name: String)] = []
        func occurrences(of needle: String) -> [Range<Int>] {
            let n = Array(needle.unicodeScalars)
            guard !n.isEmpty, n.count <= scalars.count else { return [] }
            var found: [Range<Int>] = []
            for start in 0...(scalars.count - n.count) where scalars[start] == n[0] {
                guard Array(scalars[start..<(start + n.count)]) == n else { continue }
                let before = start == 0 ? " " : Character(scalars[start - 1])
                let after = start + n.count == scalars.count ? " " : Character(scalars[start + n.count])
                if !before.isLetter, !after.isLetter { found.append(start..<(start + n.count)) }
            }
            return found
        }
        let lastA = example.a.split(separator: " ").last.map(String.init) ?? example.a
        let lastB = example.b.split(separator: " ").last.map(String.init) ?? example.b
        for (name, last) in [(example.a, lastA), (example.b, lastB)] {
            var spans = occurrences(of: name)
            if name.contains(" "), lastA != lastB, last.count > 2 {
                spans += occurrences(of: last).filter { s in !spans.contains { $0.overlaps(s) } }
            }
            people += spans.map { ($0, name) }
        }
        // The given offsets win over any other reading of the same words.
        people += [(example.aOffset..<(example.aOffset + example.a.unicodeScalars.count), example.a),
                   (example.bOffset..<(example.bOffset + example.b.unicodeScalars.count), example.b)]
        let document = Document(id: example.id, path: example.id, text: example.text)
        let reading = extractor.readCoreference(of: document, people: people, parsing: parsing)
        func entity(at offset: Int) -> String? { reading.mentions.first { $0.span.contains(offset) && !$0.isReference }?.entity }
        guard let resolution = reading.resolutions.first(where: { $0.isPronoun && $0.span.contains(example.pronounOffset) }) else {
            return (false, false, ["(no pronoun read)"])
        }
        let a = entity(at: example.aOffset), b = entity(at: example.bOffset)
        return (a.map(resolution.entities.contains) ?? false, b.map(resolution.entities.contains) ?? false, resolution.entities)
    }

    package static func score(_ examples: [Example], extractor: Extractor, parsing: CoreferenceParsing,
                              details: ((String) -> Void)? = nil) -> Scores {
        var scores = Scores()
        for example in examples {
            let (a, b, chosen) = decide(example, extractor: extractor, parsing: parsing)
            if let details, a != example.aCoref || b != example.bCoref {
                details("\(example.id) \(example.pronoun)@\(example.pronounOffset) A=\(example.a)\(example.aCoref ? "*" : "") B=\(example.b)\(example.bCoref ? "*" : "") → \(chosen.joined(separator: "+"))")
            }
            scores.decisions.append((example.id, a, b))
            for (gold, system) in [(example.aCoref, a), (example.bCoref, b)] {
                scores.overall.add(gold: gold, system: system)
                if example.gender == "f" { scores.feminine.add(gold: gold, system: system) } else { scores.masculine.add(gold: gold, system: system) }
            }
        }
        return scores
    }
}
