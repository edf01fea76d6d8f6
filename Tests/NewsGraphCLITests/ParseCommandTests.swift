import Foundation
import Testing

@Suite("newsgraph parse, end to end: CoNLL-U and plain text in, CoNLL-U out")
struct ParseCommandTests {
    static let conllu = """
    # sent_id = s1
    # text = Putin didn't call Erdogan.
    1\tPutin\t_\t_\t_\t_\t_\t_\t_\t_
    2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
    2\tdid\t_\t_\t_\t_\t_\t_\t_\t_
    3\tn't\t_\t_\t_\t_\t_\t_\t_\t_
    4\tcall\tX\tX\tX\tX\t9\tjunk\t_\t_
    5\tErdogan\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
    6\t.\t_\t_\t_\t_\t_\t_\t_\t_


    """

    /// The word lines of CoNLL-U text, as columns.
    func words(_ text: String) -> [[String]] {
        text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.split(separator: "\t")[0].contains("-") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test("a CoNLL-U file keeps its IDs, forms, MISC, comments and multi-word tokens; tags and tree are predicted")
    func conlluFile() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.conllu")
        try Self.conllu.write(to: input, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["parse", input.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("# sent_id = s1\n# text = Putin didn't call Erdogan.\n1\tPutin\t"))
        #expect(result.stdout.contains("\n2-3\tdidn't\t"))
        let rows = words(result.stdout)
        #expect(rows.map { $0[1] } == ["Putin", "did", "n't", "call", "Erdogan", "."])
        #expect(rows.allSatisfy { $0.count == 10 })
        // The old, wrong columns are replaced: "call" is the root verb, Putin its subject.
        #expect(rows[3][3] == "VERB" && rows[3][6] == "0" && rows[3][7] == "root")
        #expect(rows[0][6] == "4" && rows[0][7] == "nsubj")
        #expect(rows[4][9] == "SpaceAfter=No")
        #expect(rows[1][2] == "do")
    }

    @Test("plain text from a file and from standard input is divided into sentences and words")
    func plainText() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("article.txt")
        try "Iran's president met Putin. They didn't sign a deal.\n".write(to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out/parsed.conllu")
        let result = try CLIRunner.run(["parse", input.path, "-o", output.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.contains("# sent_id = 2\n# text = They didn't sign a deal.\n"))
        #expect(text.contains("\n2-3\tdidn't\t"))
        #expect(words(text).map { $0[1] }.prefix(6) == ["Iran", "'s", "president", "met", "Putin", "."])
        #expect(words(text)[0][9] == "_")
        #expect(words(text)[4][9] == "SpaceAfter=No")

        let piped = try CLIRunner.run(["parse", "-"], input: Data("Putin phoned Erdogan.".utf8))
        #expect(piped.status == 0, "stderr: \(piped.stderr)")
        #expect(words(piped.stdout).map { $0[1] } == ["Putin", "phoned", "Erdogan", "."])
        #expect(words(piped.stdout)[1][7] == "root")
    }

    @Test("a missing file and a malformed CoNLL-U line get a clear error and sysexits status")
    func errors() throws {
        let missing = try CLIRunner.run(["parse", "/nonexistent/x.conllu"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("/nonexistent/x.conllu"))
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.conllu")
        try "1\tone\ttwo\n".write(to: bad, atomically: true, encoding: .utf8)
        let malformed = try CLIRunner.run(["parse", bad.path])
        #expect(malformed.status == 65)
        #expect(malformed.stderr.contains("bad.conllu:1"))
        #expect(malformed.stdout.isEmpty)
    }
}
