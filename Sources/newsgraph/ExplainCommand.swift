import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph explain`: why extraction found what it found in a sentence or a document — tokens
/// with tags, the parse, the mentions and what they resolved to, each predicate tried and each
/// relation with how its actors were found, or why a predicate made none.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why relations were (or were not) extracted from a sentence or an article.",
        discussion: """
        The input is an article file, or the text itself when no file has that name. Every sentence is \
        explained unless --sentence picks some (numbered from 1, as the output numbers them).

        Examples:
          newsgraph explain "Putin spoke with Erdogan by phone on Friday."
          newsgraph explain article.txt --sentence 3
          newsgraph explain article.txt --json > why.json
        """
    )

    @Argument(help: "An article file (.txt, .md, .html), or the text to explain.")
    var input: String

    @Option(name: .long, help: ArgumentHelp("Explain only this sentence (from 1); repeatable.", valueName: "n"))
    var sentence: [Int] = []

    @Flag(name: .long, help: "Write the explanation as JSON.")
    var json = false

    @Option(name: .long, help: "An extra knowledge file (see Sources/NewsGraph/Knowledge/README.md); repeatable.")
    var knowledge: [String] = []

    @OptionGroup(title: "Messages") var messages: MessageOptions

    func validate() throws {
        if input.isEmpty { throw ValidationError("give an article file or the text of a sentence") }
        if let bad = sentence.first(where: { $0 < 1 }) { throw ValidationError("--sentence \(bad): sentences are numbered from 1") }
    }

    func run() throws {
        let console = messages.console
        let document = try readDocument(console: console)
        let knowledgeBase: KnowledgeBase
        do {
            knowledgeBase = try KnowledgeBase.load(userFiles: knowledge)
        } catch {
            console.error(error.localizedDescription)
            throw (error as? KnowledgeError).map(ExitStatus.of) ?? ExitStatus.dataError
        }
        let syntax: SyntaxModel?
        do {
            syntax = try SyntaxModel.builtIn
        } catch {
            console.warning("\(error.localizedDescription); relations are read by word order alone")
            syntax = nil
        }
        let extractor = Extractor(knowledge: knowledgeBase, syntax: syntax)
        let count = extractor.sentenceCount(of: document)
        if let beyond = sentence.first(where: { $0 > count }) {
            console.error("--sentence \(beyond): \(document.path) has \(count) sentence\(count == 1 ? "" : "s")")
            throw ExitStatus.usage
        }
        let explanation = extractor.explain(document, sentences: sentence.isEmpty ? nil : Set(sentence.map { $0 - 1 }))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(explanation))
            FileHandle.standardOutput.write(Data("\n".utf8))
        } else {
            FileHandle.standardOutput.write(Data(ExplanationText.render(explanation).utf8))
        }
    }

    /// The file named `input`, or the text itself.
    private func readDocument(console: Console) throws -> Document {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: input, isDirectory: &isFolder)
        if exists, isFolder.boolValue {
            console.error("\(input): is a folder; give one article file, or the text to explain")
            throw ExitStatus.noInput
        }
        guard exists else {
            return DocumentReader.makeDocument(id: "d1", path: "<text>", content: input)
        }
        guard let data = FileManager.default.contents(atPath: input) else {
            console.error("\(input): cannot be read; check its permissions")
            throw ExitStatus.noInput
        }
        do {
            let decoded = try DocumentReader.decode(data, path: input)
            if let warning = decoded.warning { console.warning(warning.description) }
            let format = DocumentReader.formats[(input as NSString).pathExtension.lowercased()] ?? .text
            return DocumentReader.makeDocument(id: "d1", path: input, content: decoded.text, format: format)
        } catch {
            console.error(error.description)
            throw ExitStatus.dataError
        }
    }
}
