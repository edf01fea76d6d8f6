import ArgumentParser
import Foundation
import NewsGraph

/// `newsgraph extract`: read articles, write each document's graph as one JSON line (a fragment),
/// to be merged later by `newsgraph merge`, on this machine or by an engine such as Spark.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read articles and write each document's graph as one JSON line (fragments for newsgraph merge).",
        discussion: """
        Reads the inputs build reads; - reads standard input: JSON Lines of articles ({"text": …, "path": …, \
        "title": …, "date": …}, or "base64" for a file's bytes) or one plain-text article. Writes one line per \
        document: its graph, self-contained. Merging the fragments of any grouping of documents gives what \
        build gives for all of them.

        Examples:
          newsgraph extract today/ -o today.jsonl
          newsgraph merge out/graph.json today.jsonl -o out
          cat articles.jsonl | newsgraph extract - -o - | newsgraph merge - -o out
        """
    )

    @Argument(help: "Article files or folders (.txt, .md, .html), datasets (.jsonl, .json, .csv, .tsv, .gz); - for standard input.")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("The fragment file to write; - for standard output.", valueName: "file"))
    var output: String = "-"

    @Option(name: .long, help: "An extra knowledge file (see Sources/NewsGraph/Knowledge/README.md); repeatable.")
    var knowledge: [String] = []

    @OptionGroup(title: "Datasets (JSON Lines, JSON, CSV, TSV)") var dataset: DatasetArguments

    @OptionGroup(title: "Messages") var messages: MessageOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one article file or folder, or - for standard input") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("- (standard input) can be given once") }
        if output.isEmpty { throw ValidationError("give a file to -o, or - for standard output") }
    }

    func run() throws {
        let console = messages.console
        // The output's folder is checked first, before any work, as build checks its folder.
        let target = output == "-" ? nil : FragmentTarget(path: output)
        do {
            try target?.folder.prepare()
        } catch {
            console.error(error.localizedDescription)
            throw ExitStatus.cannotCreate
        }
        let knowledgeBase: KnowledgeBase
        do {
            knowledgeBase = try KnowledgeBase.load(userFiles: knowledge)
        } catch {
            console.error(error.localizedDescription)
            throw (error as? KnowledgeError).map(ExitStatus.of) ?? ExitStatus.dataError
        }
        let documents = try readDocuments(console: console)
        console.info("read \(documents.count) document\(documents.count == 1 ? "" : "s")")

        let written: Int
        do {
            if let target {
                written = try target.write { try writeFragments(of: documents, knowledge: knowledgeBase, to: $0, console: console) }
            } else {
                written = try writeFragments(of: documents, knowledge: knowledgeBase, to: FileHandle.standardOutput,
                                             console: console)
            }
        } catch let error as OutputFolder.Failure {
            console.error(error.localizedDescription)
            throw ExitStatus.cannotCreate
        }
        let summary = "\(written) document\(written == 1 ? "" : "s") → \(output == "-" ? "standard output" : output)"
        if target != nil, !messages.quiet { print(summary) } else { console.info(summary) }
    }

    /// The documents of the inputs: files and folders as `build` reads them, and standard input.
    private func readDocuments(console: Console) throws -> [Document] {
        var documents: [Document] = []
        let paths = inputs.filter { $0 != "-" }
        if !paths.isEmpty {
            do {
                let read = try DocumentReader(fields: dataset.fields).read(paths)
                read.warnings.forEach { console.warning($0.description) }
                documents = read.documents
            } catch let error as ReadingError {
                if case .nothingToRead(_, let warnings) = error { warnings.forEach { console.warning($0.description) } }
                // With standard input as well, the run goes on with what it holds.
                guard inputs.contains("-"), case .nothingToRead = error else {
                    console.error(error.localizedDescription)
                    throw ExitStatus.of(error)
                }
            }
        }
        if inputs.contains("-") {
            let piped = StandardInputArticles.read(FileHandle.standardInput.readDataToEndOfFile())
            piped.warnings.forEach { console.warning($0.description) }
            documents += piped.documents
        }
        if documents.isEmpty {
            console.error("no usable documents in the inputs")
            throw ExitStatus.dataError
        }
        return documents
    }

    /// Extracts the documents in batches on every core and writes their lines in input order;
    /// returns how many were written.
    private func writeFragments(of documents: [Document], knowledge: KnowledgeBase, to handle: FileHandle,
                                console: Console) throws -> Int {
        let extractor = Extractor(knowledge: knowledge)
        let encoder = FragmentEncoder()
        let threads = ProcessInfo.processInfo.activeProcessorCount
        let batch = max(64, threads * 16)
        var done = 0
        var start = 0
        while start < documents.count {
            let slice = Array(documents[start..<min(start + batch, documents.count)])
            let lines = try extractor.fragments(of: slice, encoder: encoder, threads: threads)
            var data = Data()
            for line in lines { data.append(line) }
            try Self.write(data, to: handle, name: output)
            done += slice.count
            console.progress(done, of: documents.count)
            start += batch
        }
        return done
    }

    private static func write(_ data: Data, to handle: FileHandle, name: String) throws {
        do {
            try handle.write(contentsOf: data)
        } catch {
            let reason = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.localizedDescription
                ?? (error as NSError).localizedDescription
            throw OutputFolder.Failure.writeFailed(name == "-" ? "standard output" : name, reason)
        }
    }
}

extension Extractor {
    /// Each document's fragment line, in order.
    func fragments(of documents: [Document], encoder: FragmentEncoder, threads: Int) throws -> [Data] {
        try extractEach(documents, threads: threads) { graph in Result { try encoder.encode(graph) } }.map { try $0.get() }
    }
}

/// The fragment file `extract -o FILE` writes: staged next to it and renamed into place.
struct FragmentTarget {
    let folder: OutputFolder
    let name: String

    init(path: String) {
        let parent = (path as NSString).deletingLastPathComponent
        folder = OutputFolder(path: parent.isEmpty ? "." : parent)
        name = (path as NSString).lastPathComponent
    }

    /// Writes the file through `fill` into a temporary file, then renames it over the target.
    func write<T>(_ fill: (FileHandle) throws -> T) throws -> T {
        let staged = OutputFolder.StagedFiles()
        var result: T?
        staged.add(try folder.stage(name) { result = try fill($0) })
        try staged.commit()
        return result!
    }
}
