import Foundation
import Testing
@testable import NewsGraph

/// The dataset readers, record by record: JSON Lines, JSON arrays, CSV and TSV, gzip, and what
/// each does with hostile input.
@Suite("Dataset readers")
struct DatasetReaderTests {
    static func source(_ text: String) -> ByteSource { PrefixedSource(Array(text.utf8), then: nil) }
    static func source(_ bytes: [UInt8]) -> ByteSource { PrefixedSource(bytes, then: nil) }

    /// Every item of a reader, described: "3:text=…" for a record (its number, then the fields
    /// asked for), "!5:reason" for a malformed record, "stop:reason".
    static func items(_ reader: some DatasetRecordReader, fields: [String] = ["text"]) -> [String] {
        var reader = reader
        var result: [String] = []
        while let item = reader.next() {
            switch item {
            case .record(let number, let line, let record, let notes):
                let values = fields.map { name in "\(name)=\(record.value(name).map(describe) ?? "nil")" }
                result.append("\(number)@\(line):" + values.joined(separator: ",") + notes.map { " [\($0)]" }.joined())
            case .malformed(let line, let reason): result.append("!\(line):\(reason)")
            case .stopped(let reason): result.append("stop:\(reason)")
            }
        }
        return result
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .integer(let number): return String(number)
        default: return value.typeName
        }
    }

    // MARK: JSON Lines

    @Test("JSON Lines: one object per line; blank lines passed over; CR LF line ends")
    func jsonLines() {
        let text = "{\"text\": \"one\", \"id\": 1}\r\n\n  \n{\"text\": \"two\"}\n{\"text\": \"three\"}"
        #expect(Self.items(JSONLinesReader(Self.source(text), limit: 1000), fields: ["text", "id"])
                == ["1@1:text=one,id=1", "4@4:text=two,id=nil", "5@5:text=three,id=nil"])
    }

    @Test("JSON Lines: a malformed line, an array, a line over the limit are reported; the next lines are read")
    func jsonLinesHostile() {
        let long = "{\"text\": \"" + String(repeating: "x", count: 300) + "\"}"
        let text = "{\"text\": \"ok\"}\n{\"text\": \"no end\n[1, 2]\n\(long)\n{\"text\": \"after\"}\n"
        let items = Self.items(JSONLinesReader(Self.source(text), limit: 100))
        #expect(items.count == 5)
        #expect(items[0] == "1@1:text=ok")
        #expect(items[1].hasPrefix("!2:not valid JSON (unexpected end of text inside a string at column"))
        #expect(items[2] == "!3:an array, not a JSON object")
        #expect(items[3].hasPrefix("!4:the line is"))
        #expect(items[4] == "5@5:text=after")
    }

    @Test("JSON Lines: invalid UTF-8 inside strings is repaired, the record read, a note says so")
    func jsonLinesInvalidUTF8() {
        // A line with UTF-8 in it: the invalid bytes become U+FFFD.
        var bytes = Array("{\"text\": \"Putin’s aide ".utf8) + [0xFF, 0xFE] + Array(" met Erdogan\"}\n".utf8)
        // A line with no UTF-8 at all: read as Windows-1252 (Latin-1).
        bytes += Array("{\"text\": \"caf".utf8) + [0xE9] + Array("\"}\n".utf8)
        let items = Self.items(JSONLinesReader(Self.source(bytes), limit: 1000))
        #expect(items.count == 2)
        #expect(items[0].hasPrefix("1@1:text=Putin’s aide \u{FFFD}\u{FFFD} met Erdogan [not valid UTF-8"))
        #expect(items[1].hasPrefix("2@2:text=café [not valid UTF-8"))
    }

    @Test("a line of 50 MB is read whole when within the limit, passed over beyond it")
    func fiftyMegabyteLine() {
        let padding = String(repeating: "p", count: 50 << 20)
        let text = "{\"text\": \"Putin met Erdogan.\", \"padding\": \"\(padding)\"}\n{\"text\": \"next\"}\n"
        #expect(Self.items(JSONLinesReader(Self.source(text), limit: 128 << 20)) == ["1@1:text=Putin met Erdogan.", "2@2:text=next"])
        let skipped = Self.items(JSONLinesReader(Self.source(text), limit: 1 << 20))
        #expect(skipped.count == 2 && skipped[0].hasPrefix("!1:the line is 50 MB, more than the 1 MB limit") && skipped[1] == "2@2:text=next")
    }

    // MARK: JSON

    @Test("JSON: an array of objects, element by element, line numbers kept")
    func jsonArray() {
        let text = "\u{FEFF}[\n  {\"text\": \"a [b] {c}\", \"n\": 1},\n  {\"text\": \"quote \\\" here\"}\n, 7\n]\n"
        #expect(Self.items(JSONArrayReader(Self.source(text), limit: 1000))
                == ["1@2:text=a [b] {c}", "2@3:text=quote \" here", "!4:a number, not a JSON object"])
    }

    @Test("JSON: objects one after the other, one object, a response holding articles, a graph file")
    func jsonShapes() {
        #expect(Self.items(JSONArrayReader(Self.source("{\"text\": \"a\"}\n{\"text\": \"b\"}\n"), limit: 1000))
                == ["1@1:text=a", "2@2:text=b"])
        #expect(Self.items(JSONArrayReader(Self.source("{\"status\": \"ok\", \"articles\": [{\"text\": \"a\"}, {\"content\": \"b\"}]}"), limit: 1000),
                           fields: ["text", "content"])
                == ["1@1:text=a,content=nil", "2@1:text=nil,content=b"])
        let graph = Self.items(JSONArrayReader(Self.source("{\"graph\": {\"nodes\": {}}}"), limit: 1000))
        #expect(graph == ["stop:a graph file, not articles (newsgraph render reads it)"])
        #expect(Self.items(JSONArrayReader(Self.source("\"just a string\""), limit: 1000)) == ["stop:not a JSON array or object of articles"])
    }

    @Test("JSON: a truncated array keeps the records before the cut")
    func jsonTruncated() {
        let items = Self.items(JSONArrayReader(Self.source("[{\"text\": \"a\"}, {\"text\": \"b\"}, {\"text\": \"c"), limit: 1000))
        #expect(items == ["1@1:text=a", "2@1:text=b", "stop:the file ends inside record 3 (line 1); is it truncated?"])
    }

    // MARK: CSV and TSV

    @Test("CSV: header, quoted fields with commas, quotes and line breaks, CR LF and CR rows")
    func csv() {
        let text = "id,title,text\r\n1,\"A, title\",\"He said \"\"no\"\".\nThen left.\"\r\n2,Plain,plain text\r3,x,\"\"\n"
        #expect(Self.items(DelimitedReader(Self.source(text), delimiter: 0x2C, limit: 1000), fields: ["id", "title", "text"])
                == ["1@2:id=1,title=A, title,text=He said \"no\".\nThen left.", "2@4:id=2,title=Plain,text=plain text", "3@5:id=3,title=x,text="])
    }

    @Test("CSV: a missing column is read as empty and noted; extra fields are noted; header names are found in any case")
    func csvColumns() {
        let text = "ID,Headline,Body\n1,only two\n2,t,b,extra\n"
        let items = Self.items(DelimitedReader(Self.source(text), delimiter: 0x2C, limit: 1000), fields: ["id", "body"])
        #expect(items == ["1@2:id=1,body=nil [2 of 3 columns (missing: Body); read as empty]",
                          "2@3:id=2,body=b [4 fields, more than the header's 3 columns; the extra ones are ignored]"])
    }

    @Test("CSV: a quote never closed runs to the end, noted; an over-long row is passed over")
    func csvHostile() {
        let unclosed = Self.items(DelimitedReader(Self.source("text\n\"open\nstill open\n"), delimiter: 0x2C, limit: 1000))
        #expect(unclosed == ["1@2:text=open\nstill open\n [a quoted field opened on line 2 is never closed: read to the end of the file]"])
        let long = "text\n" + String(repeating: "y", count: 500) + "\nshort\n"
        let items = Self.items(DelimitedReader(Self.source(long), delimiter: 0x2C, limit: 100))
        #expect(items.count == 2 && items[0].hasPrefix("!2:the row is") && items[1] == "2@3:text=short")
    }

    @Test("TSV: tab-separated, quotes allowed")
    func tsv() {
        #expect(Self.items(DelimitedReader(Self.source("title\ttext\nA\tone, two\nB\t\"x\ty\"\n"), delimiter: 0x09, limit: 1000), fields: ["title", "text"])
                == ["1@2:title=A,text=one, two", "2@3:title=B,text=x\ty"])
    }

    // MARK: gzip

    static let gzip = "/bin/gzip"

    static func compressed(_ text: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gzip)
        process.arguments = ["-c"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }

    static func decompress(_ bytes: [UInt8]) -> (text: String, error: String?) {
        var output: [UInt8] = []
        do {
            let source = try GzipSource(Self.source(bytes))
            var chunk = [UInt8](repeating: 0, count: 100)
            while true {
                let got = try source.read(into: &chunk)
                if got == 0 { break }
                output += chunk[..<got]
            }
            return (String(decoding: output, as: UTF8.self), nil)
        } catch {
            return (String(decoding: output, as: UTF8.self), error.reason)
        }
    }

    @Test("gzip: members one after the other are one text; padding after the last is ignored",
          .enabled(if: FileManager.default.isExecutableFile(atPath: gzip), "gzip is not installed"))
    func gzipMembers() throws {
        let text = String(repeating: "{\"text\": \"Putin met Erdogan.\"}\n", count: 200)
        let two = try Self.compressed(text) + Self.compressed("tail\n")
        #expect(Self.decompress(two) == (text + "tail\n", nil))
        #expect(Self.decompress(try Self.compressed(text) + [0, 0, 0, 0]) == (text, nil))
    }

    @Test("gzip: a truncated or corrupt file gives the bytes before the damage, then an error saying what",
          .enabled(if: FileManager.default.isExecutableFile(atPath: gzip), "gzip is not installed"))
    func gzipDamaged() throws {
        let text = (0..<3000).map { "{\"text\": \"record \($0)\"}\n" }.joined()
        let bytes = try Self.compressed(text)
        let truncated = Self.decompress(Array(bytes[..<(bytes.count / 2)]))
        #expect(truncated.error == "unexpected end of compressed data (the file is truncated)")
        #expect(!truncated.text.isEmpty && text.hasPrefix(truncated.text))
        var corrupt = bytes
        for i in (corrupt.count / 2)..<(corrupt.count / 2 + 40) { corrupt[i] ^= 0x5A }
        let damaged = Self.decompress(corrupt)
        #expect(damaged.error?.hasPrefix("corrupt compressed data") == true)
    }
}
