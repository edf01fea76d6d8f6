import NewsGraph

/// Accuracy of tags, lemmas and trees against a treebank, over every syntactic word (punctuation
/// included), labels compared on their universal part — as the CoNLL 2018 shared task scores.
package struct SyntaxScores: Sendable, CustomStringConvertible {
    package var words = 0
    package var upos = 0
    package var xpos = 0
    package var lemmas = 0
    package var attached = 0
    package var labelled = 0

    package var uposAccuracy: Double { Double(upos) / Double(max(words, 1)) }
    package var xposAccuracy: Double { Double(xpos) / Double(max(words, 1)) }
    package var lemmaAccuracy: Double { Double(lemmas) / Double(max(words, 1)) }
    package var uas: Double { Double(attached) / Double(max(words, 1)) }
    package var las: Double { Double(labelled) / Double(max(words, 1)) }

    package var description: String {
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        return "UPOS \(f(uposAccuracy)) XPOS \(f(xposAccuracy)) LEMMA \(f(lemmaAccuracy)) UAS \(f(uas)) LAS \(f(las)) (\(words) words)"
    }

    package static func + (a: SyntaxScores, b: SyntaxScores) -> SyntaxScores {
        SyntaxScores(words: a.words + b.words, upos: a.upos + b.upos, xpos: a.xpos + b.xpos, lemmas: a.lemmas + b.lemmas,
                     attached: a.attached + b.attached, labelled: a.labelled + b.labelled)
    }
}

package enum SyntaxEvaluation {
    private static func universal(_ relation: String) -> Substring {
        relation.split(separator: ":", maxSplits: 1).first ?? Substring(relation)
    }

    /// Scores the tagger alone.
    package static func tags(_ tagger: PartOfSpeechTagger, on sentences: [TreebankSentence]) -> SyntaxScores {
        var scores = SyntaxScores()
        for sentence in sentences {
            let predicted = tagger.tag(SyntaxSentence(forms: sentence.forms)).map { tagger.classes[Int($0)] }
            scores.words += sentence.count
            scores.upos += zip(predicted, sentence.tags).filter { $0.upos == $1 }.count
            scores.xpos += zip(predicted, sentence.xpos).filter { $0.xpos == $1 }.count
        }
        return scores
    }

    /// Scores a parser given the tags it parses with (`tagger`'s).
    /// With `goldTags`, the parser reads the treebank's tags instead of the tagger's (to measure
    /// what tagging errors cost).
    package static func parse(_ parser: DependencyParser, tagger: PartOfSpeechTagger, lemmatizer: Lemmatizer,
                              on sentences: [TreebankSentence], goldTags: Bool = false) -> SyntaxScores {
        var scores = SyntaxScores()
        let classOf = Dictionary(uniqueKeysWithValues: tagger.classes.enumerated().map { ($1, UInt8($0)) })
        for sentence in sentences {
            let syntax = SyntaxSentence(forms: sentence.forms)
            let tagged = goldTags
                ? TaggedSentence(classes: sentence.parts.map { classOf[$0] ?? 0 }, alternatives: Array(repeating: .none, count: sentence.count))
                : tagger.tagWithAlternatives(syntax)
            let parts = tagged.classes.map { tagger.classes[Int($0)] }
            let lemmas = (0..<syntax.count).map { lemmatizer.lemma(sentence.forms[$0], word: syntax.atoms($0), tag: parts[$0].upos) }
            let (heads, labels) = parser.parse(syntax, tags: tagged, lemmas: lemmas.map(FeatureHash.string))
            scores.words += sentence.count
            for i in 0..<sentence.count {
                if parts[i].upos == sentence.tags[i] { scores.upos += 1 }
                if parts[i].xpos == sentence.xpos[i] { scores.xpos += 1 }
                if lemmas[i] == sentence.lemmas[i] { scores.lemmas += 1 }
                if heads[i] == sentence.heads[i] {
                    scores.attached += 1
                    if universal(parser.labels[Int(labels[i])]) == universal(sentence.relations[i]) { scores.labelled += 1 }
                }
            }
        }
        return scores
    }

    /// Scores a whole model.
    package static func model(_ model: SyntaxModel, on sentences: [TreebankSentence], goldTags: Bool = false) -> SyntaxScores {
        parse(model.parser, tagger: model.tagger, lemmatizer: model.lemmatizer, on: sentences, goldTags: goldTags)
    }
}
