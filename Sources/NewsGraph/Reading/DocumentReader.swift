import Foundation

/// Reads news documents from files and folders, datasets and standard input.
///
/// Folders are searched recursively for `.txt`, `.md` and `.html` files and for datasets:
/// `.jsonl`/`.ndjson`, `.json`, `.csv`/`.tsv`, each perhaps `.gz` (hidden files and folders and
/// anything that is not a regular file are passed over); `-` reads standard input. Files are put
/// in a canonical order (by path) and documents numbered in it, a dataset's records in their
/// order, so the same inputs in any order give the same ids. Unusable files (empty, binary, too
/// large, unreadable) are skipped with a warning and text that is not UTF-8 is repaired with
/// one, as are a dataset's malformed records; the run fails only when a path is missing, a folder
/// holds no documents, or nothing usable is left.
public struct DocumentReader: Sendable {
    /// File extensions read when walking folders, and how each is interpreted.
    public static let formats: [String: DocumentFormat] = [
        "txt": .text, "text": .text, "md": .markdown, "markdown": .markdown, "html": .html, "htm": .html,
    ]
    static var extensionsDescription: String { ".txt, .md, .html, .jsonl, .json, .csv or .tsv" }

    /// The default largest file read: far more than any article, small enough that extraction
    /// stays within memory and time (see `maximumFileSize`).
    public static let defaultMaximumFileSize = 64 << 20

    /// Files larger than this are skipped with a warning rather than read into memory. The check
    /// holds for pipes and devices too: no more than this many bytes are ever read from one file.
    /// A dataset's records are held to it one by one (a record's line or row may take twice as
    /// many bytes, for escapes and quotes).
    public var maximumFileSize: Int
    /// Which fields of a dataset's records hold the text, title, date, id, URL, outlet and authors.
    public var fields: DatasetFields

    public init(maximumFileSize: Int = DocumentReader.defaultMaximumFileSize, fields: DatasetFields = DatasetFields()) {
        self.maximumFileSize = maximumFileSize
        self.fields = fields
    }

    /// The result of reading: documents with ids, and what was skipped or repaired.
    public struct Result: Sendable {
        public var documents: [Document]
        public var warnings: [ReadingWarning]
    }

    /// Reads every document under `paths`, all at once (``stream(_:)`` reads them a batch at a time).
    ///
    /// - Parameter paths: files and folders, as the user gave them; `-` for standard input.
    /// - Throws: `ReadingError` when a path does not exist, a folder holds no documents, or every
    ///   file had to be skipped.
    public func read(_ paths: [String]) throws -> Result {
        var stream = try stream(paths)
        var documents: [Document] = []
        var warnings: [ReadingWarning] = []
        while true {
            let batch = stream.next(maximum: 256)
            warnings += stream.takeWarnings()
            if batch.isEmpty { break }
            documents += batch
        }
        try stream.finish()
        // By path, as a folder walk's order is the file system's (stable: a file's own stay in order).
        warnings.sort { $0.path < $1.path }
        return Result(documents: documents, warnings: warnings)
    }

    /// The documents of a dataset held in memory, as if read from a file named `name` (whose
    /// extension says the format: `.jsonl`, `.json`, `.csv`, `.tsv`, perhaps `.gz`; any other name
    /// is one article), and the warnings of reading it; no documents when none could be read.
    public func read(dataset data: Data, named name: String) -> Result {
        var stream = DocumentStream(reader: self, files: [], warnings: [])
        let kind = InputFile.kind(of: name) ?? (.document(.text), false)
        var documents: [Document] = []
        var warnings: [ReadingWarning] = []
        stream.start(InputFile(path: name, kind: kind.kind, compressed: kind.compressed, explicit: true), bytes: Array(data))
        while true {
            let batch = stream.next(maximum: 256, threads: 1)
            warnings += stream.takeWarnings()
            if batch.isEmpty { break }
            documents += batch
        }
        return Result(documents: documents, warnings: warnings)
    }

    /// The documents under `paths`, to be read a batch at a time (``DocumentStream``): the files
    /// are found now, their content as the stream is read.
    ///
    /// - Throws: `ReadingError` when a path does not exist or a folder holds no documents.
    public func stream(_ paths: [String]) throws -> DocumentStream {
        var warnings: [ReadingWarning] = []
        var files: [InputFile] = []
        for path in paths {
            files += try collect(path, warnings: &warnings)
        }
        // Canonical order, then one entry per file: the same file named twice ("a.txt", "./a.txt")
        // keeps the spelling that sorts first, whatever the order of the arguments.
        files.sort { $0.path < $1.path }
        var seen = Set<String>()
        files = files.filter { file in
            let key = file.kind == .standardInput ? "-" : URL(fileURLWithPath: file.path).standardizedFileURL.path
            return seen.insert(key).inserted
        }
        return DocumentStream(reader: self, files: files, warnings: warnings)
    }

    /// Builds documents from raw contents with ``makeDocument(id:path:content:format:)`` on
    /// several threads, numbered in the order given.
    ///
    /// - Parameters:
    ///   - contents: each file's path, content and format.
    ///   - threads: how many documents to process at once (default: every core).
    public static func makeDocuments(_ contents: [(path: String, content: String, format: DocumentFormat)],
                                     threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Document] {
        let numbered = contents.enumerated().map { (index: $0.offset, file: $0.element) }
        return ParallelMap.map(numbered, threads: threads) { item in
            DocumentReader.makeDocument(id: DocumentID.make(index: item.index), path: item.file.path,
                                        content: item.file.content, format: item.file.format)
        }
    }

    /// Builds a document from raw content: HTML is reduced to its article's text (title, date,
    /// URL, outlet and authors taken from the page's metadata), then title and date are taken from
    /// the text where the article states them and nothing else did.
    public static func makeDocument(id: String, path: String, content: String,
                                    format: DocumentFormat = .text) -> Document {
        guard format == .html else {
            let metadata = DocumentMetadata.detect(in: content, format: format)
            return Document(id: id, path: path, title: metadata.title, date: metadata.date, text: content, format: format)
        }
        let page = HTMLText.extract(content)
        let metadata = DocumentMetadata.detect(in: page.text, format: format)
        return Document(id: id, path: path, title: page.title ?? metadata.title, date: page.date ?? metadata.date,
                        text: page.text, format: format, url: page.url, outlet: page.outlet, authors: page.authors)
    }

    /// Decodes a file's bytes as `read` does: UTF-8 (or UTF-16 with a byte order mark), with
    /// invalid bytes repaired; empty and binary content refused.
    ///
    /// - Parameters:
    ///   - data: the file's content.
    ///   - path: the name used in warnings.
    /// - Returns: the text, and a warning when it had to be repaired.
    /// - Throws: a `ReadingWarning` saying why the content is not usable text.
    public static func decode(_ data: Data, path: String) throws(ReadingWarning) -> (text: String, warning: ReadingWarning?) {
        try TextDecoding.decode(data, path: path).get()
    }

    // MARK: Finding files

    struct InputFile {
        enum Kind: Hashable {
            /// One article (a text, Markdown or HTML file).
            case document(DocumentFormat)
            /// Many, one per record.
            case dataset(DatasetFormat)
            /// `-`: one article or JSON Lines, told apart by their first byte.
            case standardInput
        }

        var path: String
        var kind: Kind
        /// Compressed with gzip (a `.gz` name).
        var compressed = false
        /// Named by the user rather than found in a folder: pipes and devices are read too.
        var explicit: Bool

        /// What a file name says it holds: "news.jsonl.gz" a compressed JSON Lines dataset;
        /// nil for a name with no known extension.
        static func kind(of name: String) -> (kind: Kind, compressed: Bool)? {
            var name = name.lowercased()
            let compressed = name.hasSuffix(".gz")
            if compressed { name.removeLast(3) }
            let ext = (name as NSString).pathExtension
            if let format = DocumentReader.formats[ext] { return (.document(format), compressed) }
            if let format = DatasetFormat.extensions[ext] { return (.dataset(format), compressed) }
            return compressed ? (.document(.text), true) : nil
        }
    }

    private func collect(_ path: String, warnings: inout [ReadingWarning]) throws -> [InputFile] {
        if path == "-" { return [InputFile(path: "-", kind: .standardInput, explicit: true)] }
        var isFolder: ObjCBool = false
        guard !path.isEmpty, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ReadingError.missingPath(path)
        }
        guard isFolder.boolValue else {
            let (kind, compressed) = InputFile.kind(of: (path as NSString).lastPathComponent) ?? (.document(.text), false)
            return [InputFile(path: path, kind: kind, compressed: compressed, explicit: true)]
        }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            throw ReadingError.unreadable(path: path, reason: "cannot list the folder")
        }
        var found: [InputFile] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
            if name.hasPrefix(".") {
                // Hidden files and folders (.git, editors' back-ups, our own temporary files).
                if FileManager.default.isDirectory(atPath: full) { enumerator.skipDescendants() }
                continue
            }
            guard let (kind, compressed) = InputFile.kind(of: name) else { continue }
            switch FileKind(path: full) {
            case .regular:
                found.append(InputFile(path: full, kind: kind, compressed: compressed, explicit: false))
            case .folder:
                continue
            case .other:
                warnings.append(ReadingWarning(path: full, message: "skipped: not a regular file (a pipe, socket or device)"))
            case .missing:
                // Listed but not there: a dangling link, or a name that is not valid UTF-8 and so
                // cannot be spelled back to the file system.
                let reason = name.unicodeScalars.contains("\u{FFFD}")
                    ? "its name is not valid UTF-8; rename the file" : "a broken link, or it was removed while reading"
                warnings.append(ReadingWarning(path: full, message: "skipped: cannot be opened (\(reason))"))
            }
        }
        if found.isEmpty { throw ReadingError.noDocuments(path) }
        return found
    }

    // MARK: Reading files

    /// The text of a one-article file (decompressed first when it is a `.gz`).
    func load(_ file: InputFile) -> Swift.Result<TextDecoding.Decoded, ReadingWarning> {
        if file.compressed { return loadCompressed(file) }
        switch BoundedFile.read(file.path, limit: maximumFileSize) {
        case .success(let data):
            return TextDecoding.decode(data, path: file.path)
        case .failure(.tooLarge(let size)):
            let shown = size.map { "\(BoundedFile.megabytes($0)) MB is" } ?? "it is"
            return .failure(ReadingWarning(path: file.path, message:
                "skipped: \(shown) more than the \(BoundedFile.megabytes(maximumFileSize)) MB limit for one document; split it into articles"))
        case .failure(.unreadable(let reason)):
            return .failure(ReadingWarning(path: file.path, message: "skipped: cannot be read (\(reason)); check its permissions"))
        }
    }
}

extension DocumentReader {
    /// A `.gz` of one article: decompressed, no more than `maximumFileSize` bytes of it.
    private func loadCompressed(_ file: InputFile) -> Swift.Result<TextDecoding.Decoded, ReadingWarning> {
        let opened = FileSource.open(file.path)
        guard case .success(let source) = opened else {
            if case .failure(let error) = opened {
                return .failure(ReadingWarning(path: file.path, message: "skipped: cannot be read (\(error.reason)); check its permissions"))
            }
            fatalError("unreachable")
        }
        do throws(ByteSourceError) {
            guard let bytes = try GzipSource(source).readAll(limit: maximumFileSize) else {
                return .failure(ReadingWarning(path: file.path, message:
                    "skipped: it holds more than the \(BoundedFile.megabytes(maximumFileSize)) MB limit for one document; split it into articles"))
            }
            return TextDecoding.decode(Data(bytes), path: file.path)
        } catch {
            return .failure(ReadingWarning(path: file.path, message: "skipped: \(error.reason)"))
        }
    }
}

/// What a path names, following symbolic links.
enum FileKind {
    case regular, folder, other, missing

    init(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            self = .missing
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .folder
        default: self = .other
        }
    }
}

extension FileManager {
    func isDirectory(atPath path: String) -> Bool {
        var isFolder: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
