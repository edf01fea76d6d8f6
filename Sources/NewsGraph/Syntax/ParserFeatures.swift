/// The features of a parser configuration, after Zhang and Nivre (2011) adapted to the arc-hybrid
/// system: words and tags of the stack's top three and the buffer's first three, the dependents
/// found so far of the stack's top two and the buffer's front, their labels, distances, valencies
/// and label sets. The parser and its trainer both call `extract`.
package enum ParserFeatures {
    package static let count = 120

    /// Atoms of an absent word and of the root.
    package static let none: UInt64 = 0x4E0E
    package static let root: UInt64 = 0x2007

    @inline(__always)
    package static func bucket(_ distance: Int) -> UInt64 {
        switch distance {
        case ...0: return 0
        case 1...4: return UInt64(distance)
        case 5...6: return 5
        case 7...9: return 6
        default: return 7
        }
    }

    /// Writes `count` features of `state` to `f`.
    @inline(__always)
    package static func extract(_ state: ArcHybridState, _ sentence: ParserInput, into f: UnsafeMutablePointer<UInt64>) {
        typealias H = FeatureHash
        let words = sentence.words, tags = sentence.tags
        let suffixes = sentence.suffixes, punctuationBefore = sentence.punctuationBefore
        @inline(__always) func w(_ x: Int) -> UInt64 { x >= 0 ? words[x] : none }
        @inline(__always) func p(_ x: Int) -> UInt64 { x >= 0 ? tags[x] : none }
        @inline(__always) func l(_ x: Int) -> UInt64 { x >= 0 ? UInt64(state.labels[x]) &+ 1 : 0 }
        @inline(__always) func child(_ list: [Int32], _ x: Int) -> Int { x >= 0 ? Int(list[x]) : -1 }

        let s0 = state.stack(0), s1 = state.stack(1), s2 = state.stack(2)
        let b0 = state.buffer(0), b1 = state.buffer(1), b2 = state.buffer(2)
        let s0w = w(s0), s0p = p(s0), s1w = w(s1), s1p = p(s1), s2w = w(s2), s2p = p(s2)
        let b0w = w(b0), b0p = p(b0), b1w = w(b1), b1p = p(b1), b2w = w(b2), b2p = p(b2)
        let s0l1 = child(state.left1, s0), s0l2 = child(state.left2, s0)
        let s0r1 = child(state.right1, s0), s0r2 = child(state.right2, s0)
        let s1l1 = child(state.left1, s1), s1r1 = child(state.right1, s1), s1r2 = child(state.right2, s1)
        let b0l1 = child(state.left1, b0), b0l2 = child(state.left2, b0)
        let s0wp = H.feature(0xA1, s0w, s0p), b0wp = H.feature(0xA1, b0w, b0p)
        let s1wp = H.feature(0xA1, s1w, s1p)
        let d = s0 >= 0 && b0 >= 0 ? bucket(b0 - s0) : 0
        let d2 = s0 >= 0 && s1 >= 0 ? bucket(s0 - s1) : 0
        let s0vl = s0 >= 0 ? UInt64(state.leftCount[s0]) : 99, s0vr = s0 >= 0 ? UInt64(state.rightCount[s0]) : 99
        let s1vr = s1 >= 0 ? UInt64(state.rightCount[s1]) : 99, b0vl = b0 >= 0 ? UInt64(state.leftCount[b0]) : 99
        let s0sl = s0 >= 0 ? state.leftLabels[s0] : 1 << 63, s0sr = s0 >= 0 ? state.rightLabels[s0] : 1 << 63
        let b0sl = b0 >= 0 ? state.leftLabels[b0] : 1 << 63, s1sr = s1 >= 0 ? state.rightLabels[s1] : 1 << 63

        // Single words.
        f[0] = H.feature(1, s0wp)
        f[1] = H.feature(2, s0w)
        f[2] = H.feature(3, s0p)
        f[3] = H.feature(4, b0wp)
        f[4] = H.feature(5, b0w)
        f[5] = H.feature(6, b0p)
        f[6] = H.feature(7, b1w, b1p)
        f[7] = H.feature(8, b1w)
        f[8] = H.feature(9, b1p)
        f[9] = H.feature(10, b2w, b2p)
        f[10] = H.feature(11, b2w)
        f[11] = H.feature(12, b2p)
        f[12] = H.feature(13, s1wp)
        f[13] = H.feature(14, s1w)
        f[14] = H.feature(15, s1p)
        f[15] = H.feature(16, s2p)
        f[16] = H.feature(17, s2w)
        // The stack's top and the buffer's front (LEFT).
        f[17] = H.feature(18, s0wp, b0wp)
        f[18] = H.feature(19, s0wp, b0w)
        f[19] = H.feature(20, s0w, b0wp)
        f[20] = H.feature(21, s0wp, b0p)
        f[21] = H.feature(22, s0p, b0wp)
        f[22] = H.feature(23, s0w, b0w)
        f[23] = H.feature(24, s0p, b0p)
        f[24] = H.feature(25, b0p, b1p)
        // The stack's top two (RIGHT).
        f[25] = H.feature(26, s1wp, s0wp)
        f[26] = H.feature(27, s1wp, s0w)
        f[27] = H.feature(28, s1w, s0wp)
        f[28] = H.feature(29, s1wp, s0p)
        f[29] = H.feature(30, s1p, s0wp)
        f[30] = H.feature(31, s1w, s0w)
        f[31] = H.feature(32, s1p, s0p)
        // Three tags.
        f[32] = H.feature(33, b0p, b1p, b2p)
        f[33] = H.feature(34, s0p, b0p, b1p)
        f[34] = H.feature(35, s1p, s0p, b0p)
        f[35] = H.feature(36, s2p, s1p, s0p)
        f[36] = H.feature(37, s0p, p(s0l1), b0p)
        f[37] = H.feature(38, s0p, p(s0r1), b0p)
        f[38] = H.feature(39, s0p, b0p, p(b0l1))
        f[39] = H.feature(40, s1p, p(s1r1), s0p)
        f[40] = H.feature(41, s1p, s0p, p(s0l1))
        f[41] = H.feature(42, s1p, s0p, p(s0r1))
        f[42] = H.feature(43, s1p, p(s1l1), s0p)
        // Distance.
        f[43] = H.feature(44, s0w, d)
        f[44] = H.feature(45, s0p, d)
        f[45] = H.feature(46, b0w, d)
        f[46] = H.feature(47, b0p, d)
        f[47] = H.feature(48, s0w, b0w, d)
        f[48] = H.feature(49, s0p, b0p, d)
        f[49] = H.feature(50, s1p, s0p, d2)
        f[50] = H.feature(51, s1w, s0w, d2)
        // Valency.
        f[51] = H.feature(52, s0w, s0vr)
        f[52] = H.feature(53, s0p, s0vr)
        f[53] = H.feature(54, s0w, s0vl)
        f[54] = H.feature(55, s0p, s0vl)
        f[55] = H.feature(56, b0w, b0vl)
        f[56] = H.feature(57, b0p, b0vl)
        f[57] = H.feature(58, s1w, s1vr)
        f[58] = H.feature(59, s1p, s1vr)
        // Dependents.
        f[59] = H.feature(60, w(s0l1))
        f[60] = H.feature(61, p(s0l1))
        f[61] = H.feature(62, l(s0l1))
        f[62] = H.feature(63, w(s0r1))
        f[63] = H.feature(64, p(s0r1))
        f[64] = H.feature(65, l(s0r1))
        f[65] = H.feature(66, w(b0l1))
        f[66] = H.feature(67, p(b0l1))
        f[67] = H.feature(68, l(b0l1))
        f[68] = H.feature(69, w(s1r1))
        f[69] = H.feature(70, p(s1r1))
        f[70] = H.feature(71, l(s1r1))
        // Second dependents.
        f[71] = H.feature(72, w(s0l2))
        f[72] = H.feature(73, p(s0l2))
        f[73] = H.feature(74, l(s0l2))
        f[74] = H.feature(75, w(s0r2))
        f[75] = H.feature(76, p(s0r2))
        f[76] = H.feature(77, l(s0r2))
        f[77] = H.feature(78, w(b0l2))
        f[78] = H.feature(79, p(b0l2))
        f[79] = H.feature(80, l(b0l2))
        f[80] = H.feature(81, s0p, p(s0l1), p(s0l2))
        f[81] = H.feature(82, s0p, p(s0r1), p(s0r2))
        f[82] = H.feature(83, b0p, p(b0l1), p(b0l2))
        f[83] = H.feature(84, s1p, p(s1r1), p(s1r2))
        // Label sets.
        f[84] = H.feature(85, s0w, s0sr)
        f[85] = H.feature(86, s0p, s0sr)
        f[86] = H.feature(87, s0w, s0sl)
        f[87] = H.feature(88, s0p, s0sl)
        f[88] = H.feature(89, b0w, b0sl)
        f[89] = H.feature(90, b0p, b0sl)
        f[90] = H.feature(91, s1w, s1sr)
        f[91] = H.feature(92, s1p, s1sr)
        // The word under the top with the buffer's front; the top with the second buffer word.
        f[92] = H.feature(93, s1p, b0p)
        f[93] = H.feature(94, s1wp, b0p)
        f[94] = H.feature(95, s1p, b0wp)
        f[95] = H.feature(96, s0p, b1w, b1p)
        f[96] = H.feature(97, s0wp, b1p)
        // Punctuation between the candidates ("X, who …", lists), word endings, longer spans.
        @inline(__always) func between(_ a: Int, _ b: Int) -> UInt64 {
            guard a >= 0, b > a else { return 9 }
            return UInt64(min(Int(punctuationBefore[b] - punctuationBefore[a + 1]), 2))
        }
        f[97] = H.feature(98, between(s0, b0), s0p, b0p)
        f[98] = H.feature(99, between(s1, s0), s1p, s0p)
        f[99] = H.feature(100, s0 >= 0 ? suffixes[s0] : none, s0p)
        f[100] = H.feature(101, b0 >= 0 ? suffixes[b0] : none, b0p)
        f[101] = H.feature(102, s1 >= 0 && b0 >= 0 ? bucket(b0 - s1) : 0, s1p, b0p)
        f[102] = H.feature(103, s0p, p(s0l1), p(s0r1))
        f[103] = H.feature(104, s0p, b0p, l(b0l1))
        f[104] = H.feature(105, s1p, s0p, b0p, b1p)
        f[105] = H.feature(106, s0w, s1p, b0p)
        // The tagger's close runner-ups: how far to trust a tag.
        @inline(__always) func alt(_ x: Int) -> UInt64 { x >= 0 ? sentence.alternatives[x] : none }
        let s0a = alt(s0), b0a = alt(b0), s1a = alt(s1)
        f[106] = H.feature(107, s0p, s0a)
        f[107] = H.feature(108, b0p, b0a)
        f[108] = H.feature(109, s1p, s1a)
        f[109] = H.feature(110, b1p, alt(b1))
        f[110] = H.feature(111, s0a, s0p, b0p)
        f[111] = H.feature(112, b0a, s0p, b0p)
        f[112] = H.feature(113, s1a, s1p, s0p)
        f[113] = H.feature(114, s0a, s1p, s0p)
        // Lemmas: "accused" and "accuses" take their arguments alike.
        @inline(__always) func lemma(_ x: Int) -> UInt64 { x >= 0 ? sentence.lemmas[x] : none }
        let s0L = lemma(s0), b0L = lemma(b0), s1L = lemma(s1)
        f[114] = H.feature(115, s0L, b0p)
        f[115] = H.feature(116, b0L, s0p)
        f[116] = H.feature(117, s1L, s0p)
        f[117] = H.feature(118, s0L, s1p)
        f[118] = H.feature(119, s0L, b0L)
        f[119] = H.feature(120, s1L, s0L)
    }
}
