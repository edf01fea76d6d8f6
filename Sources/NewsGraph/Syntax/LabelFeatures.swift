/// The features for naming an arc the parser has just chosen (nsubj, obj, obl, …): the head and
/// the dependent, their direction and distance, the dependents each already has (the dependent
/// has all of them by now), and the tags around the dependent.
package enum LabelFeatures {
    package static let count = 34

    @inline(__always)
    package static func extract(_ state: ArcHybridState, head h: Int, dependent d: Int, _ sentence: ParserInput,
                                into f: UnsafeMutablePointer<UInt64>) {
        typealias H = FeatureHash
        let words = sentence.words, tags = sentence.tags
        let n = state.count
        @inline(__always) func w(_ x: Int) -> UInt64 { x >= 0 && x <= n ? words[x] : ParserFeatures.none }
        @inline(__always) func p(_ x: Int) -> UInt64 { x >= 0 && x <= n ? tags[x] : ParserFeatures.none }
        @inline(__always) func l(_ x: Int) -> UInt64 { x >= 0 ? UInt64(state.labels[x]) &+ 1 : 0 }
        let hw = w(h), hp = p(h), dw = w(d), dp = p(d)
        let dir: UInt64 = d < h ? 1 : 2
        let distance = UInt64(min(abs(h - d), 8))
        let dl1 = Int(state.left1[d]), dl2 = Int(state.left2[d]), dr1 = Int(state.right1[d])
        let hl1 = Int(state.left1[h]), hr1 = Int(state.right1[h])
        f[0] = H.feature(201, hw)
        f[1] = H.feature(202, hp)
        f[2] = H.feature(203, dw)
        f[3] = H.feature(204, dp)
        f[4] = H.feature(205, hp, dp, dir)
        f[5] = H.feature(206, hw, dp, dir)
        f[6] = H.feature(207, hp, dw, dir)
        f[7] = H.feature(208, hw, dw, dir)
        f[8] = H.feature(209, hp, dp, distance, dir)
        f[9] = H.feature(210, dp, l(dl1))
        f[10] = H.feature(211, dp, l(dr1))
        f[11] = H.feature(212, dp, state.leftLabels[d])
        f[12] = H.feature(213, dp, state.rightLabels[d])
        f[13] = H.feature(214, w(dl1), dp)
        f[14] = H.feature(215, w(dl1), hp, dir)
        f[15] = H.feature(216, w(dl2), dp)
        f[16] = H.feature(217, w(dr1), dp)
        f[17] = H.feature(218, hp, l(hl1), dir)
        f[18] = H.feature(219, hp, l(hr1), dir)
        f[19] = H.feature(220, hp, state.leftLabels[h], dir)
        f[20] = H.feature(221, hp, state.rightLabels[h], dir)
        f[21] = H.feature(222, dp, p(d - 1), p(d + 1))
        f[22] = H.feature(223, dp, p(d + 1), dir)
        f[23] = H.feature(224, hp, p(h + 1), dp)
        f[24] = H.feature(225, dw, hp, dir)
        f[25] = H.feature(226, hw, hp, dw, dp)
        @inline(__always) func alt(_ x: Int) -> UInt64 { x >= 0 && x <= n ? sentence.alternatives[x] : ParserFeatures.none }
        f[26] = H.feature(227, dp, alt(d), hp)
        f[27] = H.feature(228, hp, alt(h), dp)
        f[28] = H.feature(229, d >= 0 && d < n ? sentence.suffixes[d] : 0, dp, dir)
        f[29] = H.feature(230, w(d - 1), dp, hp)
        f[30] = H.feature(231, l(dl1), dp, hp)
        f[31] = H.feature(232, p(dr1), dp, hp)
        f[32] = H.feature(233, UInt64(state.leftCount[d]) << 8 | UInt64(state.rightCount[d]), dp, hp)
        f[33] = H.feature(234, hw, dp, l(dl1))
    }
}
