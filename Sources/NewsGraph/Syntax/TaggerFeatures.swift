/// The features the part-of-speech tagger reads for one word: the word itself (form, affixes,
/// shape, the tags it can have), its neighbours two either side, and the tags already given to
/// the two words before it. The tagger and its trainer both call `extract`, so they can never
/// disagree about what a feature is.
package enum TaggerFeatures {
    package static let count = 38

    /// The atom of "no tag" (before the sentence).
    package static let noTag: UInt64 = 0x7E57

    /// The atom of a tag class.
    @inline(__always)
    package static func tagAtom(_ tag: UInt8) -> UInt64 { UInt64(tag) &+ 1 }

    /// Writes `count` features of word `i` to `out`.
    ///
    /// - Parameters:
    ///   - words: the sentence's words with two `WordAtoms.start` before and two `.end` after;
    ///     `words[0]` is the first real word (so `words[-2]` … `words[n + 1]` are valid).
    ///   - ambiguity: the same layout, each word's set of possible tags as an atom (0 when unknown).
    ///   - previous, beforePrevious: the atoms of the tags of words i−1 and i−2.
    @inline(__always)
    package static func extract(_ words: UnsafePointer<WordAtoms>, ambiguity: UnsafePointer<UInt64>, i: Int,
                                previous t1: UInt64, beforePrevious t2: UInt64, into f: UnsafeMutablePointer<UInt64>) {
        typealias H = FeatureHash
        let w = words[i], wp = words[i - 1], wpp = words[i - 2], wn = words[i + 1], wnn = words[i + 2]
        let a0 = ambiguity[i], an = ambiguity[i + 1], ann = ambiguity[i + 2]
        f[0] = H.feature(1, 0)
        f[1] = H.feature(2, w.norm)
        f[2] = H.feature(3, w.exact)
        f[3] = H.feature(4, w.suffix1)
        f[4] = H.feature(5, w.suffix2)
        f[5] = H.feature(6, w.suffix3)
        f[6] = H.feature(7, w.suffix4)
        f[7] = H.feature(8, w.prefix1)
        f[8] = H.feature(9, w.prefix2)
        f[9] = H.feature(10, w.prefix3)
        f[10] = H.feature(11, w.shape)
        f[11] = H.feature(12, wp.norm)
        f[12] = H.feature(13, wpp.norm)
        f[13] = H.feature(14, wn.norm)
        f[14] = H.feature(15, wnn.norm)
        f[15] = H.feature(16, wp.suffix3)
        f[16] = H.feature(17, wn.suffix3)
        f[17] = H.feature(18, wp.shape)
        f[18] = H.feature(19, wn.shape)
        f[19] = H.feature(20, t1)
        f[20] = H.feature(21, t2)
        f[21] = H.feature(22, t1, t2)
        f[22] = H.feature(23, t1, w.norm)
        f[23] = H.feature(24, wp.norm, w.norm)
        f[24] = H.feature(25, w.norm, wn.norm)
        f[25] = H.feature(26, a0)
        f[26] = H.feature(27, an)
        f[27] = H.feature(28, ann)
        f[28] = H.feature(29, t1, an)
        f[29] = H.feature(30, a0, an)
        f[30] = H.feature(31, w.suffix3, t1)
        f[31] = H.feature(32, wn.norm, wnn.norm)
        f[32] = H.feature(33, i == 0 ? 1 : 0, w.shape)
        f[33] = H.feature(34, wp.norm, wn.norm)
        f[34] = H.feature(35, t1, wn.norm)
        f[35] = H.feature(36, t1, t2, w.suffix3)
        f[36] = H.feature(37, w.shape, wn.shape)
        f[37] = H.feature(38, a0, w.suffix3)
    }
}
