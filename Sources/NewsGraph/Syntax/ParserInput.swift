/// What the parser reads of a sentence, laid out once per sentence for fast feature extraction:
/// each word's form and part-of-speech atoms (the tagger's class: universal and fine tag), its last three letters, and how many punctuation marks come
/// before it. The root is appended as word `count`.
package final class ParserInput {
    package let count: Int
    package let words: UnsafeMutablePointer<UInt64>
    package let tags: UnsafeMutablePointer<UInt64>
    package let suffixes: UnsafeMutablePointer<UInt64>
    package let punctuationBefore: UnsafeMutablePointer<Int32>
    /// The tagger's runner-up for each word, when it came close (`TaggedSentence.Alternative.atom`).
    package let alternatives: UnsafeMutablePointer<UInt64>
    /// Each word's lemma, hashed.
    package let lemmas: UnsafeMutablePointer<UInt64>

    /// - Parameters:
    ///   - tags: each word's tag class.
    ///   - isPunctuation: whether a class is punctuation.
    ///   - lemmas: each word's lemma, hashed (`FeatureHash.string`).
    package init(sentence: SyntaxSentence, tags: TaggedSentence, lemmas: [UInt64], isPunctuation: [Bool]) {
        let n = sentence.count
        count = n
        words = .allocate(capacity: n + 1)
        self.tags = .allocate(capacity: n + 1)
        suffixes = .allocate(capacity: n + 1)
        punctuationBefore = .allocate(capacity: n + 1)
        alternatives = .allocate(capacity: n + 1)
        self.lemmas = .allocate(capacity: n + 1)
        var punctuation: Int32 = 0
        for i in 0..<n {
            let atoms = sentence.atoms(i)
            words[i] = atoms.norm
            self.tags[i] = UInt64(tags.classes[i]) &+ 1
            alternatives[i] = tags.alternatives[i].atom
            self.lemmas[i] = lemmas[i]
            suffixes[i] = atoms.suffix3
            punctuationBefore[i] = punctuation
            if isPunctuation[Int(tags.classes[i])] { punctuation += 1 }
        }
        words[n] = ParserFeatures.root
        self.tags[n] = ParserFeatures.root
        suffixes[n] = ParserFeatures.root
        punctuationBefore[n] = punctuation
        alternatives[n] = ParserFeatures.root
        self.lemmas[n] = ParserFeatures.root
    }

    deinit {
        words.deallocate()
        tags.deallocate()
        suffixes.deallocate()
        punctuationBefore.deallocate()
        alternatives.deallocate()
        lemmas.deallocate()
    }
}
