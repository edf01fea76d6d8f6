/// Hashes for the features of the learned models: a feature is a template ("the word before",
/// "the tag of the stack's top and the buffer's first word") applied to the values it reads, and
/// is looked up by one 64-bit hash of the template and those values.
///
/// The hashes are fixed functions (no per-process seed): a model trained on one machine scores
/// the same features on another.
package enum FeatureHash {
    /// MurmurHash3's 64-bit finalizer: every input bit affects every output bit.
    @inline(__always)
    package static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        z = (z ^ (z >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return z ^ (z >> 33)
    }

    // A template and its values are folded by xor-multiply steps (each a bijection of what came
    // before) and finalized once with `mix`: one finalization per feature, not one per value.

    @inline(__always)
    package static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 {
        mix((a ^ template &* 0x9E37_79B9_7F4A_7C15) &* 0xD6E8_FEB8_6659_FD93)
    }

    @inline(__always)
    package static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(((a ^ template &* 0x9E37_79B9_7F4A_7C15) &* 0xD6E8_FEB8_6659_FD93 ^ b) &* 0xA076_1D64_78BD_642F)
    }

    @inline(__always)
    package static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        mix((((a ^ template &* 0x9E37_79B9_7F4A_7C15) &* 0xD6E8_FEB8_6659_FD93 ^ b) &* 0xA076_1D64_78BD_642F ^ c)
            &* 0xE703_7ED1_A0B4_28DB)
    }

    @inline(__always)
    package static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> UInt64 {
        mix(((((a ^ template &* 0x9E37_79B9_7F4A_7C15) &* 0xD6E8_FEB8_6659_FD93 ^ b) &* 0xA076_1D64_78BD_642F ^ c)
            &* 0xE703_7ED1_A0B4_28DB ^ d) &* 0x8EBC_6AF0_9C88_C6E3)
    }

    /// FNV-1a over bytes, finalized with `mix`.
    @inline(__always)
    package static func bytes(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return mix(h)
    }

    /// The hash of a string's UTF-8 bytes.
    package static func string(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { bytes($0) }
    }
}
