import NewsGraph

/// The text form of `newsgraph explain`: per sentence, the tokens with their tags, the parse as
/// CoNLL-U-like columns, the mentions and what they resolved to, each predicate tried with the
/// relations it made and why, or why it made none.
enum ExplanationText {
    static func render(_ explanation: Explanation) -> String {
        var out = ""
        if !explanation.syntaxModel {
            out += "no syntax model installed: relations are read by word order alone\n\n"
        }
        for (index, sentence) in explanation.sentences.enumerated() {
            if index > 0 { out += "\n" }
            render(sentence, into: &out)
        }
        return out
    }

    private static func render(_ s: Explanation.Sentence, into out: inout String) {
        out += "sentence \(s.number) [\(s.start)–\(s.end)]: \(s.text)\n"
        out += "  read: \(s.reading)\n"
        if !s.words.isEmpty {
            out += "  tokens: " + s.words.map { "\($0.form)/\($0.upos)" }.joined(separator: " ") + "\n"
            out += "  parse:\n"
            let formWidth = min(18, s.words.map(\.form.count).max() ?? 0)
            let lemmaWidth = min(18, s.words.map(\.lemma.count).max() ?? 0)
            for w in s.words {
                let head = w.head == 0 ? "root" : "\(w.head) \(s.words[w.head - 1].form)"
                out += "    " + pad("\(w.id)", 3) + " " + pad(w.form, formWidth) + " " + pad(w.lemma, lemmaWidth) + " "
                    + pad(w.upos, 5) + " " + pad(w.xpos, 4) + " " + pad(w.relation, 11) + " ← \(head)\n"
            }
        } else {
            out += "  tokens: " + s.tokens.map(\.text).joined(separator: " ") + "\n"
        }
        if s.mentions.isEmpty {
            out += "  mentions: none\n"
        } else {
            out += "  mentions:\n"
            for m in s.mentions {
                let modifier = m.isModifier ? ", modifier" : ""
                out += "    \"\(m.text)\" [\(m.start)–\(m.end)] \(m.form)\(modifier) → \(m.entityName) (\(m.entity), \(m.kind))\n"
            }
        }
        if !s.references.isEmpty {
            out += "  pronouns and descriptions:\n"
            for r in s.references {
                let target = r.entityNames.isEmpty ? "unresolved" : r.entityNames.joined(separator: " + ") + " (" + r.entities.joined(separator: ", ") + ")"
                out += "    \"\(r.text)\" [\(r.start)–\(r.end)] \(r.kind) → \(target): \(r.reason)\n"
            }
        }
        if !s.triggers.isEmpty {
            out += "  triggers:\n"
            for t in s.triggers {
                out += "    \(t.word) \"\(t.form)\" lemma \(t.lemma), frame \(t.frame) (\(t.relation))"
                if let dropped = t.dropped {
                    out += ": dropped, \(dropped)\n"
                } else {
                    out += ": \(t.relations.count) relation\(t.relations.count == 1 ? "" : "s")\n"
                }
            }
        }
        if s.relations.isEmpty {
            out += "  relations: none\n"
        } else {
            out += "  relations:\n"
            for r in s.relations {
                let arrow = r.directed ? "→" : "—"
                let trigger = r.trigger.map { " \"\($0)\"" } ?? ""
                out += "    \(r.kind): \(r.sourceName) \(arrow) \(r.targetName)\(trigger), confidence \(r.confidence)\n"
                for reason in r.reasons { out += "      \(reason)\n" }
            }
        }
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
