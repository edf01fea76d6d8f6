import CStemmer

/// The Snowball English stemmer (Debian's libstemmer): "accused", "accuses" and "accusation" all
/// become "accus", so a lexicon lists a word once instead of every inflection.
///
/// A Snowball stemmer instance is not thread-safe: make one per thread (they are cheap), and keep
/// it for many words — it caches what it has seen.
public final class Stemmer {
    private let stemmer: OpaquePointer?
    private var cache = WordTable<String>()

    public init() {
        stemmer = sb_stemmer_new("english", "UTF_8")
    }

    deinit {
        if let stemmer { sb_stemmer_delete(stemmer) }
    }

    /// The stem of a lower-case word.
    public func stem(_ word: String) -> String {
        if let cached = cache[word] { return cached }
        guard let stemmer else { return word }
        var copy = word
        let result: String = copy.withUTF8 { buffer in
            guard let base = buffer.baseAddress,
                  let out = sb_stemmer_stem(stemmer, base, Int32(buffer.count)) else { return word }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self)
        }
        if cache.count < 100_000 { cache[word] = result }
        return result
    }
}
