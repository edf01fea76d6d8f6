import Foundation
import Testing

/// `newsgraph explain` end to end: text and JSON, a sentence picked, and the errors a user meets.
@Suite("newsgraph explain, end to end")
struct ExplainCommandTests {
    static let text = "Putin spoke with Erdogan by phone on Friday. The weather was fine."

    @Test("the text output shows tokens, parse, mentions and relations of each sentence")
    func text() throws {
        let result = try CLIRunner.run(["explain", Self.text])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("sentence 1 [0–44]: Putin spoke with Erdogan by phone on Friday."))
        #expect(result.stdout.contains("sentence 2 [45–66]: The weather was fine."))
        #expect(result.stdout.contains("\"Putin\" [0–5]") && result.stdout.contains("→ Vladimir Putin (person:vladimir-putin, person)"))
        if result.stdout.contains("parse:") {
            // With the syntax model: tags, and the call read from the tree.
            #expect(result.stdout.contains("tokens: Putin/PROPN spoke/VERB"))
            #expect(result.stdout.contains("call: Vladimir Putin — Recep Tayyip Erdoğan"), "stdout: \(result.stdout)")
        } else {
            #expect(result.stdout.contains("read by word order") && result.stdout.contains("tokens: Putin spoke"))
        }
    }

    @Test("--json gives the same in machine-readable form, and --sentence picks one")
    func json() throws {
        let result = try CLIRunner.run(["explain", Self.text, "--json", "--sentence", "1"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        #expect(sentences.count == 1)
        let sentence = try #require(sentences.first)
        #expect(sentence["number"] as? Int == 1)
        let tokens = try #require(sentence["tokens"] as? [[String: Any]])
        #expect(tokens.first?["text"] as? String == "Putin" && tokens.first?["start"] as? Int == 0 && tokens.first?["end"] as? Int == 5)
        let mentions = try #require(sentence["mentions"] as? [[String: Any]])
        #expect(mentions.compactMap { $0["entity"] as? String } == ["person:vladimir-putin", "person:recep-tayyip-erdogan"])
        if object["syntaxModel"] as? Bool == true {
            let relations = try #require(sentence["relations"] as? [[String: Any]])
            #expect(relations.compactMap { $0["kind"] as? String } == ["call"])
            #expect((relations.first?["reasons"] as? [String])?.isEmpty == false)
        }
    }

    @Test("a sentence beyond the text, a folder, and a sentence 0 are refused with a message")
    func errors() throws {
        let beyond = try CLIRunner.run(["explain", Self.text, "--sentence", "5"])
        #expect(beyond.status == 64)
        #expect(beyond.stderr.contains("--sentence 5") && beyond.stderr.contains("2 sentences"))
        let zero = try CLIRunner.run(["explain", Self.text, "--sentence", "0"])
        #expect(zero.status == 64 && zero.stderr.contains("numbered from 1"))
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let refused = try CLIRunner.run(["explain", folder.path])
        #expect(refused.status == 66 && refused.stderr.contains("is a folder"))
        #expect(refused.stdout.isEmpty)
    }

    @Test("an article file is read like build reads it")
    func file() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("article.txt")
        try Data(Self.text.utf8).write(to: path)
        let result = try CLIRunner.run(["explain", path.path, "--sentence", "2"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("sentence 2") && !result.stdout.contains("sentence 1 "))
    }
}
