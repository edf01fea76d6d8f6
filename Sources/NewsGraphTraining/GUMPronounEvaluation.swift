import Foundation
import NewsGraph

/// How many of a GUM document's third-person pronouns (he, she, they, it and their case forms)
/// coreference resolves to a mention of the right entity, by GUM's `Entity=` annotation.
///
/// A pronoun counts when its entity was mentioned before it (it is anaphoric). It is right when
/// the antecedent coreference chose lies in a gold mention of the pronoun's entity (the innermost
/// gold mention holding the antecedent's last character). Two shares are given: over the pronouns
/// whose entity has an earlier *named* mention (a proper noun: what extraction can find), and over
/// all anaphoric pronouns; beside them, how many pronouns with no named antecedent were resolved
/// all the same (to anything: each one is wrong).
package enum GUMPronounEvaluation {
    package static let pronouns: Set<String> = ["he", "him", "his", "himself", "she", "her", "hers", "herself",
                                               "they", "them", "their", "themselves", "it", "its", "itself"]

    package struct GoldMention: Sendable {
        package var entity: String
        package var type: String
        package var span: Range<Int>
        package var isNamed: Bool
        package var isPronoun: Bool
    }

    package struct Document: Sendable {
        package var id: String
        package var text: String
        package var mentions: [GoldMention]
    }

    package struct Scores: Sendable, CustomStringConvertible {
        package var named = 0, namedRight = 0
        /// Pronouns whose entity has an earlier mention extraction found (a mention of it overlaps
        /// a gold mention of the entity): what coreference alone decides.
        package var found = 0, foundRight = 0
        package var anaphoric = 0, anaphoricRight = 0
        package var resolvedWithoutNamedAntecedent = 0
        package var byPronoun: [String: (count: Int, right: Int)] = [:]

        package var description: String {
            let share = { (right: Int, count: Int) in count == 0 ? "–" : String(format: "%.2f", Double(right) / Double(count)) }
            let forms = byPronoun.keys.sorted().map { "\($0) \(byPronoun[$0]!.right)/\(byPronoun[$0]!.count)" }.joined(separator: ", ")
            return "antecedent found by extraction: \(foundRight)/\(found) right (\(share(foundRight, found))); "
                + "named antecedent: \(namedRight)/\(named) (\(share(namedRight, named))); all anaphoric: "
                + "\(anaphoricRight)/\(anaphoric) (\(share(anaphoricRight, anaphoric))); resolved without a named antecedent: "
                + "\(resolvedWithoutNamedAntecedent)\n    by form (named antecedent): \(forms)"
        }
    }

    /// The documents of CoNLL-U files whose id starts with one of `prefixes` ("GUM_news_").
    package static func read(_ path: String, prefixes: [String]) throws -> [Document] {
        guard let data = FileManager.default.contents(atPath: path) else { throw TrainingError.unreadable(path) }
        var documents: [Document] = []
        var current: Document?
        var open: [(entity: String, type: String, start: Int, named: Bool)] = []
        var text = ""
        var offset = 0
        func finish() {
            if var document = current {
                document.text = text
                documents.append(document)
            }
            current = nil
            text = ""
            offset = 0
            open = []
        }
        for sentence in try CoNLLUReader.sentences(in: String(decoding: data, as: UTF8.self), path: path) {
            if let id = sentence.comment("newdoc id") {
                finish()
                if prefixes.contains(where: id.hasPrefix) { current = Document(id: id, text: "", mentions: []) }
            }
            guard current != nil else { continue }
            // Words with their character spans; a multi-word token's words share its span.
            var mwtEnd = 0, mwtSpan = 0..<0
            for line in sentence.lines {
                switch line {
                case .multiwordToken(_, let last, let columns):
                    let form = columns.first ?? ""
                    let start = offset
                    text += form
                    offset += form.unicodeScalars.count
                    mwtEnd = last
                    mwtSpan = start..<offset
                    if !(columns.last ?? "").contains("SpaceAfter=No") { text += " "; offset += 1 }
                case .word(let word):
                    let span: Range<Int>
                    if word.id <= mwtEnd {
                        span = mwtSpan
                    } else {
                        let start = offset
                        text += word.form
                        offset += word.form.unicodeScalars.count
                        span = start..<offset
                        if word.spaceAfter { text += " "; offset += 1 }
                    }
                    read(entities: word.misc, word: word, span: span, open: &open, into: &current!.mentions)
                case .emptyNode: break
                }
            }
            text += "\n"
            offset += 1
        }
        finish()
        return documents
    }

    /// Reads a word's `Entity=` value: "(16-person-…(17-place-…)" opens 16 and opens and closes 17;
    /// "16)" closes 16.
    private static func read(entities misc: String, word: CoNLLUWord, span: Range<Int>,
                             open: inout [(entity: String, type: String, start: Int, named: Bool)], into mentions: inout [GoldMention]) {
        for i in open.indices where word.upos == "PROPN" { open[i].named = true }
        guard let field = misc.split(separator: "|").first(where: { $0.hasPrefix("Entity=") }) else { return }
        let value = Array(field.dropFirst("Entity=".count))
        var i = 0
        let isPronoun = pronouns.contains(word.form.lowercased()) && word.upos == "PRON"
        while i < value.count {
            if value[i] == "(" {
                var j = i + 1
                while j < value.count, value[j] != "(", value[j] != ")" { j += 1 }
                let parts = String(value[(i + 1)..<j]).split(separator: "-", omittingEmptySubsequences: false).map(String.init)
                let entity = parts.first ?? "", type = parts.count > 1 ? parts[1] : ""
                if j < value.count, value[j] == ")" {
                    mentions.append(GoldMention(entity: entity, type: type, span: span, isNamed: word.upos == "PROPN", isPronoun: isPronoun))
                    i = j + 1
                } else {
                    open.append((entity, type, span.lowerBound, word.upos == "PROPN"))
                    i = j
                }
            } else {
                var j = i
                while j < value.count, value[j] != ")" { j += 1 }
                let entity = String(value[i..<j])
                if let k = open.lastIndex(where: { $0.entity == entity }) {
                    let o = open.remove(at: k)
                    mentions.append(GoldMention(entity: o.entity, type: o.type, span: o.start..<span.upperBound, isNamed: o.named,
                                                isPronoun: false))
                }
                i = j + 1
            }
        }
    }

    package static func score(_ documents: [Document], extractor: Extractor, parsing: CoreferenceParsing,
                              details: ((String) -> Void)? = nil) -> Scores {
        var scores = Scores()
        for document in documents {
            let reading = extractor.readCoreference(of: NewsGraph.Document(id: document.id, path: document.id, text: document.text),
                                                    parsing: parsing)
            let gold = document.mentions.sorted { $0.span.lowerBound < $1.span.lowerBound }
            for pronoun in gold where pronoun.isPronoun {
                let earlier = gold.filter { $0.entity == pronoun.entity && $0.span.upperBound <= pronoun.span.lowerBound }
                guard !earlier.isEmpty else { continue }
                let hasNamed = earlier.contains(where: \.isNamed)
                let resolution = reading.resolutions.first { $0.isPronoun && $0.span.overlaps(pronoun.span) }
                var right = false
                if let antecedent = resolution?.antecedent {
                    let last = antecedent.upperBound - 1
                    let holder = gold.filter { $0.span.contains(last) && !$0.span.overlaps(pronoun.span) }
                        .min { $0.span.count < $1.span.count }
                    right = holder?.entity == pronoun.entity
                }
                scores.anaphoric += 1
                let extracted = reading.mentions.filter { !$0.isReference && $0.span.upperBound <= pronoun.span.lowerBound }
                if earlier.contains(where: { g in extracted.contains { $0.span.overlaps(g.span) && g.span.contains($0.span.upperBound - 1) } }) {
                    scores.found += 1
                    if right { scores.foundRight += 1 }
                }
                if right { scores.anaphoricRight += 1 }
                let form = text(of: pronoun.span, in: document.text).lowercased()
                if let details {
                    let named = earlier.last(where: \.isNamed).map { text(of: $0.span, in: document.text) } ?? "-"
                    let chosen = resolution?.antecedent.map { text(of: $0, in: document.text) } ?? "unresolved"
                    details("\(document.id) @\(pronoun.span.lowerBound) \(form) [\(pronoun.type)] gold named: \(named) → \(chosen)\(right ? " RIGHT" : "")")
                }
                if hasNamed {
                    scores.named += 1
                    if right { scores.namedRight += 1 }
                    scores.byPronoun[form, default: (0, 0)].count += 1
                    if right { scores.byPronoun[form, default: (0, 0)].right += 1 }
                } else if resolution.map({ !$0.entities.isEmpty }) ?? false {
                    scores.resolvedWithoutNamedAntecedent += 1
                }
            }
        }
        return scores
    }

    private static func text(of span: Range<Int>, in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[span])
        return String(s)
    }
}
