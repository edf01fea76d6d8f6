/// The features the name recognizer reads for one word: the word (form, lower-cased form,
/// affixes, shape), its neighbours two either side, parts of speech, knowledge-base membership
/// and word classes around it. They do not depend on the tags chosen for other words, so that
/// decoding can search every tag sequence (Viterbi); what the previous tag adds is the
/// transition feature. The recognizer and its trainer both call `extract`.
package enum NameFeatures {
    package static let count = 42

    /// The transition feature: the previous word's tag (`NameTag.count` before the first word).
    @inline(__always)
    package static func transition(_ previous: Int) -> UInt64 { FeatureHash.feature(900, UInt64(previous)) }

    /// Writes `count` features of word `i` (0-based) of `s` to `f`.
    @inline(__always)
    package static func extract(_ s: NameSentence, i: Int, into f: UnsafeMutablePointer<UInt64>) {
        typealias H = FeatureHash
        s.padded.withUnsafeBufferPointer { padded in
            let words = padded.baseAddress! + 2
            let w = words[i], wp = words[i - 1], wpp = words[i - 2], wn = words[i + 1], wnn = words[i + 2]
            let j = i + 2
            let t = s.tags[j], tp = s.tags[j - 1], tn = s.tags[j + 1]
            let g = s.gazetteer[j], gp = s.gazetteer[j - 1], gn = s.gazetteer[j + 1]
            let c = s.classes[j], cp = s.classes[j - 1], cn = s.classes[j + 1]
            let blind: UInt64 = s.isCaseBlind ? 1 : 0
            f[0] = H.feature(801, blind)
            f[1] = H.feature(802, w.norm)
            f[2] = H.feature(803, w.exact)
            f[3] = H.feature(804, w.shape)
            f[4] = H.feature(805, w.prefix2)
            f[5] = H.feature(806, w.prefix3)
            f[6] = H.feature(807, w.suffix2)
            f[7] = H.feature(808, w.suffix3)
            f[8] = H.feature(809, w.suffix4)
            f[9] = H.feature(810, wp.norm)
            f[10] = H.feature(811, wpp.norm)
            f[11] = H.feature(812, wn.norm)
            f[12] = H.feature(813, wnn.norm)
            f[13] = H.feature(814, wp.shape)
            f[14] = H.feature(815, wn.shape)
            f[15] = H.feature(816, wp.norm, w.norm)
            f[16] = H.feature(817, w.norm, wn.norm)
            f[17] = H.feature(818, wpp.norm, wp.norm)
            f[18] = H.feature(819, wn.norm, wnn.norm)
            f[19] = H.feature(820, t)
            f[20] = H.feature(821, tp)
            f[21] = H.feature(822, tn)
            f[22] = H.feature(823, t, w.shape)
            f[23] = H.feature(824, tp, t)
            f[24] = H.feature(825, t, tn)
            f[25] = H.feature(826, g)
            f[26] = H.feature(827, gp)
            f[27] = H.feature(828, gn)
            f[28] = H.feature(829, g, w.shape)
            f[29] = H.feature(830, g, t)
            f[30] = H.feature(831, c)
            f[31] = H.feature(832, cp)
            f[32] = H.feature(833, cn)
            f[33] = H.feature(834, c, w.shape)
            f[34] = H.feature(835, i == 0 ? 1 : 0, w.shape, blind)
            f[35] = H.feature(836, wp.shape, w.shape, wn.shape)
            f[36] = H.feature(837, wp.norm, w.shape)
            f[37] = H.feature(838, w.shape, wn.norm)
            f[38] = H.feature(839, blind, t)
            f[39] = H.feature(840, wp.suffix3, w.shape)
            f[40] = H.feature(841, gp, g, gn)
            f[41] = H.feature(842, cn, w.shape, t)
        }
    }
}
