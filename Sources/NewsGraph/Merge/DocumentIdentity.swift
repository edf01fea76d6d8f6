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
    /// `String` holds equal), then by digest.
    static func < (a: DocumentIdentity, b: DocumentIdentity) -> Bool {
        if a.path != b.path { return a.path < b.path }
        if !a.path.utf8.elementsEqual(b.path.utf8) { return a.path.utf8.lexicographicallyPrecedes(b.path.utf8) }
        return a.digest < b.digest
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
