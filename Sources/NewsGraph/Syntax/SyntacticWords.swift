/// The syntactic words of a run of tokens, as Universal Dependencies divides text: contractions
/// split ("don't" → "do" + "n't", "I'm" → "I" + "'m", "cannot" → "can" + "not"), runs of
/// periods or hyphens joined ("...", "--"), web addresses and "O'Brien" kept whole. NewsGraph's
/// tokenizer divides text for name recognition; the syntax models were trained on UD's division.
public struct SyntacticWord: Sendable, Hashable {
    /// The word as the models read it ("do", "n't").
    public var form: String
    /// The tokens it comes from (document token indexes); the parts of a split token share it.
    public var tokens: Range<Int>
    /// UTF-8 byte range of the text it was written as (a split token's parts share the token's).
    public var bytes: Range<Int>
    /// The words written as one token in the text ("don't") share a group number; nil otherwise.
    public var multiwordGroup: Int?
}

public enum SyntacticWords {
    /// Endings a contraction splits off: "n't" and the clitics after an apostrophe.
    private static let clitics: Set<String> = ["s", "m", "re", "ve", "ll", "d"]
    /// Words whose "n't" form drops a letter before the split: "don't" → "do", "can't" → "ca".
    private static let splitWords: [String: (String, String)] = [
        "cannot": ("can", "not"), "gonna": ("gon", "na"), "wanna": ("wan", "na"), "gotta": ("got", "ta"),
    ]

    /// The words of `range`'s tokens in `bytes`.
    public static func words(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], range: Range<Int>) -> [SyntacticWord] {
        var words: [SyntacticWord] = []
        words.reserveCapacity(range.count)
        var group = 0
        func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }
        func adjacent(_ a: Int, _ b: Int) -> Bool { tokens[a].end == tokens[b].start }
        func isApostrophe(_ i: Int) -> Bool {
            let t = text(tokens[i].range)
            return t == "'" || t == "\u{2019}"
        }
        var i = range.lowerBound
        while i < range.upperBound {
            let token = tokens[i]
            let form = text(token.range)
            // "don" "'" "t" → "do" "n't"; "I" "'" "m" → "I" "'m"; "Iran" "'s" → "Iran" "'s".
            if i + 2 < range.upperBound, adjacent(i, i + 1), adjacent(i + 1, i + 2), isApostrophe(i + 1), token.shape.isWord {
                let ending = text(tokens[i + 2].range)
                let lower = ending.lowercased()
                let next = i + 3 < range.upperBound && adjacent(i + 2, i + 3) && tokens[i + 3].shape.isWord
                if lower == "t", form.count > 1, form.last == "n" || form.last == "N", !next {
                    let stem = String(form.dropLast())
                    words.append(SyntacticWord(form: stem, tokens: i..<(i + 1), bytes: Int(token.start)..<Int(token.end) - 1,
                                               multiwordGroup: group))
                    words.append(SyntacticWord(form: String(form.last!) + text(tokens[i + 1].range) + ending,
                                               tokens: (i + 1)..<(i + 3), bytes: Int(token.end) - 1..<Int(tokens[i + 2].end),
                                               multiwordGroup: group))
                    group += 1
                    i += 3
                    continue
                }
                if clitics.contains(lower), !next {
                    words.append(SyntacticWord(form: form, tokens: i..<(i + 1), bytes: token.range, multiwordGroup: group))
                    words.append(SyntacticWord(form: text(tokens[i + 1].range) + ending, tokens: (i + 1)..<(i + 3),
                                               bytes: Int(tokens[i + 1].start)..<Int(tokens[i + 2].end), multiwordGroup: group))
                    group += 1
                    i += 3
                    continue
                }
                // "O'Brien", "o'clock": one word.
                if tokens[i + 2].shape.isWord, !next {
                    words.append(SyntacticWord(form: form + text(tokens[i + 1].range) + ending, tokens: i..<(i + 3),
                                               bytes: Int(token.start)..<Int(tokens[i + 2].end), multiwordGroup: nil))
                    i += 3
                    continue
                }
            }
            // "Iran's": the possessive token follows its word with no space between.
            if i + 1 < range.upperBound, tokens[i + 1].shape == .possessive, adjacent(i, i + 1), token.shape != .punctuation {
                words.append(SyntacticWord(form: form, tokens: i..<(i + 1), bytes: token.range, multiwordGroup: group))
                words.append(SyntacticWord(form: text(tokens[i + 1].range), tokens: (i + 1)..<(i + 2), bytes: tokens[i + 1].range,
                                           multiwordGroup: group))
                group += 1
                i += 2
                continue
            }
            if let (first, second) = splitWords[form.lowercased()] {
                let cut = Int(token.start) + first.utf8.count
                let upper = form.first?.isUppercase == true
                words.append(SyntacticWord(form: upper ? first.prefix(1).uppercased() + first.dropFirst() : first,
                                           tokens: i..<(i + 1), bytes: Int(token.start)..<cut, multiwordGroup: group))
                words.append(SyntacticWord(form: second, tokens: i..<(i + 1), bytes: cut..<Int(token.end), multiwordGroup: group))
                group += 1
                i += 1
                continue
            }
            // "...", "--", web and mail addresses: adjacent tokens joined.
            var end = i + 1
            if form == "." || form == "-" {
                while end < range.upperBound, adjacent(end - 1, end), text(tokens[end].range) == form { end += 1 }
            } else if token.shape.isWord || token.shape == .mixed {
                var j = i + 1
                var joined = form
                while j < range.upperBound, adjacent(j - 1, j) {
                    joined += text(tokens[j].range)
                    j += 1
                }
                let lower = joined.lowercased()
                if j > i + 2, lower.hasPrefix("http") && lower.contains("://") || lower.hasPrefix("www.")
                    || lower.contains("@") && lower.contains(".") {
                    // Trailing sentence punctuation is not part of the address.
                    while j > i + 1, [".", ",", ")", ":", ";"].contains(text(tokens[j - 1].range)) { j -= 1 }
                    end = j
                }
            }
            words.append(SyntacticWord(form: text(Int(token.start)..<Int(tokens[end - 1].end)), tokens: i..<end,
                                       bytes: Int(token.start)..<Int(tokens[end - 1].end), multiwordGroup: nil))
            i = end
        }
        return words
    }
}
