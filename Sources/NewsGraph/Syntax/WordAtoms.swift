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
        var lowered = [UInt8]()
        var shapeBytes = [UInt8]()
        var flags: UInt8 = 0
        var isASCII = true
        lowered.reserveCapacity(form.utf8.count)
        for b in form.utf8 {
            if b >= 0x80 { isASCII = false; break }
        }
        if isASCII {
            for b in form.utf8 { Self.classify(b, lowered: &lowered, shape: &shapeBytes, flags: &flags) }
        } else {
            for scalar in form.unicodeScalars {
                let p = scalar.properties
                let lower = p.isUppercase ? String(scalar).lowercased() : String(scalar)
                let shape: UInt8 = p.isUppercase ? 0x58 : p.isAlphabetic ? 0x78 : p.numericType != nil ? 0x64 : 0x2A
                if p.isUppercase, lowered.isEmpty { flags |= 1 }
                if p.numericType != nil { flags |= 2 }
                lowered.append(contentsOf: p.numericType != nil && scalar.isASCII ? [0x30] : Array(lower.utf8))
                Self.appendShape(shape, to: &shapeBytes)
            }
        }
        self.flags = flags
        norm = lowered.withUnsafeBufferPointer(FeatureHash.bytes)
        var copy = form
        exact = copy.withUTF8 { FeatureHash.bytes($0) } &+ 1
        shape = shapeBytes.withUnsafeBufferPointer(FeatureHash.bytes) &+ 2
        func part(_ range: Range<Int>, _ salt: UInt64) -> UInt64 {
            lowered.withUnsafeBufferPointer { FeatureHash.mix(FeatureHash.bytes(UnsafeBufferPointer(rebasing: $0[range])) &+ salt) }
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
    private static func classify(_ b: UInt8, lowered: inout [UInt8], shape: inout [UInt8], flags: inout UInt8) {
        switch b {
        case 0x41...0x5A:
            if lowered.isEmpty { flags |= 1 }
            lowered.append(b | 0x20)
            appendShape(0x58, to: &shape)
        case 0x61...0x7A:
            lowered.append(b)
            appendShape(0x78, to: &shape)
        case 0x30...0x39:
            flags |= 2
            lowered.append(0x30)
            appendShape(0x64, to: &shape)
        default:
            if b == 0x2D { flags |= 4 }
            lowered.append(b)
            appendShape(b, to: &shape)
        }
    }

    /// Shapes keep at most two repeats of a class: "Xxxxxx" → "Xxx".
    @inline(__always)
    private static func appendShape(_ c: UInt8, to shape: inout [UInt8]) {
        let n = shape.count
        if n >= 2, shape[n - 1] == c, shape[n - 2] == c { return }
        shape.append(c)
    }
}
