/// What makes two document records the same document when graphs are merged: the path and the
/// digest of the text. The same file met in two inputs counts once; a file whose text changed
/// under the same path is another document.
///
/// Their order is the canonical document order: documents are numbered `d1`, `d2`, … in it,
/// whatever graphs they came in and in whatever order, so the ids `build` gives are the ids any
/// merge of the same documents gives.
struct DocumentIdentity: Hashable, Comparable, Sendable {
    var path: String
    var digest: String

    init(_ document: DocumentInfo) {
        path = document.path
        digest = document.digest ?? ""
    }

    /// By path (as `DocumentReader` orders files), then by the path's bytes (two spellings
    /// `String` holds equal), then by digest. A dataset's records (`news.jsonl#17`) come in
    /// the order of their numbers, after the file's other paths with the same beginning.
    static func < (a: DocumentIdentity, b: DocumentIdentity) -> Bool {
        if a.path != b.path {
            let x = Self.record(a.path), y = Self.record(b.path)
            if x.file != y.file { return x.file < y.file }
            if x.number.count != y.number.count { return x.number.count < y.number.count }
            if x.number != y.number { return x.number < y.number }
            return a.path < b.path
        }
        if !a.path.utf8.elementsEqual(b.path.utf8) { return a.path.utf8.lexicographicallyPrecedes(b.path.utf8) }
        return a.digest < b.digest
    }

    /// The path split before a final `#` and digits (a record's number, without leading zeros),
    /// or the whole path and no number.
    private static func record(_ path: String) -> (file: Substring, number: Substring) {
        let utf8 = path.utf8
        guard let hash = utf8.lastIndex(of: UInt8(ascii: "#")) else { return (path[...], "") }
        let digits = utf8[utf8.index(after: hash)...]
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), digits.first != 0x30 else {
            return (path[...], "")
        }
        return (path[..<hash], path[utf8.index(after: hash)...])
    }

    static func == (a: DocumentIdentity, b: DocumentIdentity) -> Bool {
        a.digest == b.digest && a.path.utf8.elementsEqual(b.path.utf8)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
        hasher.combine(path.utf8.count)
        for byte in path.utf8 { hasher.combine(byte) }
    }
}
