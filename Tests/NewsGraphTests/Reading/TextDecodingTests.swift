import Foundation
import Testing
@testable import NewsGraph

@Suite("Decoding files: encodings, empty and binary content")
struct TextDecodingTests {
    private func decode(_ bytes: [UInt8]) -> Result<TextDecoding.Decoded, ReadingWarning> {
        TextDecoding.decode(Data(bytes), path: "in.txt")
    }

    private func text(_ bytes: [UInt8]) throws -> (String, String?) {
        let decoded = try decode(bytes).get()
        return (decoded.text, decoded.warning?.message)
    }

    private func skipReason(_ bytes: [UInt8]) -> String? {
        guard case .failure(let warning) = decode(bytes) else { return nil }
        #expect(warning.path == "in.txt")
        return warning.message
    }

    @Test("valid UTF-8 is read as is, without a warning")
    func utf8() throws {
        let (text, warning) = try text(bytes("Café “Putin” 東京 🇷🇺\r\nline"))
        #expect(text == "Café “Putin” 東京 🇷🇺\r\nline")
        #expect(warning == nil)
    }

    @Test("a UTF-8 byte order mark is dropped")
    func utf8BOM() throws {
        let (text, warning) = try text(bytes([0xEF, 0xBB, 0xBF], "Putin"))
        #expect(text == "Putin")
        #expect(warning == nil)
    }

    @Test("invalid UTF-8 among valid UTF-8 is replaced, with the count and the line")
    func invalidUTF8() throws {
        let (text, warning) = try text(bytes("Café\nline two \u{2014} ", [0xFF, 0xC3], " end\n"))
        #expect(text == "Café\nline two \u{2014} \u{FFFD}\u{FFFD} end\n")
        #expect(warning?.contains("not valid UTF-8: 2 invalid byte sequences") == true, "\(warning ?? "")")
        #expect(warning?.contains("line 2") == true)
    }

    @Test("truncated and overlong sequences and encoded surrogates are invalid")
    func invalidSequences() throws {
        // A lone continuation byte, an overlong "/", a UTF-16 surrogate, a sequence cut short at the end.
        let (text, warning) = try text(bytes("é", [0x80, 0x20, 0xC0, 0xAF, 0x20, 0xED, 0xA0, 0x80, 0x20, 0xE2, 0x80]))
        #expect(!text.isEmpty)
        #expect(text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count >= 4)
        #expect(warning?.contains("not valid UTF-8") == true)
    }

    @Test("text without any UTF-8 sequence is read as Windows-1252 (curly quotes, accents)")
    func windows1252() throws {
        let (text, warning) = try text(bytes("Caf", [0xE9, 0x20, 0x93], "Putin", [0x94, 0x20, 0x80, 0x20, 0x81]))
        #expect(text == "Café “Putin” € \u{FFFD}")
        #expect(warning?.contains("Windows-1252") == true)
        #expect(warning?.contains("line 1") == true)
    }

    @Test("UTF-16 with a byte order mark is converted without a warning; without one, with a warning")
    func utf16() throws {
        func littleEndian(_ text: String) -> [UInt8] { text.utf16.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] } }
        func bigEndian(_ text: String) -> [UInt8] { text.utf16.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] } }
        let le = try text(bytes([0xFF, 0xFE], littleEndian("Iran – Russia")))
        #expect(le.0 == "Iran – Russia")
        #expect(le.1 == nil)
        let be = try text(bytes([0xFE, 0xFF], bigEndian("Iran")))
        #expect(be.0 == "Iran")
        let bare = try text(littleEndian("Putin called Pezeshkian."))
        #expect(bare.0 == "Putin called Pezeshkian.")
        #expect(bare.1?.contains("UTF-16LE") == true)
    }

    static let blankFiles: [[UInt8]] = [
        [], bytes(" \n\t\r\n "), [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0x0A], [0xFF, 0xFE, 0x20, 0x00],
    ]

    @Test("empty and blank files are skipped", arguments: blankFiles)
    func empty(bytes: [UInt8]) {
        #expect(skipReason(bytes) == "skipped: empty")
    }

    static let binaryFiles: [(bytes: [UInt8], kind: String)] = {
        var files: [(bytes: [UInt8], kind: String)] = []
        files.append((bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "PDF"))
        files.append(([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "ZIP"))
        files.append(([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG"))
        files.append(([0xFF, 0xD8, 0xFF, 0xE0], "JPEG"))
        files.append(([0x1F, 0x8B, 0x08, 0x00], "gzip"))
        files.append((bytes("Putin said\u{0}\u{0}\u{0} hello"), "NUL"))
        files.append((bytes([UInt8](repeating: 0x01, count: 40), "text"), "control bytes"))
        return files
    }()

    @Test("binary files are skipped and say what they seem to be", arguments: binaryFiles)
    func binary(file: (bytes: [UInt8], kind: String)) {
        let reason = skipReason(file.bytes)
        #expect(reason?.hasPrefix("skipped: ") == true)
        #expect(reason?.contains(file.kind) == true, "\(reason ?? "read as text")")
    }

    @Test("a few control characters in real text do not make it binary")
    func strayControls() throws {
        let (text, _) = try text(bytes("Putin \u{1B}[31mcalled\u{7} Pezeshkian on Friday, officials said."))
        #expect(text.contains("\u{1B}"))
    }

    @Test("the public decoder throws the reason")
    func publicDecode() {
        #expect(throws: ReadingWarning.self) { try DocumentReader.decode(Data(), path: "x.txt") }
        #expect((try? DocumentReader.decode(Data("Iran".utf8), path: "x.txt").text) == "Iran")
    }

    @Test("the UTF-8 scan agrees with the standard library on random bytes")
    func scanMatchesStandardLibrary() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<2000 {
            let count = Int.random(in: 0...24, using: &generator)
            var bytes: [UInt8] = []
            for _ in 0..<count { bytes.append(UInt8.random(in: 0...255, using: &generator)) }
            let scan = UTF8Scan(bytes)
            let replaced = String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { $0 == "\u{FFFD}" }.count
            // (A U+FFFD written in the bytes themselves would count as a replacement.)
            let literal = bytes.indices.contains { bytes[$0...].starts(with: [0xEF, 0xBF, 0xBD]) }
            if !literal { #expect(scan.invalid == replaced, "\(bytes)") }
        }
    }
}

/// A small deterministic random number generator for reproducible tests.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
