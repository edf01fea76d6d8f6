/// CoNLL-U in and out, as UDPipe and Stanza do it.
extension SyntaxModel {
    /// The sentence with predicted UPOS, XPOS, LEMMA, HEAD and DEPREL. ID, FORM and MISC are kept,
    /// as are comments, multi-word token lines and empty nodes; FEATS and DEPS become `_` (the
    /// model does not predict them).
    public func annotate(_ sentence: CoNLLUSentence) -> CoNLLUSentence {
        var words = sentence.words
        guard !words.isEmpty else { return sentence }
        let parsed = parse(words.map(\.form))
        for i in words.indices {
            words[i] = CoNLLUWord(id: words[i].id, form: words[i].form, lemma: parsed.lemmas[i], upos: parsed.tags[i].name,
                                  xpos: parsed.xpos[i], head: parsed.heads[i] + 1, deprel: parsed.relations[i], misc: words[i].misc)
        }
        var result = sentence
        result.replaceWords(words)
        return result
    }

    /// Plain text, segmented into sentences and words by NewsGraph's own segmenter and tokenizer,
    /// parsed and written as CoNLL-U sentences (`# sent_id`, `# text`, multi-word tokens for
    /// contractions, `SpaceAfter=No`).
    public func annotate(text: String) -> [CoNLLUSentence] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var tokens: [Token] = []
            var result: [CoNLLUSentence] = []
            for range in SentenceSegmenter.sentences(buffer) {
                let first = tokens.count
                Tokenizer.tokenize(buffer, range: range, into: &tokens)
                guard tokens.count > first else { continue }
                let words = SyntacticWords.words(buffer, tokens: tokens, range: first..<tokens.count)
                let parsed = parse(words.map(\.form))
                let sentenceText = String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
                var sentence = CoNLLUSentence(comments: ["sent_id = \(result.count + 1)",
                                                         "text = " + sentenceText.split(whereSeparator: \.isNewline).joined(separator: " ")])
                func spaceAfter(_ end: Int) -> Bool { end >= range.upperBound || buffer[end] == 0x20 || buffer[end] < 0x20 || buffer[end] == 0xC2 }
                var k = 0
                while k < words.count {
                    if let group = words[k].multiwordGroup {
                        var last = k
                        while last + 1 < words.count, words[last + 1].multiwordGroup == group { last += 1 }
                        let end = words[last].bytes.upperBound
                        let form = String(decoding: UnsafeBufferPointer(rebasing: buffer[words[k].bytes.lowerBound..<end]), as: UTF8.self)
                        sentence.lines.append(.multiwordToken(first: k + 1, last: last + 1,
                                                              columns: [form, "_", "_", "_", "_", "_", "_", "_", spaceAfter(end) ? "_" : "SpaceAfter=No"]))
                        for j in k...last { sentence.lines.append(.word(word(j, parsed, words[j].form, misc: "_"))) }
                        k = last + 1
                    } else {
                        let misc = spaceAfter(words[k].bytes.upperBound) ? "_" : "SpaceAfter=No"
                        sentence.lines.append(.word(word(k, parsed, words[k].form, misc: misc)))
                        k += 1
                    }
                }
                result.append(sentence)
            }
            return result
        }
    }

    private func word(_ i: Int, _ parsed: ParsedSentence, _ form: String, misc: String) -> CoNLLUWord {
        CoNLLUWord(id: i + 1, form: form, lemma: parsed.lemmas[i], upos: parsed.tags[i].name, xpos: parsed.xpos[i],
                   head: parsed.heads[i] + 1, deprel: parsed.relations[i], misc: misc)
    }
}
