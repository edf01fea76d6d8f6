import Foundation
import NewsGraph

/// A sentence of a name corpus: its words and the names marked in it.
package struct NamedSentence: Sendable {
    package var document: String
    package var forms: [String]
    package var spans: [NameSpan]

    package init(document: String, forms: [String], spans: [NameSpan]) {
        self.document = document
        self.forms = forms
        self.spans = spans
    }
}

/// Training, development and test sentences of one corpus.
package struct NameSplits: Sendable {
    package var name: String
    package var train: [NamedSentence] = []
    package var dev: [NamedSentence] = []
    package var test: [NamedSentence] = []

    package init(name: String) { self.name = name }
}

/// Reads the name corpora of `../shared/corpora` and splits them.
///
/// - GUM (`ud-gum/`): its own train/dev/test files; a name is a mention of type person,
///   organization or place whose head (minspan) has a PROPN, from its first to its last PROPN
///   word around the head (so "the United States" gives "United States"); nested names inside a
///   longer one are dropped. Documents in the exclusion list are left out of training.
/// - WikiGold (`ner/wikigold/`, IOB1): documents (`-DOCSTART-`) numbered in file order; number
///   mod 10 = 8 is dev, = 9 test, the rest train. MISC names are dropped.
/// - BTC (`ner/btc/`, BIO): the tweets of each section file numbered in file order; the same rule.
package enum NameCorpora {
    package static func gum(_ folder: String, excluding excluded: Set<String>) throws -> NameSplits {
        var splits = NameSplits(name: "GUM")
        splits.train = try gumFile("\(folder)/en_gum-ud-train.conllu").filter { !excluded.contains($0.document) }
        splits.dev = try gumFile("\(folder)/en_gum-ud-dev.conllu")
        splits.test = try gumFile("\(folder)/en_gum-ud-test.conllu")
        return splits
    }

    package static func wikiGold(_ path: String) throws -> NameSplits {
        var splits = NameSplits(name: "WikiGold")
        var document = -1
        for (sentence, isDocumentStart) in try conll(path, scheme: .iob1) {
            if isDocumentStart { document += 1; continue }
            assign(sentence, number: max(document, 0), to: &splits)
        }
        return splits
    }

    package static func btc(_ folder: String) throws -> NameSplits {
        var splits = NameSplits(name: "BTC")
        for section in ["a", "b", "e", "f", "g", "h"] {
            let path = "\(folder)/\(section).conll"
            guard FileManager.default.fileExists(atPath: path) else { continue }
            for (number, (sentence, _)) in try conll(path, scheme: .bio).enumerated() {
                var s = sentence
                s.document = "btc-\(section)-\(number)"
                assign(s, number: number, to: &splits)
            }
        }
        return splits
    }

    private static func assign(_ sentence: NamedSentence, number: Int, to splits: inout NameSplits) {
        switch number % 10 {
        case 8: splits.dev.append(sentence)
        case 9: splits.test.append(sentence)
        default: splits.train.append(sentence)
        }
    }

    // MARK: CoNLL (word, tag per line)

    private enum Scheme { case iob1, bio }

    /// Sentences (blank-line separated), each flagged when it is a `-DOCSTART-` line.
    private static func conll(_ path: String, scheme: Scheme) throws -> [(NamedSentence, Bool)] {
        guard let data = FileManager.default.contents(atPath: path) else { throw TrainingError.unreadable(path) }
        var result: [(NamedSentence, Bool)] = []
        var forms: [String] = []
        var labels: [String] = []
        func flush() {
            guard !forms.isEmpty else { return }
            if forms.first == "-DOCSTART-" {
                result.append((NamedSentence(document: "", forms: [], spans: []), true))
            } else {
                result.append((NamedSentence(document: "", forms: forms, spans: spans(labels, scheme: scheme)), false))
            }
            forms = []
            labels = []
        }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty { flush(); continue }
            forms.append(String(fields[0]))
            labels.append(fields.count > 1 ? String(fields[fields.count - 1]) : "O")
        }
        flush()
        return result
    }

    /// The PER/ORG/LOC spans of IOB1 or BIO labels (MISC and others dropped).
    private static func spans(_ labels: [String], scheme: Scheme) -> [NameSpan] {
        var spans: [NameSpan] = []
        var start = -1
        var type: String?
        func close(_ end: Int) {
            if let t = type, start >= 0, let nameType = NameType(label: t) { spans.append(NameSpan(words: start..<end, type: nameType)) }
            type = nil
            start = -1
        }
        for (i, label) in labels.enumerated() {
            let parts = label.split(separator: "-", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { close(i); continue }
            let (prefix, t) = (parts[0], parts[1])
            // BIO: B always opens; IOB1: B opens only after a name of the same type. I opens after another type.
            if prefix == "B" || t != type {
                close(i)
                start = i
                type = t
            }
        }
        close(labels.count)
        return spans
    }

    // MARK: GUM

    private static func gumFile(_ path: String) throws -> [NamedSentence] {
        guard let data = FileManager.default.contents(atPath: path) else { throw TrainingError.unreadable(path) }
        var result: [NamedSentence] = []
        var document = ""
        for sentence in try CoNLLUReader.sentences(in: String(decoding: data, as: UTF8.self), path: path) {
            if let id = sentence.comment("newdoc id") { document = id }
            let words = sentence.words
            guard !words.isEmpty else { continue }
            result.append(NamedSentence(document: document, forms: words.map(\.form), spans: gumNames(words)))
        }
        return result
    }

    /// The named person, organization and place mentions of a sentence's words.
    private static func gumNames(_ words: [CoNLLUWord]) -> [NameSpan] {
        struct Open { var id: String; var type: NameType?; var minspan: [Int]; var start: Int }
        var open: [Open] = []
        var candidates: [NameSpan] = []
        let isProper = words.map { $0.upos == "PROPN" }
        for (i, word) in words.enumerated() {
            guard let entity = word.misc.split(separator: "|").first(where: { $0.hasPrefix("Entity=") }) else { continue }
            var rest = Substring(entity.dropFirst("Entity=".count))
            // "(16-person-…-Barack_Obama(17-place-…)" and closings "16)": a sequence of opens and closes.
            while !rest.isEmpty {
                if rest.first == "(" {
                    rest = rest.dropFirst()
                    let end = rest.firstIndex { $0 == "(" || $0 == ")" } ?? rest.endIndex
                    let fields = rest[..<end].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
                    rest = rest[end...]
                    let closesNow = rest.first == ")"
                    if closesNow { rest = rest.dropFirst() }
                    guard fields.count >= 6 else { continue }
                    let minspan = fields[5].split(separator: ",").compactMap { Int($0) }
                    let mention = Open(id: fields[0], type: NameType(label: fields[1]), minspan: minspan, start: i)
                    if closesNow { candidates += named(mention.type, mention.minspan, mention.start..<(i + 1), isProper) }
                    else { open.append(mention) }
                } else {
                    let end = rest.firstIndex { $0 == "(" || $0 == ")" } ?? rest.endIndex
                    let id = String(rest[..<end])
                    rest = rest[end...]
                    if rest.first == ")" { rest = rest.dropFirst() }
                    if let k = open.lastIndex(where: { $0.id == id }) {
                        let mention = open.remove(at: k)
                        candidates += named(mention.type, mention.minspan, mention.start..<(i + 1), isProper)
                    }
                }
            }
        }
        // Longest first; a name overlapping one already kept is dropped.
        candidates.sort { ($0.words.count, -$0.words.lowerBound) > ($1.words.count, -$1.words.lowerBound) }
        var kept: [NameSpan] = []
        for c in candidates where !kept.contains(where: { $0.words.overlaps(c.words) }) { kept.append(c) }
        return kept.sorted { $0.words.lowerBound < $1.words.lowerBound }
    }

    /// The name inside a mention: the PROPN words around its first PROPN head word, joined over
    /// connectors ("Bank of England", "Jean-Paul"), trimmed to start and end with a PROPN.
    private static func named(_ type: NameType?, _ minspan: [Int], _ span: Range<Int>, _ isProper: [Bool]) -> [NameSpan] {
        guard let type, let head = minspan.map({ span.lowerBound + $0 - 1 }).first(where: { span.contains($0) && isProper[$0] })
        else { return [] }
        var start = head, end = head + 1
        while start > span.lowerBound, isProper[start - 1] { start -= 1 }
        while end < span.upperBound {
            if isProper[end] { end += 1; continue }
            // A connector between PROPN words inside the mention.
            if end + 1 < span.upperBound, isProper[end + 1] { end += 2; continue }
            break
        }
        return [NameSpan(words: start..<end, type: type)]
    }
}
