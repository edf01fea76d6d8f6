/// Writes sentences as CoNLL-U: comments, then one line per word, multi-word token or empty node,
/// then a blank line.
public enum CoNLLUWriter {
    public static func text(_ sentences: [CoNLLUSentence]) -> String {
        var out = ""
        for sentence in sentences { append(sentence, to: &out) }
        return out
    }

    public static func append(_ sentence: CoNLLUSentence, to out: inout String) {
        for comment in sentence.comments { out += comment.isEmpty ? "#\n" : "# \(comment)\n" }
        for line in sentence.lines {
            switch line {
            case .word(let w):
                let columns = [String(w.id), w.form, w.lemma, w.upos, w.xpos, w.feats, w.head.map(String.init) ?? "_",
                               w.deprel, w.deps, w.misc]
                out += columns.map(clean).joined(separator: "\t")
            case .multiwordToken(let first, let last, let columns):
                out += (["\(first)-\(last)"] + columns.map(clean)).joined(separator: "\t")
            case .emptyNode(let id, let columns):
                out += ([id] + columns.map(clean)).joined(separator: "\t")
            }
            out += "\n"
        }
        out += "\n"
    }

    /// A column never holds a tab or line break; an empty column is `_`.
    private static func clean(_ column: String) -> String {
        if column.isEmpty { return "_" }
        guard column.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return column }
        return String(column.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
