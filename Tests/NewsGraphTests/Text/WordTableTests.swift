import Foundation
import Testing
@testable import NewsGraph

@Suite("Word tables: the hashed lookups extraction makes at every token")
struct WordTableTests {
    @Test("every word inserted is found with its value, through many growths")
    func insertAndFind() {
        var table = WordTable<Int>()
        let words = (0..<5_000).map { "w\($0)" } + ["", "ä", "élysée", "Пу́тин", "a fairly long word past fifteen bytes"]
        for (index, word) in words.enumerated() { table[word] = index }
        #expect(table.count == words.count)
        for (index, word) in words.enumerated() { #expect(table[word] == index) }
        #expect(table["w5000"] == nil)
        #expect(!table.contains("W1"))
    }

    @Test("a word given as UTF-8 bytes is found with its stored key; a prefix, an extension or a miss is not")
    func entryByBytes() {
        var table = WordTable<Int>()
        for (index, word) in ["putin", "put", "élysée", "a fairly long word past fifteen bytes", ""].enumerated() { table[word] = index }
        func entry(_ word: String) -> (key: String, value: Int)? {
            Array(word.utf8).withUnsafeBufferPointer { table.entry(utf8: $0) }
        }
        #expect(entry("putin")?.value == 0)
        #expect(entry("putin")?.key == "putin")
        #expect(entry("put")?.value == 1)
        #expect(entry("élysée")?.value == 2)
        #expect(entry("a fairly long word past fifteen bytes")?.key == "a fairly long word past fifteen bytes")
        #expect(entry("")?.value == 4)
        #expect(entry("pu") == nil)
        #expect(entry("putins") == nil)
        #expect(entry("Putin") == nil)
    }

    @Test("setting a word again replaces its value, and the default subscript appends in place")
    func replace() {
        var table = WordTable<[Int]>()
        table["call", default: []].append(1)
        table["call", default: []].append(2)
        table["phone"] = [3]
        table["phone"] = [4]
        #expect(table["call"] == [1, 2])
        #expect(table["phone"] == [4])
        #expect(table.count == 2)
    }

    @Test("equal strings built differently are one key; a bridged or sliced string is found")
    func equalStrings() {
        let set: WordSet = ["said", "café"]
        #expect(set.contains(String("xsaidx".dropFirst().dropLast())))
        #expect(set.contains("cafe\u{301}".precomposedStringWithCanonicalMapping))
        #expect(!set.contains("says"))
        #expect(set.count == 2)
    }
}
