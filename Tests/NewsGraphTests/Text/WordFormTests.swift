import Foundation
import Testing
@testable import NewsGraph

@Suite("Word forms: the normalized key every token is looked up by")
struct WordFormTests {
    /// The byte-level normalization of a word, as tokens get it.
    private func normalizedBytes(_ word: String) -> String {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { WordForm.normalize($0, 0..<$0.count) }
    }

    @Test("the Latin fast path gives what Foundation's case mapping and diacritic folding give, letter by letter")
    func latinTableMatchesFoundation() {
        for value in UInt32(0xC0)..<0x180 {
            let letter = String(Unicode.Scalar(value)!)
            #expect(normalizedBytes(letter) == WordForm.normalize(letter), "U+\(String(value, radix: 16, uppercase: true)) \(letter)")
            #expect(normalizedBytes("x" + letter + "Y.") == WordForm.normalize("x" + letter + "Y."))
        }
        for value in UInt32(0x2010)...0x2027 {
            let mark = String(Unicode.Scalar(value)!)
            #expect(normalizedBytes(mark) == WordForm.normalize(mark), "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    @Test("whole words: diacritics, dotted abbreviations, curly apostrophes, and words outside the table")
    func words() {
        #expect(normalizedBytes("Élysée") == "elysee")
        #expect(normalizedBytes("Erdoğan") == "erdogan")
        #expect(normalizedBytes("Łukasz") == "łukasz")
        #expect(normalizedBytes("U.S.") == "us")
        #expect(normalizedBytes("") == "")
        #expect(WordForm.normalize("") == "")
        #expect(normalizedBytes("’s") == "'s")
        #expect(normalizedBytes("Kremlin’s") == "kremlin's")
        // Outside the table (Cyrillic, a combining accent): Foundation's path, same answer as for a String.
        for word in ["Пу́тин", "Ре\u{301}сифи", "Zoë", "İstanbul", "ǅemal"] {
            #expect(normalizedBytes(word) == WordForm.normalize(word), "\(word)")
        }
    }
}
