import Foundation

/// Reads news documents from files and folders.
///
/// Folders are searched recursively for `.txt`, `.md` and `.html` files. Documents are put in a
/// canonical order (by path) before they get ids, so the same inputs in any order give the same ids.
/// Unusable files (empty, binary, not UTF-8) are skipped or repaired with a warning; the run
/// fails only when a path is missing or nothing usable is left.
public struct DocumentReader: Sendable {
    /// File extensions read when walking folders, and how each is interpreted.
    public static let formats: [String: DocumentFormat] = [
        "txt": .text, "text": .text, "md": .markdown, "markdown": .markdown, "html": .html, "htm": .html,
    ]
    static var extensionsDescription: String { ".txt, .md, .html" }

    /// Files larger than this are refused rather than read into memory.
    public var maximumFileSize: Int

    public init(maximumFileSize: Int = 64 << 20) {
        self.maximumFileSize = maximumFileSize
    }

    /// The result of reading: documents with ids, and what was skipped or repaired.
    public struct Result: Sendable {
        public var documents: [Document]
        public var warnings: [ReadingWarning]
    }

    /// Reads every document under `paths`.
    ///
    /// - Parameter paths: files and folders, as the user gave them.
    /// - Throws: `ReadingError` when a path does not exist, a folder holds no documents, or every
    ///   file had to be skipped.
    public func read(_ paths: [String]) throws -> Result {
        var files: [(path: String, format: DocumentFormat)] = []
        for path in paths {
            files += try collect(path)
        }
        // Canonical order, one entry per file.
        var seen = Set<String>()
        files = files.filter { seen.insert(URL(fileURLWithPath: $0.path).standardizedFileURL.path).inserted }
        files.sort { $0.path < $1.path }

        var warnings: [ReadingWarning] = []
        var loaded: [(path: String, text: String, format: DocumentFormat)] = []
        // Files with the same text stay separate documents: a wire story republished by several
        // outlets is reported by each of them, as GDELT counts its sources.
        for file in files {
            switch load(file.path, format: file.format) {
            case .success(let (text, warning)):
                if let warning { warnings.append(warning) }
                loaded.append((file.path, text, file.format))
            case .failure(let warning):
                warnings.append(warning)
            }
        }
        if loaded.isEmpty {
            throw ReadingError.nothingToRead(skipped: files.count)
        }
        let documents = loaded.enumerated().map { index, file in
            DocumentReader.makeDocument(id: DocumentID.make(index: index), path: file.path,
                                        content: file.text, format: file.format)
        }
        return Result(documents: documents, warnings: warnings)
    }

    /// Builds a document from raw content: HTML is turned into text, then title and date are
    /// taken from the text where the article states them.
    public static func makeDocument(id: String, path: String, content: String,
                                    format: DocumentFormat = .text) -> Document {
        var text = content
        var title: String?
        if format == .html {
            let extracted = HTMLText.extract(content)
            text = extracted.text
            title = extracted.title
        }
        let metadata = DocumentMetadata.detect(in: text, format: format)
        return Document(id: id, path: path, title: title ?? metadata.title, date: metadata.date,
                        text: text, format: format)
    }

    private func collect(_ path: String) throws -> [(path: String, format: DocumentFormat)] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ReadingError.missingPath(path)
        }
        guard isFolder.boolValue else {
            let ext = (path as NSString).pathExtension.lowercased()
            return [(path, DocumentReader.formats[ext] ?? .text)]
        }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            throw ReadingError.unreadable(path: path, reason: "cannot list the folder")
        }
        var found: [(path: String, format: DocumentFormat)] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            guard let format = DocumentReader.formats[(name as NSString).pathExtension.lowercased()] else { continue }
            let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                found.append((full, format))
            }
        }
        if found.isEmpty { throw ReadingError.noDocuments(path) }
        return found
    }

    private func load(_ path: String, format: DocumentFormat)
        -> Swift.Result<(String, ReadingWarning?), ReadingWarning> {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        if size > maximumFileSize {
            return .failure(ReadingWarning(path: path, message:
                "skipped: \(size >> 20) MB is more than the \(maximumFileSize >> 20) MB limit; split it into articles"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ReadingWarning(path: path, message: "skipped: cannot be read; check its permissions"))
        }
        return TextDecoding.decode(data, path: path)
    }
}
