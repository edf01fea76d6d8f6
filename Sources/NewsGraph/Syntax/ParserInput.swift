/// What the parser reads of a sentence, laid out once per sentence for fast feature extraction:
/// each word's form and tag atoms, its last three letters, and how many punctuation marks come
/// before it. The root is appended as word `count`.
package final class ParserInput {
    package let count: Int
    package let words: UnsafeMutablePointer<UInt64>
    package let tags: UnsafeMutablePointer<UInt64>
    package let suffixes: UnsafeMutablePointer<UInt64>
    package let punctuationBefore: UnsafeMutablePointer<Int32>

    package init(sentence: SyntaxSentence, tags: [UniversalTag]) {
        let n = sentence.count
        count = n
        words = .allocate(capacity: n + 1)
        self.tags = .allocate(capacity: n + 1)
        suffixes = .allocate(capacity: n + 1)
        punctuationBefore = .allocate(capacity: n + 1)
        var punctuation: Int32 = 0
        for i in 0..<n {
            let atoms = sentence.atoms(i)
            words[i] = atoms.norm
            self.tags[i] = UInt64(tags[i].rawValue) &+ 1
            suffixes[i] = atoms.suffix3
            punctuationBefore[i] = punctuation
            if tags[i] == .punct { punctuation += 1 }
        }
        words[n] = ParserFeatures.root
        self.tags[n] = ParserFeatures.root
        suffixes[n] = ParserFeatures.root
        punctuationBefore[n] = punctuation
    }

    deinit {
        words.deallocate()
        tags.deallocate()
        suffixes.deallocate()
        punctuationBefore.deallocate()
    }
}
