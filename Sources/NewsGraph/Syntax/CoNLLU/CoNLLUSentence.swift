/// One sentence of a CoNLL-U file (https://universaldependencies.org/format.html): its comment
/// lines and its word, multi-word token and empty node lines, in the order they were read.
public struct CoNLLUSentence: Sendable, Hashable {
    /// Comment lines without their leading "#" and one space: "sent_id = 1", "text = …".
    public var comments: [String]
    public var lines: [Line]

    public init(comments: [String] = [], lines: [Line] = []) {
        self.comments = comments
        self.lines = lines
    }

    /// A line of the sentence.
    public enum Line: Sendable, Hashable {
        /// A syntactic word, the unit of tags and trees ("1", "2", …).
        case word(CoNLLUWord)
        /// A multi-word token ("3-4 don't") and its columns after ID.
        case multiwordToken(first: Int, last: Int, columns: [String])
        /// An empty node of the enhanced graph ("8.1") with its columns after ID.
        case emptyNode(id: String, columns: [String])
    }

    /// The syntactic words, in order.
    public var words: [CoNLLUWord] {
        lines.compactMap { if case .word(let w) = $0 { return w } else { return nil } }
    }

    /// Replaces the words' columns with `words` (same count and order), keeping every other line.
    public mutating func replaceWords(_ words: [CoNLLUWord]) {
        var k = 0
        for i in lines.indices {
            if case .word = lines[i] {
                lines[i] = .word(words[k])
                k += 1
            }
        }
        precondition(k == words.count, "replaceWords: word count differs")
    }

    /// The value of a `key = value` comment ("sent_id", "text", "newdoc id"), if present.
    public func comment(_ key: String) -> String? {
        for comment in comments {
            guard comment.hasPrefix(key) else { continue }
            let rest = comment.dropFirst(key.count).drop(while: { $0 == " " })
            if rest.first == "=" { return String(rest.dropFirst().drop(while: { $0 == " " })) }
            if rest.isEmpty { return "" }
        }
        return nil
    }
}

/// The ten columns of a syntactic word; `_` stands for an empty column, as in the file.
public struct CoNLLUWord: Sendable, Hashable {
    public var id: Int
    public var form: String
    public var lemma: String
    public var upos: String
    public var xpos: String
    public var feats: String
    /// The head's ID (0 for the root), or nil when the column is `_`.
    public var head: Int?
    public var deprel: String
    public var deps: String
    public var misc: String

    public init(id: Int, form: String, lemma: String = "_", upos: String = "_", xpos: String = "_", feats: String = "_",
                head: Int? = nil, deprel: String = "_", deps: String = "_", misc: String = "_") {
        self.id = id
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.head = head
        self.deprel = deprel
        self.deps = deps
        self.misc = misc
    }

    /// Whether MISC says no space follows the word.
    public var spaceAfter: Bool {
        !misc.split(separator: "|").contains("SpaceAfter=No")
    }
}
