import Foundation

/// The documents of a run's inputs, a batch at a time, in canonical order: files by path, a
/// dataset's records in their order. Memory holds one batch of texts, never a whole dataset.
///
/// Documents are numbered `d1`, `d2`, … as they come. Warnings (files skipped, records skipped
/// or repaired) are collected as the files are read; take them with ``takeWarnings()`` after
/// each batch. After the last batch, ``finish()`` says whether anything at all could be read.
public struct DocumentStream {
    private let reader: DocumentReader
    private let files: [DocumentReader.InputFile]
    private var nextFile = 0
    private var dataset: DatasetFile?
    /// Warnings of the folder walk, given when the stream reaches their paths (so that all come by path).
    private var walkWarnings: [ReadingWarning]
    private var warnings: [ReadingWarning] = []
    /// Documents given so far.
    public private(set) var count = 0

    init(reader: DocumentReader, files: [DocumentReader.InputFile], warnings: [ReadingWarning]) {
        self.reader = reader
        self.files = files
        walkWarnings = warnings.sorted { $0.path < $1.path }
    }

    /// How many files and datasets the inputs name.
    public var fileCount: Int { files.count }
    /// Whether an input holds many documents (a dataset or standard input): their number is known
    /// only once read.
    public var hasDatasets: Bool { files.contains { if case .document = $0.kind { false } else { true } } }

    /// The warnings collected since the last call.
    public mutating func takeWarnings() -> [ReadingWarning] {
        defer { warnings = [] }
        return warnings
    }

    /// Up to `maximum` more documents, made on several threads; empty at the end. A batch stops
    /// early once it holds `maximumBytes` of text (so that a batch of long documents stays small).
    public mutating func next(maximum: Int, maximumBytes: Int = 32 << 20,
                              threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Document] {
        var pending: [Pending] = []
        var bytes = 0
        while pending.count < maximum, bytes < maximumBytes {
            let before = pending.count
            defer { for item in pending[before...] { bytes += item.content.utf8.count } }
            if dataset != nil {
                var said: [ReadingWarning] = []
                let next = dataset!.next(warnings: &said)
                said.forEach { warn($0) }
                if let (number, article) = next {
                    pending.append(Pending(path: "\(dataset!.path)#\(number)", content: article.text, format: .text,
                                           article: article))
                    continue
                }
                dataset = nil
            }
            if let (file, bytes) = inMemory {
                inMemory = nil
                openInMemory(file, bytes, into: &pending)
                continue
            }
            guard nextFile < files.count else { break }
            let file = files[nextFile]
            nextFile += 1
            flushWalkWarnings(upTo: file.path)
            open(file, into: &pending)
        }
        if nextFile == files.count, dataset == nil { flushWalkWarnings(upTo: nil) }
        let first = count
        count += pending.count
        let numbered = pending.enumerated().map { (index: first + $0.offset, item: $0.element) }
        return ParallelMap.map(numbered, threads: threads) { entry in
            entry.item.document(id: DocumentID.make(index: entry.index))
        }
    }

    /// Throws when nothing at all could be read.
    public func finish() throws {
        guard count == 0 else { return }
        throw ReadingError.nothingToRead(skipped: files.count, warnings: allWarnings)
    }

    /// The warnings given so far and still held, for `nothingToRead`'s message.
    private var allWarnings: [ReadingWarning] { skippedFiles }
    private var skippedFiles: [ReadingWarning] = []

    // MARK: Files

    /// A document's content before it is made (HTML reduced, title and date found).
    private struct Pending: Sendable {
        var path: String
        var content: String
        var format: DocumentFormat
        var article: DatasetArticle?

        func document(id: String) -> Document {
            var document = DocumentReader.makeDocument(id: id, path: path, content: content, format: format)
            if let article {
                if let title = article.title { document.title = title }
                if let date = article.date { document.date = date }
                document.url = article.url
                document.outlet = article.outlet
                document.authors = article.authors
                document.recordID = article.id
            }
            return document
        }
    }

    /// Reads `file` from `bytes` in memory rather than from the file system (before the first batch).
    mutating func start(_ file: DocumentReader.InputFile, bytes: [UInt8]) {
        inMemory = (file, bytes)
    }

    private var inMemory: (file: DocumentReader.InputFile, bytes: [UInt8])?

    private mutating func open(_ file: DocumentReader.InputFile, into pending: inout [Pending]) {
        switch file.kind {
        case .document(let format):
            switch reader.load(file) {
            case .success(let (text, warning)):
                if let warning { warn(warning) }
                pending.append(Pending(path: file.path, content: text, format: format))
            case .failure(let warning):
                warn(warning)
            }
        case .dataset(let format):
            switch FileSource.open(file.path) {
            case .success(let source):
                var bytes: ByteSource = source
                if file.compressed {
                    do throws(ByteSourceError) { bytes = try GzipSource(source) } catch { warn(ReadingWarning(path: file.path, message: "skipped: \(error.reason)")); return }
                }
                dataset = DatasetFile(path: file.path, reader: format.reader(bytes, limit: recordLimit), fields: reader.fields,
                                      maximumTextSize: reader.maximumFileSize)
            case .failure(let error):
                warn(ReadingWarning(path: file.path, message: "skipped: cannot be read (\(error.reason)); check its permissions"))
            }
        case .standardInput:
            openStandardInput(into: &pending)
        }
    }

    private mutating func openInMemory(_ file: DocumentReader.InputFile, _ bytes: [UInt8], into pending: inout [Pending]) {
        do throws(ByteSourceError) {
            var source: ByteSource = PrefixedSource(bytes, then: nil)
            if file.compressed { source = try GzipSource(source) }
            guard case .dataset(let format) = file.kind else {
                guard let content = try source.readAll(limit: reader.maximumFileSize) else {
                    warn(ReadingWarning(path: file.path, message: "skipped: more than the size limit for one document"))
                    return
                }
                switch TextDecoding.decode(Data(content), path: file.path) {
                case .success(let (text, warning)):
                    if let warning { warn(warning) }
                    if case .document(let format) = file.kind { pending.append(Pending(path: file.path, content: text, format: format)) }
                case .failure(let warning):
                    warn(warning)
                }
                return
            }
            dataset = DatasetFile(path: file.path, reader: format.reader(source, limit: recordLimit), fields: reader.fields,
                                  maximumTextSize: reader.maximumFileSize)
        } catch {
            warn(ReadingWarning(path: file.path, message: "skipped: \(error.reason)"))
        }
    }

    /// The longest line or row of a dataset: room for a document at the size limit, escaped.
    private var recordLimit: Int { reader.maximumFileSize * 2 }

    /// `-`: gzip or not; JSON Lines (a first byte `{`), a JSON array (`[`), else one article.
    private mutating func openStandardInput(into pending: inout [Pending]) {
        let name = "-"
        do throws(ByteSourceError) {
            var source: ByteSource = FileSource.standardInput
            var head = try source.readPrefix(4096)
            if GzipSource.isGzip(head) {
                source = try GzipSource(PrefixedSource(head, then: source))
                head = try source.readPrefix(4096)
            }
            source = PrefixedSource(head, then: source)
            let first = head.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
            if first == 0x7B || first == 0x5B {
                let format: DatasetFormat = first == 0x7B ? .jsonLines : .json
                dataset = DatasetFile(path: name, reader: format.reader(source, limit: recordLimit), fields: reader.fields,
                                      maximumTextSize: reader.maximumFileSize)
                return
            }
            guard let bytes = try source.readAll(limit: reader.maximumFileSize) else {
                warn(ReadingWarning(path: name, message:
                    "skipped: more than the \(BoundedFile.megabytes(reader.maximumFileSize)) MB limit for one document; give a dataset as JSON Lines"))
                return
            }
            switch TextDecoding.decode(Data(bytes), path: name) {
            case .success(let (text, warning)):
                if let warning { warn(warning) }
                pending.append(Pending(path: name, content: text, format: .text))
            case .failure(let warning):
                warn(warning)
            }
        } catch {
            warn(ReadingWarning(path: name, message: "skipped: \(error.reason)"))
        }
    }

    private mutating func warn(_ warning: ReadingWarning) {
        warnings.append(warning)
        if warning.message.hasPrefix("skipped: ") { skippedFiles.append(warning) }
    }

    /// Gives the folder walk's warnings for paths up to `path` (all with nil).
    private mutating func flushWalkWarnings(upTo path: String?) {
        while let first = walkWarnings.first, path.map({ first.path < $0 }) ?? true {
            warn(walkWarnings.removeFirst())
        }
    }
}
