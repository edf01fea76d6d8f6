/// The hashed views of one word that the tagger and parser read: its lower-cased form (digits as
/// 0), its form as written, its shape ("Xxx", "d,ddd"), and its first and last letters.
package struct WordAtoms: Sendable {
    package var norm: UInt64
    package var exact: UInt64
    package var shape: UInt64
    package var prefix1: UInt64
    package var prefix2: UInt64
    package var prefix3: UInt64
    package var suffix1: UInt64
    package var suffix2: UInt64
    package var suffix3: UInt64
    package var suffix4: UInt64
    /// Starts with an upper-case letter / has a digit / has a hyphen.
    package var flags: UInt8

    /// Before the first and after the last word of a sentence.
    package static let start = WordAtoms(marker: 0x5354_4152_54)
    package static let end = WordAtoms(marker: 0x454E_44)

    private init(marker: UInt64) {
        let h = FeatureHash.mix(marker)
        norm = h; exact = h; shape = h
        prefix1 = h; prefix2 = h; prefix3 = h
        suffix1 = h; suffix2 = h; suffix3 = h; suffix4 = h
        flags = 0
    }

    package init(form: String) {
        var form = form
        let isASCII = form.utf8.allSatisfy { $0 < 0x80 }
        let count = form.utf8.count
        // Lower-cased bytes and shape in buffers on the stack (ASCII words, nearly all of them),
        // or in arrays for words with other letters.
        var made: WordAtoms?
        if isASCII {
            made = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(count, 1)) { lowered in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(count, 1)) { shape in
                    form.withUTF8 { bytes in
                        var flags: UInt8 = 0
                        var n = 0, m = 0
                        for b in bytes { Self.classify(b, position: n, lowered: lowered, n: &n, shape: shape, m: &m, flags: &flags) }
                        return WordAtoms(lowered: UnsafeBufferPointer(rebasing: lowered[..<n]), form: bytes,
                                         shape: UnsafeBufferPointer(rebasing: shape[..<m]), flags: flags)
                    }
                }
            }
        }
        if let made {
            self = made
            return
        }
        var lowered = [UInt8]()
        var shape = [UInt8]()
        var flags: UInt8 = 0
        for scalar in form.unicodeScalars {
            let p = scalar.properties
            let lower = p.isUppercase ? String(scalar).lowercased() : String(scalar)
            let kind: UInt8 = p.isUppercase ? 0x58 : p.isAlphabetic ? 0x78 : p.numericType != nil ? 0x64 : 0x2A
            if p.isUppercase, lowered.isEmpty { flags |= 1 }
            if p.numericType != nil { flags |= 2 }
            lowered.append(contentsOf: p.numericType != nil && scalar.isASCII ? [0x30] : Array(lower.utf8))
            let k = shape.count
            if !(k >= 2 && shape[k - 1] == kind && shape[k - 2] == kind) { shape.append(kind) }
        }
        self = lowered.withUnsafeBufferPointer { l in
            shape.withUnsafeBufferPointer { sh in
                form.withUTF8 { WordAtoms(lowered: l, form: $0, shape: sh, flags: flags) }
            }
        }
    }

    private init(lowered: UnsafeBufferPointer<UInt8>, form: UnsafeBufferPointer<UInt8>, shape: UnsafeBufferPointer<UInt8>,
                 flags: UInt8) {
        self.flags = flags
        norm = FeatureHash.bytes(lowered)
        exact = FeatureHash.bytes(form) &+ 1
        self.shape = FeatureHash.bytes(shape) &+ 2
        func part(_ range: Range<Int>, _ salt: UInt64) -> UInt64 {
            FeatureHash.mix(FeatureHash.bytes(UnsafeBufferPointer(rebasing: lowered[range])) &+ salt)
        }
        let n = lowered.count
        prefix1 = part(0..<min(1, n), 11)
        prefix2 = part(0..<min(2, n), 12)
        prefix3 = part(0..<min(3, n), 13)
        suffix1 = part(max(0, n - 1)..<n, 21)
        suffix2 = part(max(0, n - 2)..<n, 22)
        suffix3 = part(max(0, n - 3)..<n, 23)
        suffix4 = part(max(0, n - 4)..<n, 24)
    }

    @inline(__always)
    private static func classify(_ b: UInt8, position: Int, lowered: UnsafeMutableBufferPointer<UInt8>, n: inout Int,
                                 shape: UnsafeMutableBufferPointer<UInt8>, m: inout Int, flags: inout UInt8) {
        var c = b, kind = b
        switch b {
        case 0x41...0x5A:
            if position == 0 { flags |= 1 }
            c = b | 0x20
            kind = 0x58
        case 0x61...0x7A:
            kind = 0x78
        case 0x30...0x39:
            flags |= 2
            c = 0x30
            kind = 0x64
        default:
            if b == 0x2D { flags |= 4 }
        }
        lowered[n] = c
        n += 1
        // Shapes keep at most two repeats of a class: "Xxxxxx" → "Xxx".
        if !(m >= 2 && shape[m - 1] == kind && shape[m - 2] == kind) {
            shape[m] = kind
            m += 1
        }
    }
}
