import Foundation
import Testing
@testable import NewsGraph

@Suite("Reading files and folders: hostile inputs")
struct DocumentReaderTests {
    /// A temporary folder with files in it, removed by `remove()`.
    struct Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-reading-\(UUID().uuidString)")
        var path: String { url.path }

        init(_ files: [String: [UInt8]] = [:]) throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for (name, bytes) in files { try write(name, bytes) }
        }

        func write(_ name: String, _ bytes: [UInt8]) throws {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        }

        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    static let article: [UInt8] = Array("Russian President Vladimir Putin held a phone call with Iranian President Masoud Pezeshkian on Friday.\n".utf8)

    @Test("a missing path is an error naming it")
    func missingPath() {
        #expect(throws: ReadingError.missingPath("/nonexistent/news")) { try DocumentReader().read(["/nonexistent/news"]) }
        #expect(throws: ReadingError.missingPath("")) { try DocumentReader().read([""]) }
    }

    @Test("a folder without documents is an error naming it")
    func emptyFolder() throws {
        let folder = try Folder(["notes.pdf": [0x25], "data.xml": bytes("<a/>")])
        defer { folder.remove() }
        #expect(throws: ReadingError.noDocuments(folder.path)) { try DocumentReader().read([folder.path]) }
    }

    @Test("when every file is skipped the error says why, for the first")
    func everythingSkipped() throws {
        let pdf: [UInt8] = Array("%PDF-1.4\n".utf8)
        let folder = try Folder(["a.txt": [], "b.txt": pdf])
        defer { folder.remove() }
        do {
            _ = try DocumentReader().read([folder.path])
            Issue.record("read a folder of unusable files")
        } catch let error as ReadingError {
            guard case .nothingToRead(let skipped, let warnings) = error else { Issue.record("\(error)"); return }
            #expect(skipped == 2)
            #expect(warnings.count == 2)
            let message = error.localizedDescription
            #expect(message.contains("all 2 input files were skipped"))
            #expect(message.contains("a.txt: empty"))
            #expect(!message.contains("\n"))
        }
    }

    @Test("unusable files are skipped with a warning each; the run goes on with the rest")
    func skipsAndContinues() throws {
        var files: [String: [UInt8]] = ["good.txt": Self.article, "empty.txt": []]
        files["blank.md"] = Array("\n \n".utf8)
        files["scan.txt"] = bytes("%PDF-1.5\n", [0, 1, 2, 3])
        files["latin1.txt"] = bytes("Caf", [0xE9], " Putin met Erdogan.")
        files["broken.txt"] = bytes("Iran ", [0xFF], " and Russia — allies.")
        let folder = try Folder(files)
        defer { folder.remove() }
        let result = try DocumentReader().read([folder.path])
        #expect(result.documents.map { ($0.path as NSString).lastPathComponent } == ["broken.txt", "good.txt", "latin1.txt"])
        let byFile = Dictionary(grouping: result.warnings) { ($0.path as NSString).lastPathComponent }
        #expect(byFile["empty.txt"]?.first?.message == "skipped: empty")
        #expect(byFile["blank.md"]?.first?.message == "skipped: empty")
        #expect(byFile["scan.txt"]?.first?.message.contains("PDF") == true)
        #expect(byFile["latin1.txt"]?.first?.message.contains("Windows-1252") == true)
        #expect(byFile["broken.txt"]?.first?.message.contains("not valid UTF-8") == true)
        #expect(byFile["good.txt"] == nil)
        #expect(result.documents.first { $0.path.hasSuffix("latin1.txt") }?.text == "Café Putin met Erdogan.")
    }

    @Test("hidden files and folders are passed over; pipes in folders are skipped, not waited on")
    func hiddenAndSpecialFiles() throws {
        let folder = try Folder(["a.txt": Self.article, ".hidden.txt": Self.article, ".git/objects/b.txt": Self.article])
        defer { folder.remove() }
        #expect(mkfifo(folder.url.appendingPathComponent("pipe.txt").path, 0o600) == 0)
        let result = try DocumentReader().read([folder.path])
        #expect(result.documents.map(\.path) == [folder.path + "/a.txt"])
        #expect(result.warnings.map(\.message) == ["skipped: not a regular file (a pipe, socket or device)"])
    }

    @Test("a symbolic link back up the tree does not make the walk loop")
    func symlinkLoop() throws {
        let folder = try Folder(["a/story.txt": Self.article])
        defer { folder.remove() }
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/a/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/a/self", withDestinationPath: ".")
        let result = try DocumentReader().read([folder.path])
        #expect(result.documents.map(\.path) == [folder.path + "/a/story.txt"])
    }

    @Test("a file name that is not UTF-8 gets a warning rather than vanishing")
    func nonUTF8Name() throws {
        let folder = try Folder(["good.txt": Self.article])
        defer { folder.remove() }
        let raw = bytes(folder.path, "/bad-", [0xFF], ".txt", [0])
        let fd = raw.map { CChar(bitPattern: $0) }.withUnsafeBufferPointer { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        #expect(fd >= 0)
        close(fd)
        let result = try DocumentReader().read([folder.path])
        #expect(result.documents.count == 1)
        #expect(result.warnings.map(\.message) == ["skipped: cannot be opened (its name is not valid UTF-8; rename the file)"])
    }

    @Test("files larger than the limit are skipped with their size; devices are read no further than it")
    func sizeLimit() throws {
        let big: [UInt8] = Array(repeating: 0x61, count: 3 << 20)
        let folder = try Folder(["big.txt": big, "small.txt": Self.article])
        defer { folder.remove() }
        let reader = DocumentReader(maximumFileSize: 1 << 20)
        let result = try reader.read([folder.path])
        #expect(result.documents.count == 1)
        #expect(result.warnings.first?.message == "skipped: 3 MB is more than the 1 MB limit for one document; split it into articles")
        // /dev/zero never ends: the reader stops after the limit.
        #expect(throws: ReadingError.self) { try reader.read(["/dev/zero"]) }
        // A file exactly at the limit is read.
        let atLimit: [UInt8] = Array(repeating: 0x61, count: 1 << 20)
        let exact = try Folder(["exact.txt": atLimit])
        defer { exact.remove() }
        #expect(try reader.read([exact.path]).documents.first?.text.utf8.count == 1 << 20)
    }

    @Test("the same files in any order, or named twice, give the same documents and ids")
    func canonicalOrder() throws {
        var contents: [String: [UInt8]] = ["b.txt": Self.article]
        contents["a.txt"] = bytes("Iran accused Israel.")
        contents["c/d.md"] = bytes("# Title here\nRussia and China met.")
        let folder = try Folder(contents)
        defer { folder.remove() }
        let files = ["a.txt", "b.txt", "c/d.md"].map { folder.path + "/" + $0 }
        let forward = try DocumentReader().read(files).documents
        let backward = try DocumentReader().read(files.reversed()).documents
        #expect(forward == backward)
        #expect(forward.map(\.id) == ["d1", "d2", "d3"])
        // The same file named twice is read once, under the same name whatever the order.
        let twice = try DocumentReader().read([files[1], folder.path, files[0]]).documents
        #expect(twice == forward)
        let spelled = [folder.path + "/./a.txt", files[0], files[1]]
        let one = try DocumentReader().read(spelled).documents
        let other = try DocumentReader().read(spelled.reversed()).documents
        #expect(one.count == 2)
        #expect(one == other)
    }

    @Test("identical files stay separate documents (a republished wire story counts as a source)")
    func identicalFiles() throws {
        let folder = try Folder(["x.txt": Self.article, "y.txt": Self.article])
        defer { folder.remove() }
        #expect(try DocumentReader().read([folder.path]).documents.count == 2)
    }
}

/// Bytes from pieces of text (as UTF-8) and raw bytes, for files with broken encodings.
func bytes(_ parts: BytePiece...) -> [UInt8] {
    parts.flatMap(\.bytes)
}

protocol BytePiece {
    var bytes: [UInt8] { get }
}

extension String: BytePiece {
    var bytes: [UInt8] { Array(utf8) }
}

extension Array: BytePiece where Element == UInt8 {
    var bytes: [UInt8] { self }
}
