import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph parse`: tags, lemmatizes and parses CoNLL-U or plain text, writing CoNLL-U.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag, lemmatize and parse text or CoNLL-U; write CoNLL-U (UPOS, LEMMA, HEAD, DEPREL).",
        discussion: """
        A .conllu file is read for its words (ID, FORM; MISC, comments and multi-word token lines are kept,
        other columns replaced). Any other file, or - for standard input, is read as plain text and divided
        into sentences and words by NewsGraph's segmenter and tokenizer.

        Examples:
          newsgraph parse article.txt
          newsgraph parse treebank.conllu -o parsed.conllu
          echo "Putin spoke with Erdogan by phone." | newsgraph parse -
        """
    )

    @Argument(help: "A .conllu file, a text file, or - for standard input.")
    var input: String

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "How to read the input: auto (by extension: .conllu is CoNLL-U), conllu or text.")
    var inputFormat: InputFormat = .auto

    @OptionGroup(title: "Messages") var messages: MessageOptions

    enum InputFormat: String, ExpressibleByArgument, CaseIterable {
        case auto, conllu, text
    }

    func run() throws {
        let console = messages.console
        let data: Data
        if input == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder), !isFolder.boolValue else {
                console.error("\(input): no such file; give a .conllu or text file, or - for standard input")
                throw ExitStatus.noInput
            }
            guard let read = FileManager.default.contents(atPath: input) else {
                console.error("\(input): cannot be read; check its permissions")
                throw ExitStatus.noInput
            }
            data = read
        }
        let model: SyntaxModel
        do {
            model = try SyntaxModel.builtIn
        } catch {
            console.error(error.localizedDescription)
            throw ExitStatus.osFile
        }
        let name = input == "-" ? "<standard input>" : input
        let asCoNLLU = inputFormat == .conllu || inputFormat == .auto && input.lowercased().hasSuffix(".conllu")
        var out = ""
        if asCoNLLU {
            let text = String(decoding: data, as: UTF8.self)
            do {
                for sentence in try CoNLLUReader.sentences(in: text, path: name) {
                    CoNLLUWriter.append(model.annotate(sentence), to: &out)
                }
            } catch {
                console.error(error.localizedDescription)
                throw ExitStatus.dataError
            }
        } else {
            let text: String
            do {
                let decoded = try DocumentReader.decode(data, path: name)
                if let warning = decoded.warning { console.warning(warning.description) }
                text = decoded.text
            } catch {
                console.error(error.description)
                throw ExitStatus.dataError
            }
            out = CoNLLUWriter.text(model.annotate(text: text))
        }
        if let output {
            // Written to a temporary file and renamed into place: never half-written.
            let url = URL(fileURLWithPath: output)
            let folder = OutputFolder(path: url.deletingLastPathComponent().path)
            do {
                try folder.prepare()
                try folder.stage(Data(out.utf8), as: url.lastPathComponent).rename()
            } catch {
                console.error(error.localizedDescription)
                throw ExitStatus.cannotCreate
            }
        } else {
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }
}
