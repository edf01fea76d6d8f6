import Foundation
import Testing
@testable import NewsGraph

/// The SHA-256 behind the briefing page's Content-Security-Policy hashes.
@Suite("SHA-256")
struct SHA256Tests {
    /// FIPS 180-4's examples (and NIST's long-message one).
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func standardVectors(message: String, digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
    }

    @Test func aMillionAs() {
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Every length around the padding's block boundaries, against Python's hashlib.
    @Test(.enabled(if: ExternalTool.find("python3") != nil, "python3 is not installed"))
    func agreesWithHashlibAtEveryPaddingBoundary() throws {
        let lengths = Array(0...130) + [191, 192, 255, 256, 1000, 4095, 4096, 4097]
        let messages = lengths.map { length in (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ length) } }
        let script = """
            import hashlib, sys
            for line in sys.stdin.read().split():
                print(hashlib.sha256(bytes.fromhex(line) if line != "-" else b"").hexdigest())
            """
        let input = messages.map { $0.isEmpty ? "-" : $0.map { String(format: "%02x", $0) }.joined() }.joined(separator: "\n")
        let result = try ExternalTool.run("python3", ["-c", script], input: Data(input.utf8))
        try #require(result.status == 0, "python3: \(result.stderr)")
        let expected = result.stdout.split(separator: "\n").map(String.init)
        #expect(expected.count == messages.count)
        for (message, digest) in zip(messages, expected) {
            #expect(SHA256.hex(message) == digest, "length \(message.count)")
        }
    }
}
