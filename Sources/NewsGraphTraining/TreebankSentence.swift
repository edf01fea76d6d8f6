import Foundation
import NewsGraph

/// A sentence of a treebank as training reads it: the syntactic words with their gold tags,
/// lemmas and tree, and the document it belongs to.
package struct TreebankSentence: Sendable {
    package var document: String
    package var forms: [String]
    package var tags: [UniversalTag]
    /// Fine-grained tags ("_" where the treebank has none).
    package var xpos: [String]
    package var lemmas: [String]
    /// 0-based heads, -1 for the root's dependent.
    package var heads: [Int]
    package var relations: [String]

    package var count: Int { forms.count }

    /// Each word's part of speech, universal and fine.
    package var parts: [PartOfSpeech] { zip(tags, xpos).map { PartOfSpeech(upos: $0, xpos: $1) } }

    /// The sentence's words as a CoNLL-U sentence reads them, or nil when a word lacks a tag or
    /// head (such sentences cannot be learned from).
    package init?(_ sentence: CoNLLUSentence, document: String) {
        let words = sentence.words
        guard !words.isEmpty else { return nil }
        var tags: [UniversalTag] = []
        var heads: [Int] = []
        for word in words {
            guard let tag = UniversalTag(name: word.upos), let head = word.head, head <= words.count else { return nil }
            tags.append(tag)
            heads.append(head - 1)
        }
        self.document = document
        forms = words.map(\.form)
        self.tags = tags
        xpos = words.map(\.xpos)
        lemmas = words.map(\.lemma)
        self.heads = heads
        relations = words.map(\.deprel)
    }
}

/// Reads treebanks for training.
package enum Treebank {
    /// The sentences of CoNLL-U files, leaving out the documents in `excluded`.
    ///
    /// A document is named by the last `# newdoc id = …` comment before the sentence.
    package static func read(_ paths: [String], excluding excluded: Set<String> = []) throws -> [TreebankSentence] {
        var result: [TreebankSentence] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else { throw TrainingError.unreadable(path) }
            var document = ""
            for sentence in try CoNLLUReader.sentences(in: String(decoding: data, as: UTF8.self), path: path) {
                if let id = sentence.comment("newdoc id") { document = id }
                guard !excluded.contains(document), let s = TreebankSentence(sentence, document: document) else { continue }
                result.append(s)
            }
        }
        return result
    }

    /// Document ids listed one per line (`#` starts a comment).
    package static func documentList(_ path: String) throws -> Set<String> {
        guard let data = FileManager.default.contents(atPath: path) else { throw TrainingError.unreadable(path) }
        return Set(String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let id = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                .trimmingCharacters(in: .whitespaces) ?? ""
            return id.isEmpty ? nil : id
        })
    }
}

/// Why training could not go on.
package enum TrainingError: Error, CustomStringConvertible {
    case unreadable(String)
    case noData(String)

    package var description: String {
        switch self {
        case .unreadable(let path): return "cannot read \(path)"
        case .noData(let what): return "no training data: \(what)"
        }
    }
}
